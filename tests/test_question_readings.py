"""The question's quotes, definition term and points asked, read once into the Slots, and the readings of checks
that see the question alone (question_readings)."""

import dataclasses

from rag.extractive.ordinary_names import without_ordinary_names
from rag.extractive.question_readings import READINGS, ending_verb, extreme_asked, non_asked
from rag.extractive.slots import parse
from rag.types import Chunk, Passage


def test_points_asked() -> None:
    assert parse("By how many percentage points did it rise?").points_asked
    assert parse("How many basis points?").points_asked
    assert not parse("What are the pain points?").points_asked


def test_quoted_terms() -> None:
    assert parse("What does 'sovereign AI' mean?").quoted == ("sovereign AI",)
    assert parse("What is China's share?").quoted == ()


def test_definition_term() -> None:
    assert parse("How is the churn rate defined?").term_asked == "churn rate"
    assert parse("What drove growth?").term_asked is None


def test_read_before_the_set_aside_clause_is_taken_off() -> None:
    slots = parse("Apart from 'edge AI' and cloud, what other trends matter?")
    assert "edge AI" not in slots.text  # the parsed text drops the clause; the quote is still read
    assert slots.quoted == ("edge AI",)


def test_readings_are_carried_over_when_the_question_is_parsed_again() -> None:
    info = parse("How is the Churn Rate defined, in 'user' terms?")
    page = [Passage(Chunk("c1", "d1", "The churn rate is the share of users lost.", "Report", "Pub", "2020", "r.html",
                          1, 1, None, 0, 40), 1.0)]
    plain = without_ordinary_names(info, page)
    assert plain.text != info.text  # parsed again in lower case
    assert (plain.quoted, plain.term_asked) == (("user",), "Churn Rate")  # as the question first wrote them


def test_what_a_question_asking_for_words_asks() -> None:
    assert parse("Why did margins fall?").words_asked == "reason"
    assert parse("When was the plant opened?").words_asked == "when"
    assert parse("Who approved the plan?").words_asked == "who"
    assert parse("What is the plan?").words_asked == "words"


def test_every_reading_is_a_slots_field_set_by_the_parse() -> None:
    slots = parse("Why did the margin fall by 30 'basis points'?")
    assert set(READINGS) <= {f.name for f in dataclasses.fields(slots)}
    assert (slots.points_asked, slots.quoted, slots.words_asked) == (True, ("basis points",), "reason")


def test_readings_of_checks_that_see_the_question_alone() -> None:
    assert extreme_asked("For which year was revenue the highest?") == ("year", False)
    assert non_asked("What was revenue from non-online sales?") == ("online",)
    assert non_asked("What is the ratio of current to non-current deferred revenue?") == ()
    assert ending_verb("How is net debt defined?") == "defined"
    assert ending_verb("What does it consist primarily of?") == "consist"
    assert ending_verb("?") is None


def test_relation_asked() -> None:
    from rag.extractive.question_readings import relation_asked
    assert relation_asked("What do salaries in FY21 reflect?")
    assert relation_asked("What was the annual bonus for FY22 based on?")
    assert relation_asked("What did restructuring costs in 2022 primarily relate to?")
    assert not relation_asked("What was revenue in 2022?")
    assert not relation_asked("What percentage of assets related to provisions?")


def test_an_extreme_asked_after_a_leading_set():
    from rag.extractive.question_readings import extreme_asked
    assert extreme_asked("Among the molecular diagnostics sub-segments, which has the highest CAGR?") is not None
    assert extreme_asked("Which physical format recorded the steepest decline?") == ("physical", False)


def test_superlatives_of_length_or_cost_and_nouns_naming_the_first_or_last_are_extremes():
    from rag.extractive.question_readings import extreme_asked
    from rag.extractive.row_sets import WHICH_ROW
    assert extreme_asked("Which category had the longest median lead time in 2025?") == ("category", False)
    assert extreme_asked("Which channel was the cheapest in Q1 2025?") == ("channel", True)
    assert extreme_asked("Which region was the best performer in 2023?") == ("region", False)
    assert extreme_asked("Which region was the worst-performing market?") == ("region", True)
    assert extreme_asked("Which model was the laggard in Q4 2023?") == ("model", True)
    assert extreme_asked("Which factor best explains the decline?") is None
    assert WHICH_ROW.search("Which company was the worst performer in 2024?").group("how") == "worst performer"


def test_at_least_and_at_most_are_bounds_not_ranks():
    from rag.extractive.row_sets import WHICH_ROW
    assert WHICH_ROW.search("Which countries employed at least 1,200 people in 2024?") is None
    assert WHICH_ROW.search("Which segments had at most 5 plants in 2024?") is None
    assert WHICH_ROW.search("Which region had the least revenue in 2019?").group("how") == "least"
    assert WHICH_ROW.search("Which region earned the most in 2019?").group("how") == "most"

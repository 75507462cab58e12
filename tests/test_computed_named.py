"""Computed answers over two things a question names, each with its figure in its own sentence
(computed_named.py): the smallest passages built from strings, no model."""

from __future__ import annotations

import pytest

from rag.extractive.computed_named import answer_named, named_operation, operand_names, remainder
from rag.extractive.slots import parse
from tests.test_extractive import evidence


@pytest.mark.parametrize("question, op", [
    ("How many times larger was the average U.S. deal than the average Chinese one in 2024?", "multiple"),
    ("How much more did the U.S. invest in AI than China in 2024?", "change"),
    ("What is the gap between the U.S. and China in AI financing?", "change"),
    ("How many points separate the first and the tenth model?", "change"),
    ("What is the total number of PSUs granted in April and December 2019 altogether?", "sum"),
    ("What was revenue in 2024?", None),
])
def test_the_operation_is_read_from_the_comparative_frame(question, op):
    assert named_operation(question) == op


def test_the_operands_are_two_places_or_two_names_joined_by_and():
    names, forms = operand_names("How much more did the U.S. invest than China?",
                                 parse("How much more did the U.S. invest than China?"))
    assert names == ("U.S", "China") and "U.S." in forms["U.S"]
    q = "What is the total number of PSUs granted in April and December 2019 altogether?"
    assert operand_names(q, parse(q))[0] == ("April", "December")
    assert operand_names("What was revenue in 2024?", parse("What was revenue in 2024?")) is None


def _ask(question, *texts):
    ctx, slots, ev = evidence(question, *texts)
    return answer_named(ctx, slots, ev, "extractive")


TWO = ("In 2024, the United States dominated with 78% of global AI financing (average deal size RMB 1.55B), "
       "focusing on chips. China ranked second with 14% (average deal size RMB 120M), following a scenario-driven path.")


def test_a_multiple_of_two_sentences_figures_in_one_scale():
    a = _ask("How many times larger was the average U.S. AI financing deal than the average Chinese one in 2024?", TWO)
    assert a is not None and a.shape == "computed" and a.figure == "12.92x"
    assert "1,550 / 120 = 12.92x" in a.answer and "RMB 1.55B" in a.answer and "RMB 120M" in a.answer
    assert a.derivation["op"] == "multiple"


def test_no_unit_asked_and_figures_of_two_kinds_is_no_answer():
    assert _ask("How many times larger was the average U.S. AI deal than the average Chinese one in 2024?", TWO) is None


def test_a_difference_asked_as_how_much_more():
    a = _ask("How much more was the average U.S. AI financing deal than the average Chinese one in 2024?", TWO)
    assert a is not None and a.figure == "RMB 1,430 million"


def test_a_sum_of_two_named_months():
    a = _ask("What is the total number of PSUs granted in April and December 2019 altogether?",
             "In April 2019, we granted 346,453 PSUs with certain financial targets. "
             "In December 2019, we granted 375,000 PSUs with market conditions.")
    assert a is not None and a.figure == "721,453"


def test_nothing_when_one_side_has_no_figure():
    assert _ask("How many times larger was the average U.S. AI deal than the average Chinese one in 2024?",
                "In 2024, the U.S. dominated with an avg. deal size of RMB 1.55B.") is None


def test_a_remainder_names_its_whole_and_part_by_their_head_words():
    q = "How much of an urban resident's 2024 per capita disposable income in China was left after consumption spending?"
    assert remainder(q) == ("income", "spending") and named_operation(q) == "change"
    assert remainder("How much was left in 2024?") is None


def test_a_remainder_is_the_whole_less_the_part_from_two_sentences():
    a = _ask("How much of an urban resident's 2024 per capita disposable income in China was left after consumption "
             "spending?",
             "In 2024, urban residents' spending in China increased by 4.7%, reaching around RMB 34.5 thousand. "
             "The per capita disposable income of urban residents increased by 4.6% to RMB 54.2 thousand in 2024.")
    assert a is not None and a.figure == "RMB 19.7 thousand"
    assert "54.2 - 34.5 = 19.7" in a.answer


def test_a_total_sums_every_thing_named_each_from_its_own_row():
    q = "What is the combined market share of Companies D, E and F?"
    assert operand_names(q, parse(q))[0] == ("Company D", "Company E", "Company F")
    a = _ask(q, "Rank: 4; Company name: Company D; Market share, %: 4.7%",
             "Rank: 5; Company name: Company E; Market share, %: 2.8%",
             "Rank: 6; Company name: Company F; Market share, %: 1.8%")
    assert a is not None and a.figure == "9.3%" and a.derivation["op"] == "sum"
    assert len(a.derivation["operands"]) == 3


def test_more_than_two_names_compute_only_a_total():
    q = "How much more did Companies D, E and F earn than Company A?"
    assert operand_names(q, parse(q)) is None


_EXPORTS = ("Exports to the United States reached RMB 689 billion in 2024. "
            "Exports to the European Union rose to RMB 402 billion in 2024.")


def test_a_name_of_several_capitalised_words_is_one_operand():
    q = "By how much did exports to the United States exceed those to the European Union in 2024?"
    assert operand_names(q, parse(q))[0] == ("United States", "European Union")
    q = "What is the gap between the Yangtze River Delta and Beijing in 2024?"
    assert operand_names(q, parse(q))[0] == ("Yangtze River Delta", "Beijing")


@pytest.mark.parametrize("question", [
    "By how much did exports to the United States exceed those to the European Union in 2024?",
    "By how much did exports to the European Union trail those to the United States in 2024?",
])
def test_a_exceeds_b_and_b_trails_a_are_both_a_less_b(question):
    assert named_operation(question) == "change"
    assert _ask(question, _EXPORTS).figure == "RMB 287 billion"

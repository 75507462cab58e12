"""The answerer's judgement on the smallest input, without the embedding model: what kind of answer
a question asks for, the gates that abstain by the slot the evidence misses, and when two figures
are too close to call. Helpers come from tests/test_extractive.py (a tiny index snapshot with zero
vectors)."""

from __future__ import annotations

import pytest

from rag.extractive.answer_kind import asks_of
from rag.extractive.slots import parse


# -- what kind of answer is asked --------------------------------------------------------------
@pytest.mark.parametrize("question, asks", [
    ("How much did global AI financing total in 2024?", "amount"),
    ("What share of the global total do China's large models represent?", "amount"),
    ("What was the percentage of sales represented by gross profit in 2018?", "amount"),
    ("Where does MiniMax rank among pureplay companies?", "amount"),
    ("Is the U.S. market larger than China's?", "amount"),
    ("When does the share-based compensation expense reverse?", "time"),
    ("Where can the discussion of operating income be found?", "place"),
    ("How often does the company review its actuarial assumptions?", "frequency"),
    ("Are there any requirements to gain access to the performance rights?", "yesno"),
    ("What does services revenue comprise of?", "description"),
    ("What drove the surge in global AI financing in 2024?", "description"),
    ("What symbol does the common stock adopt in the market?", "description"),
    ("What is excluded when calculating revenue?", "description"),
    # the source, the activity, a plan or a name: words, not a figure
    ("What does the warranty expense result from?", "description"),
    ("What business were the new investments mainly engaged in?", "description"),
    ("What is the plan for the impaired securities?", "description"),
    ("What is another name for the pension plan?", "description"),
    ("What is the amount of the plan assets in 2019?", "amount"),
])
def test_the_kind_of_answer_asked(question, asks):
    assert asks_of(question) == asks


def test_a_question_that_asks_no_amount_asks_no_unit():
    # 'revenue', 'market', 'cost' name the topic; the answer is a description, a place or a time
    assert parse("What does services revenue comprise of?").units == ()
    assert parse("What symbol does the common stock adopt in the market?").units == ()
    assert parse("How often does the company review the periodic benefit cost assumptions?").units == ()
    assert parse("What was the revenue in 2019?").units == ("money",)


def test_slot_fixes_for_what_is_asked():
    assert parse("What is the combined valuation of the unicorns?").units[:1] == ("money",)
    assert [e.name for e in parse("What share of the models filed by November 2024 were open-source?").entities] == []
    assert [e.name for e in parse("What was revenue in FY 2019 for Acme?").entities] == ["Acme"]
    assert parse("What share of the models filed by November 2024 were open-source models?").shape == "figure"
    assert parse("Which products lead the entertainment segment?").shape != "figure"
    assert parse("What was the average USD-INR exchange rate in FY 2019?").units == ()


# -- gates -------------------------------------------------------------------------------------
from tests.test_extractive import decision  # noqa: E402
from rag.extractive import gates  # noqa: E402


FILLER = ("The market grew fast in 2024.", "Robots spread across factories.", "Capital flowed to chips.")


def test_a_named_company_without_a_figure_of_the_unit_asked_abstains():
    # (three other passages, so the name is not the subject of the whole report)
    q = "How much money has Zentro invested in robotics companies?"
    d = decision(q, "Leaders such as Zentro back robotics. Zentro invested in 30 robotics companies.", *FILLER)
    assert "Zentro" in (gates.figure_for_named(d) or "")
    d = decision(q, "Leaders such as Zentro back robotics. Zentro invested USD 2 billion in 30 robotics companies.",
                 *FILLER)
    assert gates.figure_for_named(d) is None
    # a figure of the unit in the sentence right after the name still counts
    d = decision(q, "Zentro backs robotics firms. It invested USD 2 billion in them.", *FILLER)
    assert gates.figure_for_named(d) is None


def test_a_year_named_only_as_the_base_of_a_change_is_not_covered():
    assert gates.as_base_only("Financing doubled from 2023 and deals were up 5 pct from 2023.", 2023)
    assert not gates.as_base_only("In 2023, financing reached RMB 290 billion.", 2023)
    q = "What was the average deal size in Ruritania in 2023?"
    d = decision(q, "In 2024 financing more than doubled from 2023. Ruritania ranked second (avg. deal size RMB 120M).")
    assert "2023" in (gates.period_covered(d) or "")
    d = decision(q, "In 2023 financing halved. Ruritania ranked second (avg. deal size RMB 120M).")
    assert gates.period_covered(d) is None



def test_a_question_about_the_table_itself_prefers_the_sentence_introducing_it():
    assert parse("What does the table show?").about_table
    assert parse("Which years does the table provide information for?").about_table
    assert not parse("What do Other items in the table represent?").about_table
    from tests.test_extractive import features_of
    f = features_of("What does the table show?", "The following table sets forth certain data from our statements.")
    assert f["table_intro"] == 1.0
    assert features_of("What does the table show?", "Revenue grew in 2019.")["table_intro"] == 0.0
    assert features_of("What was revenue in 2019?", "The following table sets forth revenue.")["table_intro"] == 0.0


def test_a_sentence_naming_another_company_does_not_answer_for_the_one_asked():
    q = "How many downloads has Zentro's Codex IDE reached?"
    d = decision(q, "Zentro launched Codex IDE in June. Orbis's Lingma plug-in has exceeded 15M downloads.", *FILLER)
    assert "something other than Zentro" in (gates.named_subject(d) or "")  # the reason a user reads
    d = decision(q, "Zentro's Codex IDE has exceeded 15M downloads.", *FILLER)
    assert gates.named_subject(d) is None
    assert [e.name for e in parse("According to Chapter 2, what share of models are vertical?").entities] == []


# -- session 18 (dev-5): months, multi-word places, 'how many times' ------------------------------
def test_a_month_asked_is_not_answered_by_a_sentence_dated_another_month_of_that_year():
    from rag.extractive.periods import months_of
    assert months_of("xAI (USD 6.0B, May 2024) and OpenAI (USD 6.6B, Oct 2024)") == {2024: {5, 10}}
    assert months_of("the leaderboard of June 22, 2025") == {2025: {6}}
    assert parse("How much did Zentro raise in its December 2024 round?").months == (12,)
    assert parse("How much did Zentro raise in 2024?").months == ()
    q = "How much did Zentro raise in its December 2024 funding round?"
    d = decision(q, "Mega-rounds such as Zentro (USD 6.0B, May 2024) shaped the year.")
    assert "May 2024" in (gates.month_covered(d) or "")
    d = decision(q, "Zentro raised USD 6.0B in December 2024.")
    assert gates.month_covered(d) is None
    # a sentence naming no month for the year says nothing against the month asked
    d = decision(q, "Zentro raised USD 6.0B in 2024.")
    assert gates.month_covered(d) is None
    # the clause naming what is asked carries its own date
    text = "Rounds such as Zentro (USD 1.1B, May 2024), and Orbis (USD 6.6B, Oct 2024) shaped the year."
    assert "May 2024" in (gates.month_covered(decision("How much did Zentro raise in October 2024?", text)) or "")
    assert gates.month_covered(decision("How much did Orbis raise in October 2024?", text)) is None
    # the same month of another year is no evidence against it (fiscal year-ends recur)
    assert gates.month_covered(decision("What was the balance at June 30, 2017?", "At June 30, 2019 it was 12.")) is None


def test_how_fast_something_grew_asks_a_rate():
    assert parse("How fast did the count of projects grow in 2024?").units[:2] == ("percent", "multiple")
    assert parse("How quickly did income rise?").units[:1] == ("percent",)
    assert parse("How many projects were there in 2024?").units == ("count",)


def test_how_many_times_names_no_counted_thing_a_passage_must_name():
    q = "How many times has the Lingma plug-in been downloaded?"
    d = decision(q, "The Lingma plug-in has exceeded 15M downloads.")
    assert gates.on_topic(d) is None


def test_a_global_figure_does_not_answer_for_one_place():
    q = "How many AI risk incidents were recorded in Brazil in 2024?"
    d = decision(q, "In 2024, global AI risk incidents reached 220. Brazil set up a safety board.", *FILLER)
    assert "220" in d.best.text and d.best.features.get("world_scope")
    assert "Brazil" in (gates.world_figure(d) or "")
    # the sentence names the place itself: its share of the world is the place's figure
    d = decision("What share of AI financing went to Brazil in 2024?",
                 "Brazil took 14% of global AI financing in 2024.", *FILLER)
    assert d.best.features.get("world_scope")
    assert gates.world_figure(d) is None
    # a question about the world itself is answered by a global sentence
    d = decision("How many AI risk incidents were recorded worldwide in 2024?",
                 "In 2024, global AI risk incidents reached 220.", *FILLER)
    assert gates.world_figure(d) is None


def test_a_version_number_is_a_label_not_an_amount():
    from ingest.figures import parse_figures
    from rag.extractive.pick import is_version
    text = "The committee released version 1.0 of its framework and counted 220 incidents."
    found = {f.text: is_version(text, f) for f in parse_figures(text)}
    assert found == {"1.0": True, "220": False}
    from tests.test_extractive import features_of
    assert features_of("How many incidents were recorded?", "The committee released version 1.0 of its rules.")[
        "unit_absent"] == 1.0


def test_a_which_question_needs_no_figure_of_the_unit_that_ranks_it():
    text = "Zentro is the largest pureplay company globally in terms of revenues in 2024."
    d = decision("Who is the largest pureplay company by 2024 revenues?", text)
    # the money word after 'by' is what the ranking is ordered by: no unit asked (slots._BY_CRITERION)
    assert d.slots.shape == "which" and "money" not in d.slots.units
    assert gates.unit_figure_for_period(d) is None and gates.unit_figure(d) is None
    d = decision("What were Zentro's revenues in 2024?", text)
    assert "money" in (gates.unit_figure_for_period(d) or "")


def test_a_money_word_in_a_quoted_label_asks_no_amount():
    # '"Income taxes payable"' names a line item the question asks about: no money figure is asked
    assert parse('What did the company combine "Income taxes payable" with in 2020?').units == ()
    assert parse('What did the company combine "Dividends payable and "Income taxes payable" with?').units == ()
    # the label asked as the figure ('what was "Total revenue"'), or a money word outside the quotes, still asks money
    assert parse('What was the "Total revenue" in 2019?').units == ("money",)
    assert parse('What was the total revenue of "Segment A" in 2019?').units == ("money",)


def test_a_scale_joined_to_a_noun_asks_no_amount():
    assert parse("Which models have passed the trillion-parameter mark?").units == ()
    assert parse("Which models have passed the trillion-parameter mark?").scale is None
    s = parse("How many trillion yuan was the market?")
    assert s.units == ("money",) and s.scale == "trillion"


def test_the_nearest_scope_word_before_a_figure_says_whose_it_is():
    from rag.extractive.slots import entities_of
    places = [e for e in entities_of(["China", "U.S."]) if e.place]
    assert len(places) == 2
    assert gates.world_owns("driven by china and the u.s., the global market grew to ", places)
    assert gates.world_owns("in 2024, global ai financing surpassed ", places)
    assert not gates.world_owns("global financing reached rmb 590b, of which china took ", places)
    assert not gates.world_owns("china took ", places)
    assert not gates.world_owns("the u.s. market grew to ", places)


def test_a_global_figure_next_to_the_places_asked_is_still_global():
    q = "How much AI financing did Brazil raise in 2024?"
    d = decision(q, "In 2024, global AI financing surpassed RMB 590 billion, with Brazil and Chile together "
                    "representing 92%.", *FILLER)
    assert "Brazil" in (gates.world_figure(d) or "")
    d = decision(q, "In 2024, Brazil raised RMB 40 billion of the global AI financing of RMB 590 billion.", *FILLER)
    assert d.figures and "40" in d.figures[0].text and gates.world_figure(d) is None


def test_the_words_asking_why_are_no_key_term_a_passage_must_cover():
    # 'reason' / 'caused' / 'factors' say how the question asks; the explaining sentence need not repeat them
    q = "What was the reason for the decline in orders?"
    d = decision(q, "Orders declined as customers delayed large projects.", *FILLER)
    assert gates.coverage(d) is None
    assert "reason" not in parse(q).subject
    assert "caus" not in parse("What caused the decline in orders?").subject


def test_a_percent_asked_as_the_ratio_of_two_amounts_is_computed_from_a_row_of_amounts():
    # 'A as a proportion of B in 2018' is computed from amounts: a row of 2018 amounts answers it,
    # though it states no percent; so is a share of a whole ('what share of costs was severance'), a part over
    # the whole's row (w-abst46)
    row = "Severance costs — 2018: $53.0; 2019: $39.2"
    for q in ("What were severance costs as a proportion of total costs in 2018?",
              "What is the percentage change in severance costs from 2018 to 2019?",
              "What is the severance to cost ratio in 2018?",
              "What share of costs was severance in 2018?"):
        d = decision(q, row)
        assert d.best.row and d.slots.unit == "percent"
        assert gates.unit_figure_for_period(d) is None and gates.unit_figure(d) is None, q
    # a sentence, not a row of amounts, gives nothing to compute from
    d = decision("What were severance costs as a proportion of total costs in 2018?", "In 2018 severance costs rose.")
    assert "percent" in (gates.unit_figure_for_period(d) or "")


def test_a_money_word_joined_by_a_hyphen_describes_a_noun_and_asks_no_money():
    assert "money" not in parse("What is the company paid on a cost-plus type contract?").units
    assert parse("Which low-cost providers lead?").units == ()
    assert parse("What was the cost of the low-cost model in 2024?").units == ("money",)

"""General shape rules checked on paraphrases written for the test (not gold wording), on the smallest
inputs: a question parsed into slots, a few sentences built from strings; no model, no index.

- a list asked in the imperative ('list / name the X') or of a plural of names asks no unit, and the
  imperative verb is no topic word;
- which of two is larger names both alternatives, however many words each has;
- a figure asked of two named things joined by 'and' ('the scores of A and B', 'what do A and B each
  have') compares both;
- a trend question names a metric and asks its direction over a period, 'since' a year included;
- things counted ('financing deals') are counted, however the comparison is worded;
- a sentence introducing a list is followed by its items."""

from __future__ import annotations

import pytest

from rag.extractive.choice import alternatives
from rag.extractive.slots import parse


# -- a list asked in the imperative or of a plural of names asks no unit -------------------------------
@pytest.mark.parametrize("question", [
    "Name the cloud vendors that started the 2024 price war.",
    "List the sectors where AI penetration remains low.",
    "Identify the companies whose revenue grew fastest.",
    "Which providers cut prices in 2024?",
])
def test_a_list_of_names_asks_no_unit(question):
    s = parse(question)
    assert s.shape == "list", s.shape
    assert s.units == (), s.units


@pytest.mark.parametrize("question", [
    "List the main application areas of foundation models.",
    "Name the key players in audio generation.",
    "Enumerate the main barriers to adoption.",
])
def test_the_imperative_asking_a_list_is_no_topic_word(question):
    s = parse(question)
    assert s.shape == "list"
    assert not {"list", "name", "enumer"} & set(s.subject), s.subject


def test_an_amount_of_names_listed_keeps_its_unit():
    # 'list the revenues of ...' asks figures: the unit stays
    assert parse("How much revenue did the companies listed earn in 2024?").units[:1] == ("money",)


# -- which of two is larger: both alternatives, each of several words ----------------------------------
@pytest.mark.parametrize("question, names", [
    ("Does Kling 1.6 (Pro) or Runway Gen 4 rank higher on the video arena?", ("Kling 1.6 (Pro)", "Runway Gen 4")),
    ("Did Company D or Company E hold a larger share in 2024?", ("Company D", "Company E")),
    ("Is Acme Robotics or Beta Systems more profitable?", ("Acme Robotics", "Beta Systems")),
])
def test_which_of_two_names_both_of_several_words(question, names):
    alt = alternatives(question)
    assert alt is not None and alt.kind == "choice"
    assert alt.names == names


def test_one_word_alternatives_still_parse():
    alt = alternatives("Did urban or rural consumption grow faster in 2024?")
    assert alt is not None and alt.names == ("urban", "rural")


# -- a figure asked of two named things joined by 'and' -------------------------------------------------
@pytest.mark.parametrize("question, names", [
    ("What Intelligence Index scores do Grok 4 and Claude 4.5 Sonnet each have?", ("Grok 4", "Claude 4.5 Sonnet")),
    ("What are the Arena ELO scores of Veo 2 and Kling 2.0?", ("Veo 2", "Kling 2.0")),
    ("What market shares did Company D and Company E hold in 2024?", ("Company D", "Company E")),
])
def test_a_figure_of_two_named_things_compares_both(question, names):
    alt = alternatives(question)
    assert alt is not None and alt.kind == "comparison", alt
    assert alt.names == names
    assert parse(question).shape == "comparison"


@pytest.mark.parametrize("question", [
    "What were urban and rural residents' incomes in 2024?",  # lower-case words, no names
    "What is the sum of Revenue and Other income in 2019?",  # a computed figure
    "Which companies did Alibaba and Tencent invest in?",  # names asked, no figure
])
def test_no_two_named_figures_asked(question):
    alt = alternatives(question)
    assert alt is None or alt.kind != "comparison" or parse(question).shape == "computed"


# -- a trend: a metric's direction over a period ------------------------------------------------------
@pytest.mark.parametrize("question", [
    "How has the MMLU gap between U.S. and Chinese models changed since 2023?",
    "Has the U.S. lead on MATH narrowed or widened since 2023?",
    "What happened to China's urban population from 2020 to 2024?",
    "Did the deal count rise or fall between 2018 and 2021?",
    "How did revenue develop from 2019 to 2024?",
    "Is the urbanization rate trending up or down?",
    "What trajectory is forecast for the agent market from 2025 to 2075?",
    "How will the market evolve between 2024 and 2030?",
    "Which way is chip pricing heading?",
    "In what direction are data centre costs moving?",
])
def test_a_direction_over_a_period_is_a_trend(question):
    assert parse(question).trend, question


def test_which_way_asks_a_direction_not_a_choice_among_names():
    assert parse("Which way is chip pricing heading?").shape == "figure"
    assert parse("Which company leads chip pricing?").shape == "which"


def test_which_way_asks_no_names():
    """'Which way is X heading' is answered by the direction stated, not by a sentence naming others."""
    assert not parse("Which way is robot adoption heading?").entity
    assert not parse("In which direction is model size moving?").entity
    assert parse("Which company leads chip pricing?").entity


@pytest.mark.parametrize("question", [
    "What was revenue in 2024?",
    "Why did revenue fall in 2024?",
    "How much did revenue change from 2023 to 2024?",  # an amount of change: computed
    "Which segment grew fastest in 2024?",
])
def test_no_direction_asked_is_no_trend(question):
    assert not parse(question).trend, question


def test_since_a_year_asks_that_year_and_after():
    s = parse("How has the HumanEval gap changed since 2023?")
    assert s.periods[0].kind == "since" and s.periods[0].years == (2023,)


def test_a_year_written_end_dash_year_is_no_topic_word():
    s = parse("What happened to China's urban population from 2020 to end-2024?")
    assert "end" not in s.subject and 2024 in s.years


# -- things counted stay counted ------------------------------------------------------------------------
@pytest.mark.parametrize("question", [
    "China's AI financing deals: 2021 versus the 2018 peak?",
    "Financing rounds in 2023 compared with 2024?",
])
def test_counted_things_are_counted(question):
    assert parse(question).units[:1] == ("count",), parse(question).units


def test_an_amount_of_financing_stays_money():
    assert parse("How much financing did the deals raise in 2024?").units[:1] == ("money",)


def test_a_measures_growth_is_its_rate():
    s = parse("How has China's real GDP growth behaved since 2020?")
    assert s.units[:1] == ("percent",) and s.trend
    assert parse("What was China's nominal GDP in 2024?").units[:1] == ("money",)


# -- a ranking's criterion is no unit asked -------------------------------------------------------------
@pytest.mark.parametrize("question", [
    "Which company ranks third globally by model-based revenues in 2024?",
    "Which firm is the largest in terms of revenue?",
])
def test_the_criterion_of_a_ranking_asks_a_name(question):
    s = parse(question)
    assert s.entity and "money" not in s.units, (s.entity, s.units)


def test_a_money_figure_asked_of_a_company_stays_money():
    assert parse("Which company had the highest revenue in 2024?").units[:1] == ("money",)


# -- batch 2: wordings written after the rules above ----------------------------------------------------
def test_a_trend_asked_after_a_leading_period_clause():
    s = parse("Since 2023, how has the MMMU gap between the U.S. and China evolved?")
    assert s.trend and s.periods[0].kind == "since"


@pytest.mark.parametrize("question, names", [
    ("Was Company G's or Company H's 2024 share of revenues larger?", ("Company G", "Company H")),
    ("Does Grok 4 Fast score better than Claude 4.1 Opus on the index?", ("Grok 4 Fast", "Claude 4.1 Opus")),
    ("Does OpenAI's TTS-1 HD beat ElevenLabs' Multilingual v2 on the speech arena?",
     ("OpenAI's TTS-1 HD", "ElevenLabs' Multilingual v2")),
    ("Is Acme larger than Beta by revenue?", ("Acme", "Beta")),
])
def test_a_yes_no_between_two_named_is_a_choice(question, names):
    alt = alternatives(question)
    assert alt is not None and alt.kind == "choice", alt
    assert alt.names == names


@pytest.mark.parametrize("question", [
    "Is the market larger than 100 billion?",  # a threshold, not a second name
    "Did revenue grow faster than expected?",
])
def test_a_threshold_is_no_second_name(question):
    assert alternatives(question) is None


def test_a_sentence_referring_back_gives_the_figure_at_the_same_place():
    from ingest.figures import parse_figures
    from rag.extractive.compose import _same_place
    from rag.extractive.features import Evidence

    def ev(i, text):
        return Evidence(0, i, text, parse_figures(text), set(), set(), False, True)
    best = ev(0, "In 2023, U.S. models led by 17.5%, 13.5% and 24.3% on A, B and C.")
    later = ev(1, "By the end of 2024, these gaps had narrowed to 0.3%, 8.1% and 1.6%, respectively.")
    picked = [f for f in best.figures if f.text.startswith("13.5")]
    assert [f.value for f in _same_place(best, later, picked)] == [8.1]
    other = ev(1, "The market grew 5%, 6% and 7% in three years.")  # no reference back: no place to keep
    assert _same_place(best, other, picked) == []



# -- a list: the enumeration names what is asked ---------------------------------------------------------
def test_the_enumeration_quoted_names_what_is_asked():
    from rag.extractive.explaining import enumerating
    from rag.extractive.features import Evidence

    def ev(i, text, score):
        return Evidence(0, i, text, [], set(), set(), False, True, score=score)
    best = ev(0, "This document is the sole property of the publisher.", 0.46)
    verbs = ev(1, "No part may be circulated, quoted, copied or reproduced without approval.", 0.45)
    items = ev(2, "Major applications of models include productivity, entertainment and visual generation.", 0.43)
    subject = parse("What are the main application categories of foundation models?").subject
    assert enumerating([best, verbs, items], best, lambda e: True, 0.8, subject) is items
    assert enumerating([best, verbs, items], best, lambda e: True, 0.8) is verbs  # no subject given: as before

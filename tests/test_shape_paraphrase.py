"""Shape cues checked against paraphrases written for the test (not the gold wording), and the
explanation's choice of sentence, on the smallest inputs: a question parsed into slots, a few
sentences built from strings; no model, no index."""

from __future__ import annotations

import pytest

from ingest.figures import parse_figures
from rag.extractive.explaining import explaining
from rag.extractive.features import Evidence
from rag.extractive.slots import parse
from rag.extractive.weights import DEFAULT


# -- a cause asked: 'what' is the subject of a verb of causing (drive, push, slow, prevent ...) -------
@pytest.mark.parametrize("question", [
    "What is behind the rise in rural incomes?",
    "What is pushing companies toward open-source models?",
    "What has made Shenzhen a hub for robotics?",
    "What is expected to slow the growth of the market?",
    "What caused the drop in deal count after 2021?",
    "What led to the surge in AI financing in 2024?",
    "What prevents wider enterprise adoption of agents?",
    "What keeps consumer apps from monetizing?",
    "What has driven the growth in patent applications?",
    "What enabled the decline in inference cost?",
    "What factors contributed to the decrease in operating income?",
    "What explains the gap between urban and rural incomes?",
    "How come the number of deals fell in 2022?",
    "What is fuelling demand for intelligent computing?",
    "What is holding back the adoption of AI in healthcare?",
    "What does the scaling law for agents say?",
    "What accounts for the low penetration of AI in education?",
])
def test_a_cause_asked_in_other_words_is_an_explanation(question):
    s = parse(question)
    assert s.shape == "explanation", s.shape
    assert s.units == ()  # 'the growth of the market' names the topic; no figure is asked


@pytest.mark.parametrize("question, shape", [
    ("What made revenue grow so much?", "figure"),  # an amount is asked
    ("What makes up the total?", "figure"),  # composition, not a cause
    ("What accounts for the largest share of AI financing?", "figure"),  # a name with its share
    ("What share of AI financing went to AIGC?", "figure"),
    ("What was the revenue in 2024?", "figure"),
])
def test_an_amount_or_a_composition_is_no_cause(question, shape):
    assert parse(question).shape != "explanation"


def test_the_verb_of_the_cue_is_no_scope():
    # 'pushing industries', 'made vertical applications': the verb before the noun narrows nothing
    assert parse("What is pushing industries from renting models toward self-training?").scopes == ()
    assert parse("What made vertical applications like content moderation unviable?").scopes == ()


# -- a list asked in the imperative, and a 'how' question is no list --------------------------------
@pytest.mark.parametrize("question", [
    "Give the major application areas of foundation models.",
    "Identify the leading players in video generation.",
    "Name the leaders in audio generation.",
    "List the main barriers to entry.",
])
def test_an_imperative_asking_names_is_a_list(question):
    assert parse(question).shape == "list"


@pytest.mark.parametrize("question", [
    "How has the share of vertical models changed?",
    "How did the number of models filed develop from 2023 to 2024?",
])
def test_a_how_question_naming_models_is_no_list(question):
    assert parse(question).shape != "list"


def test_give_a_figure_is_no_list():
    assert parse("Give the 2024 revenue of the segment.").shape != "list"


# -- two entities joined by 'and' with a figure asked: each one's figure -----------------------------
@pytest.mark.parametrize("question", [
    "What was the average deal size in the U.S. and in China in 2024?",
    "How many AI unicorns did the U.S. and China each have?",
    "Contrast the 2021 deal count with the 2024 one.",
])
def test_two_named_things_asked_together_is_a_comparison(question):
    assert parse(question).shape == "comparison"


def test_two_entities_together_ask_one_figure():
    assert parse("What share of financing did the U.S. and China together account for?").shape != "comparison"


# -- which sentence an explanation quotes ------------------------------------------------------------
def _ev(i: int, text: str, score: float, overlap: float, passage: int = 0) -> Evidence:
    return Evidence(passage, i, text, parse_figures(text), set(), set(), False, True,
                    features={"overlap": overlap}, score=score)


def test_a_sentence_explaining_the_opposite_change_does_not_answer():
    # 'why the rise': a sentence giving the cause of a decline answers another question
    q = parse("What is behind the continuing rise in consumption expenditure?")
    title = _ev(0, "Per capita consumption expenditures in China, 2020-2029E", 0.75, 0.39)
    decline = _ev(1, "Growth of consumption expenditure is expected to decline due to an ageing population.", 0.64, 0.46)
    rise = _ev(2, "The ongoing increase in consumption expenditure is the direct result of rising income.", 0.62, 0.36)
    assert explaining([title, decline, rise], title, lambda e: True, 0.85, q, DEFAULT.explain_wide_margin) is rise


def test_the_explaining_sentence_whose_subject_is_what_is_asked_is_quoted():
    # the sentence's subject (before 'driven by') is the thing asked, further down the ranking
    q = parse("What is driving China's urbanization?")
    top = _ev(0, "China's population and urbanization figures have far-reaching implications.", 0.60, 0.5)
    other = _ev(1, "China's urbanization rate reached 67.0% in 2024.", 0.58, 0.5)
    cause = _ev(2, "This increasing urbanization is driven by various factors, including economic opportunities.",
                0.45, 0.3)
    assert explaining([top, other, cause], top, lambda e: True, 0.85, q, DEFAULT.explain_wide_margin) is cause


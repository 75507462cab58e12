"""A question whose 'what' is the object of a closing cause or relation ('what was X primarily due to?', 'what was
growth driven by?', 'what did the costs relate to?') asks X's cause in words, not X's figure."""

from __future__ import annotations

import pytest

from rag.extractive.phrase_lead import lead_phrase
from rag.extractive.cause_cues import cause_asked
from rag.extractive.slots import parse


@pytest.mark.parametrize("question", [
    "What was the increase in total production in 2019 primarily due to?",
    "What was the increase in non-owner occupied commercial real estate loans primarily due to?",
    "What was the net revenue growth driven primarily by?",
    "What did restructuring and severance costs in 2022 primarily relate to?",
    "What does the legal settlement in fiscal 2022 relate to?",
])
def test_a_closing_cause_asks_an_explanation(question):
    assert cause_asked(question)
    assert parse(question).shape == "explanation"  # 'in total production' asks no sum


@pytest.mark.parametrize("question", [
    "What was the increase in revenue in 2019?",
    "How much of the increase was due to acquisitions?",
    "What was the amount due to related parties?",
])
def test_an_amount_asked_is_no_closing_cause(question):
    assert not cause_asked(question)


def test_the_cause_leads_past_the_question_s_own_connective():
    sentence = ("Total production increased 15% in 2019, primarily due to 58 gross (41.3 net) operated horizontal "
                "wells placed on production in the Delaware Basin during the year.")
    q = "What was the increase in total production in 2019 primarily due to?"
    assert lead_phrase(q, (), (), sentence) == \
        "58 gross (41.3 net) operated horizontal wells placed on production in the Delaware Basin during the year"
    # (no figure leads an explanation: compose passes no unit or year) the change itself asked: a quantity, no phrase
    assert lead_phrase("What was the increase in total production in 2019?", (), (), sentence) is None

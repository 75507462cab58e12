"""The agent of a verb of effect answers what acted on a figure (effect_agent.py); without the embedding model."""

from __future__ import annotations

from rag.extractive.effect_agent import effect_agent
from rag.extractive.phrase import answer_phrase


def test_the_agent_of_the_asked_verb_of_effect_leads():
    assert answer_phrase("Why is revenue in the third quarter usually affected?",
                         "Revenue in the third quarter is affected by the reduction of activity on sites in August, "
                         "while the fourth quarter is usually the strongest.") == \
        "the reduction of activity on sites in August"
    assert answer_phrase("What impacted the company's effective tax rate in 2019?",
                         "The effective tax rate for 2019 was favorably impacted primarily by excess tax benefits, "
                         "partially offset by higher valuation allowances.") == \
        "excess tax benefits, partially offset by higher valuation allowances"


def test_no_verb_of_effect_asked_or_no_agent_said():
    assert effect_agent("Why did revenue increase?", "Revenue increased, driven by higher volumes.") is None
    assert effect_agent("Why is revenue affected?", "Revenue is affected in the third quarter.") is None
    assert effect_agent("What drove revenue?", "Revenue was driven by higher volumes.") is None


def test_a_year_scoping_the_affected_subject_still_asks_words():
    from rag.extractive.phrase_lead import lead_phrase
    sentence = "The effective tax rate for 2019 was favorably impacted primarily by excess tax benefits."
    assert lead_phrase("What impacted the company's effective tax rate in 2019?", (), (2019,), sentence) == \
        "excess tax benefits"


def test_a_noun_after_what_asks_no_cause():
    from rag.extractive.effect_agent import effect_asked
    assert not effect_asked("What support do local governments give AI hubs?")
    assert effect_asked("What impacted the company's effective tax rate in 2019?")

"""Follow-up questions borrow the slots they lack from the earlier turns (rag/followup.py), the
`ask --json -` JSON lines carry the history, and an answer can explain itself."""

from __future__ import annotations

import pytest

from ingest.errors import QuestionError, UserError
from rag.explain import explanation_lines
from rag.followup import understand
from ui.ask_batch import batch_line

FIRST = "How big was the global AI market in 2024?"


@pytest.mark.parametrize("turn, understood", [
    ("and in 2030?", "How big was the global AI market in 2030?"),
    ("And what about 2030?", "How big was the global AI market in 2030?"),
    ("2030?", "How big was the global AI market in 2030?"),
    ("what about China?", "How big was China's AI market in 2024?"),
    ("China in 2030?", "How big was China's AI market in 2030?"),
    ("and the U.S. in 2023?", "How big was U.S.'s AI market in 2023?"),
])
def test_a_follow_up_borrows_the_subject_it_lacks(turn, understood):
    assert understand(turn, [FIRST]) == understood


def test_a_question_that_stands_alone_is_kept_as_typed():
    assert understand("What was China's GDP in 2022?", [FIRST]) == "What was China's GDP in 2022?"
    assert understand("Why?", [FIRST]) == "Why?"
    assert understand("and in 2030?", []) == "and in 2030?"


def test_follow_ups_chain_over_several_turns():
    assert understand("what about China?", [FIRST, "and in 2030?"]) == "How big was China's AI market in 2030?"


def test_a_new_year_replaces_a_whole_period():
    asked = "What CAGR did intelligent computing achieve in China from 2020 to 2024?"
    assert understand("and 2030?", [asked]) == "What CAGR did intelligent computing achieve in China in 2030?"


def test_json_lines_carry_the_history_and_plain_lines_stay_questions():
    assert batch_line('{"question": "and in 2030?", "history": ["a?"]}') == ("and in 2030?", ["a?"])
    assert batch_line("How big? {not json") == ("How big? {not json", None)
    assert batch_line('{"question": "x?"}') == ("x?", None)
    with pytest.raises(UserError, match="history"):
        batch_line('{"question": "x?", "history": 3}')


def test_explanation_lines_name_slots_gate_and_candidates():
    lines = explanation_lines({"slots": {"metrics": ["revenue"], "years": [2024]}, "gate": "metric_covered",
                               "candidates": [{"text": "Sales rose.", "score": 0.5, "passage": 1,
                                               "features": {"semantic": 0.4}}]})
    assert lines[0] == "slots: metrics revenue; years 2024"
    assert lines[1] == "gate: metric_covered"
    assert "score 0.500" in lines[2] and "semantic 0.4" in lines[3]


# -- end to end over the bundled reports ------------------------------------------------------
def test_a_follow_up_is_answered_as_the_full_question(bundled_app):
    answer = bundled_app.assistant.ask("and what about 2030?", history=[FIRST])
    assert answer.question == "and what about 2030?"
    assert answer.understood == "How big was the global AI market in 2030?"
    assert not answer.abstained and "2.6 trillion" in answer.figure
    data = answer.as_dict()
    assert data["understood"] == answer.understood and "explanation" not in data
    with pytest.raises(QuestionError, match="only numbers"):
        bundled_app.assistant.ask("and what about 2030?")


def test_explain_gives_slots_candidates_and_gate(bundled_app):
    answer = bundled_app.assistant.ask(FIRST, explain=True)
    expl = answer.as_dict()["explanation"]
    assert expl["slots"]["years"] == [2024] and expl["gate"] is None
    assert expl["candidates"][0]["score"] > 0 and "semantic" in expl["candidates"][0]["features"]

"""A why-question quotes the cause the sentence after the matched one states (explaining._cause_after)."""

from __future__ import annotations

from ingest.figures import parse_figures
from rag.extractive.explaining import explaining
from rag.extractive.features import Evidence
from rag.extractive.slots import parse


def _ev(i: int, text: str, score: float, overlap: float = 0.5) -> Evidence:
    return Evidence(0, i, text, parse_figures(text), set(), set(), False, True,
                    features={"overlap": overlap}, score=score)


_MATCHED = "Half of consumer apps still primarily operate on free models."
_CAUSE = "The core pain points lie in a weak willingness to pay."


def test_a_why_question_quotes_the_cause_after_a_sentence_stating_none():
    best, after = _ev(0, _MATCHED, 0.8), _ev(1, _CAUSE, 0.5)
    got = explaining([best, after], best, lambda e: True, 0.85, parse("Why do consumer apps struggle to make money?"))
    assert got.text == _CAUSE and got.score == best.score


def test_a_how_question_keeps_the_matched_sentence():
    best, after = _ev(0, _MATCHED, 0.8), _ev(1, _CAUSE, 0.5)
    got = explaining([best, after], best, lambda e: True, 0.85, parse("How do consumer apps make money?"))
    assert got.text == _MATCHED


def test_a_matched_sentence_stating_a_cause_is_kept():
    best = _ev(0, "Consumer apps make little money due to free models.", 0.8)
    after = _ev(1, _CAUSE, 0.5)
    got = explaining([best, after], best, lambda e: True, 0.85, parse("Why do consumer apps struggle to make money?"))
    assert got is best

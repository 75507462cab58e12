"""An explanation hedged because its explaining sentence only scored low shows that sentence beside the
stand-in quoted in its place (weak_explaining.py); a gate naming a missing slot shows nothing more."""

from __future__ import annotations

from ingest.figures import parse_figures
from rag.extractive.fallthrough import Verdict
from rag.extractive.features import Evidence
from rag.extractive.slots import parse
from rag.extractive.weak_explaining import weak_explaining as _weak
from rag.extractive.explained_fallback import unexplained_fallback

MECHANISM = "The core mechanism involves generating reward signals for model outputs."
ADOPTED = "Leading institutions (including OpenAI and Google) have begun adopting reinforcement learning."
CAUSED = "Reinforcement learning improves models because reward signals guide their outputs."
SLOTS = parse("How does reinforcement learning improve a model?")


def _ev(i: int, text: str) -> Evidence:
    return Evidence(0, i, text, parse_figures(text), set(), set(), False, True, features={"overlap": 0.5}, score=0.5)


def weak_explaining(slots, best: Evidence, verdicts: list[Verdict]) -> Evidence | None:
    """The sentence shown, with the fallback's doubt computed first as the lead checks compute it."""
    return _weak(unexplained_fallback(slots, best, [v.evidence for v in verdicts]), verdicts)


def _verdicts(first: Evidence, gate: tuple[str, str] | None, stand_in: Evidence) -> list[Verdict]:
    return [Verdict(first, [], gate), Verdict(stand_in, [], None)]


def test_an_explaining_sentence_scoring_low_is_shown():
    blocked, stand_in = _ev(0, MECHANISM), _ev(1, ADOPTED)
    verdicts = _verdicts(blocked, ("evidence_score", "evidence score 0.36 is below the threshold 0.40"), stand_in)
    assert weak_explaining(SLOTS, stand_in, verdicts) is blocked


def test_a_sentence_missing_a_slot_is_not_shown():
    blocked, stand_in = _ev(0, MECHANISM), _ev(1, ADOPTED)
    verdicts = _verdicts(blocked, ("metric_covered", "no passage covers the measure asked (users)"), stand_in)
    assert weak_explaining(SLOTS, stand_in, verdicts) is None


def test_an_explaining_stand_in_or_an_unblocked_first_needs_nothing_more():
    blocked, caused = _ev(0, MECHANISM), _ev(1, CAUSED)
    weak = ("evidence_score", "low")
    assert weak_explaining(SLOTS, caused, _verdicts(blocked, weak, caused)) is None
    assert weak_explaining(SLOTS, blocked, [Verdict(blocked, [], None)]) is None
    assert weak_explaining(SLOTS, blocked, []) is None


def test_no_fallback_doubt_shows_nothing():
    blocked, stand_in = _ev(0, MECHANISM), _ev(1, ADOPTED)
    assert _weak(None, _verdicts(blocked, ("evidence_score", "low"), stand_in)) is None

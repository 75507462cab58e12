"""A sentence saying which one led stands below the score when a higher sentence of its passage passes every gate."""

from __future__ import annotations

from types import SimpleNamespace

from rag.extractive.leader_passage import passage_vouches


def _ev(p: int, score: float) -> SimpleNamespace:
    return SimpleNamespace(passage_index=p, score=score, figures=[])


def test_a_higher_sentence_of_the_same_passage_passing_every_gate_vouches():
    lead, best = _ev(0, 0.4), _ev(0, 0.6)
    low = ("evidence_score", "evidence score 0.40 is below the threshold 0.50")
    assert passage_vouches(None, [best, lead], lead, low, lambda s, e, f: None if e is best else low)


def test_no_vouching_from_another_passage_a_blocked_sentence_or_for_another_gate():
    lead, other, best = _ev(0, 0.4), _ev(1, 0.6), _ev(0, 0.6)
    low = ("evidence_score", "below")
    assert not passage_vouches(None, [other, lead], lead, low, lambda s, e, f: None if e is other else low)
    assert not passage_vouches(None, [best, lead], lead, low, lambda s, e, f: ("on_topic", "no") if e is best else low)
    assert not passage_vouches(None, [best, lead], lead, ("on_topic", "no"), lambda s, e, f: None)

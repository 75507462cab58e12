"""The evidence-score gate (rag/extractive/gates.evidence_score) holds the best-scoring sentence that
covers every slot asked to a threshold lower by `covered_threshold_drop`; a sentence missing a slot
(another year, no figure of the unit asked) or a fall-through candidate is held to the full one.
On the smallest input, without the embedding model (zero vectors: the scores are the other features)."""

from __future__ import annotations

from dataclasses import replace

from rag.extractive import gates
from rag.extractive.weights import HAND
from tests.test_extractive import decision


def _gap(d: gates.Decision, drop: float = 0.1) -> gates.Decision:
    """The decision with its threshold set `drop / 2` above the best score."""
    return replace(d, threshold=d.best.score + drop / 2)


def test_evidence_covering_every_slot_is_held_to_a_lower_threshold():
    d = _gap(decision("What was the revenue in 2019?", "Revenue was $5 million in 2019."))
    assert not any(d.best.features.get(f) for f in gates.SLOT_MISSING)
    assert gates.evidence_score(d) is None
    assert gates.evidence_score(replace(d, weights=replace(HAND, covered_threshold_drop=0.0))) is not None


def test_evidence_missing_a_slot_is_held_to_the_full_threshold():
    d = _gap(decision("What was the revenue in 2019?", "Revenue was $5 million in 2018."))
    assert d.best.features.get("year_absent_passage") or d.best.features.get("year_other")
    assert gates.evidence_score(d) is not None


def test_a_fall_through_candidate_is_held_to_the_full_threshold():
    d = _gap(decision("What was the revenue in 2019?", "Revenue was $5 million in 2019."))
    better = replace(d.best, score=d.best.score + 0.2)  # a sentence a gate blocked, scoring higher
    assert gates.evidence_score(replace(d, evidence=[d.best, better])) is not None


def test_evidence_naming_only_some_of_the_names_asked_is_held_to_the_full_threshold():
    """A proper name asked is a slot: 'DROP' is not covered by 'drops', so the lower threshold is off."""
    # the passages' publisher is not Acme: a publisher's possessive is its source (tests/test_attribution.py)
    pub = {"publisher": "Zenith Research"}
    covered = _gap(decision("What was Acme's revenue in 2019?", "Acme's revenue was $5 million in 2019.", **pub))
    assert gates.evidence_score(covered) is None
    partial = _gap(decision("What was Acme's revenue at Globex in 2019?", "Acme's revenue was $5 million in 2019.", **pub))
    assert 0 < partial.best.features.get("passage_names", 0.0) < 1
    assert gates.evidence_score(partial) is not None

"""A sentence saying which one led ('X led with 272 million yuan') often shares few of the question's words:
they are in the sentence before it. Its passage vouches for it when a higher-scoring sentence there passes every gate."""

from __future__ import annotations

from collections.abc import Callable

from .features import Evidence
from .slots import Slots


def passage_vouches(slots: Slots, evidence: list[Evidence], lead: Evidence, why: object,
                    gate: Callable[[Slots, Evidence, list], object]) -> bool:
    """Whether `lead`, refused only for its evidence score (`why`), stands: a sentence of the same passage,
    scoring higher, passes every gate (the passage is on the question's topic and clears the score)."""
    if not isinstance(why, tuple) or not why or why[0] != "evidence_score":
        return False
    for other in evidence:
        if other is lead or other.passage_index != lead.passage_index or other.score <= lead.score:
            continue
        if not gate(slots, other, list(other.figures)):
            return True
    return False

"""An explanation answered by a fallback sentence: when a gate blocks the explaining sentence chosen
(`explaining`), a sentence judged in its place that explains nothing ('X have begun adopting Y') is
quoted without bold: it is on topic, but says no why or how."""

from __future__ import annotations

from collections.abc import Sequence

from .explaining import explained_in_prose
from .features import Evidence
from .slots import Slots

UNEXPLAINED_FALLBACK = "the explaining sentence found is too weak, and the one quoted says nothing of why or how"


def unexplained_fallback(slots: Slots, chosen: Evidence, judged: Sequence[Evidence]) -> str | None:
    """A doubt when an explanation's first judged sentence (`judged[0]`, the explaining one) explains in
    prose, a gate blocked it, and the `chosen` sentence answering in its place does not explain."""
    if slots.shape != "explanation" or not judged or judged[0] is chosen:
        return None
    if not explained_in_prose(judged[0]) or explained_in_prose(chosen):
        return None
    return UNEXPLAINED_FALLBACK

"""A measure named once and carried on: 'a total investment exceeding 700 million yuan. Structurally, A led
with 272 million yuan ... B followed at 158 million yuan' gives each side an amount of investment though
neither sentence says so. The passage before it in the report (a chunk it continues) counts too."""

from __future__ import annotations

import re

from ..types import Passage
from .features import Evidence
from .kept_patterns import compiled
from .measures import METRICS

_HEAD = 40  # characters of a chunk's opening looked for in the chunk it continues


def continued(passages: list[Passage], i: int) -> Passage | None:
    """The retrieved passage that passage `i` continues: same report, its opening in the other's second half
    (chunks overlap), or None."""
    mine = passages[i].chunk
    head = mine.text[:_HEAD]
    if len(head) < _HEAD:
        return None
    for j, p in enumerate(passages):
        if j == i or p.chunk.doc_id != mine.doc_id or p.chunk.text == mine.text:
            continue
        at = p.chunk.text.find(head)
        if at >= len(p.chunk.text) // 2:
            return p
    return None


def _measures_at(text: str) -> list[tuple[int, str]]:
    """(position, measure) for every word of a measure in lower-case `text`."""
    return [(m.start(), name) for name, words in METRICS.items() for w in words
            for m in compiled(rf"\b{re.escape(w)}").finditer(text)]


def measure_carried(passages: list[Passage], e: Evidence, metric: str) -> bool:
    """The sentence names no measure itself, and the last measure named before it in its passage (read on from
    the passage it continues) is `metric`."""
    low = e.text.lower()
    if _measures_at(low):
        return False
    text = passages[e.passage_index].chunk.text.lower()
    at = text.find(low[:60])
    if at < 0:
        return False
    before = text[:at]
    earlier = continued(passages, e.passage_index)
    if earlier is not None:
        before = earlier.chunk.text.lower() + "\n" + before
    named = _measures_at(before)
    return bool(named) and max(named)[1] == metric

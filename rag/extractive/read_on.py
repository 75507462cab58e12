"""The sentence after a sentence in its report, read on over a chunk boundary: a sentence ending its
passage is continued by the first sentence of the retrieved passage that starts where it ends (or that
repeats it, chunks overlapping), so a cause stated right after a chunk's last sentence is still found."""

from __future__ import annotations

from ..types import Passage
from .features import Evidence, neighbour

GAP = 3  # characters between one chunk's end and the next one's start (a separator)


def _ends_passage(passages: list[Passage], e: Evidence) -> bool:
    return passages[e.passage_index].chunk.text.rstrip().endswith(e.text.strip())


def read_on(passages: list[Passage], evidence: list[Evidence], e: Evidence) -> Evidence | None:
    """The sentence right after `e`: the next in its passage; else, when `e` ends its passage, the one after
    it in a retrieved passage of the same report that holds it too (overlap), or the first of the one
    starting where it ends. None when that sentence was not retrieved."""
    nxt = neighbour(evidence, e, 1)
    if nxt is not None or not 0 <= e.passage_index < len(passages) or not _ends_passage(passages, e):
        return nxt
    mine = passages[e.passage_index].chunk
    for j, p in enumerate(passages):
        c = p.chunk
        if j == e.passage_index or c.doc_id != mine.doc_id or c.text == mine.text:
            continue
        same = next((x for x in evidence if x.passage_index == j and x.text == e.text), None)
        if same is not None and c.char_start > mine.char_start:
            return neighbour(evidence, same, 1)
        if mine.char_end <= c.char_start <= mine.char_end + GAP:
            return next((x for x in evidence if x.passage_index == j and x.sentence_index == 0), None)
    return None

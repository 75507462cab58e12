"""A chunk naming no year is dated by the chunk before it on its page (period_heading.previous_years): its
sentences are not 'without the year asked' (features.year_absent_passage); the smallest passages, no model."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from ingest.index import Snapshot
from rag.extractive.features import build
from rag.extractive.weights import HAND
from rag.types import AnswerContext, Passage
from tests.test_extractive import chunk, source_slots

QUESTION = "How many AI unicorns did Israel have by May 2025?"
FIRST = "By May 2025, the number of global AI unicorns exceeded 370."
SECOND = "Europe: About 20 in the UK and 6-8 in Israel."


def _features(page_of_second: int) -> dict[str, float]:
    first = replace(chunk(FIRST, 0), page=6, char_start=0, char_end=len(FIRST))
    second = replace(chunk(SECOND, 1), page=page_of_second, char_start=100, char_end=100 + len(SECOND))
    chunks = [first, second]
    offsets = np.cumsum([0] + [len(c.sentences) for c in chunks])
    snap = Snapshot(1, chunks, np.zeros((int(offsets[-1]), 4), np.float32), offsets, dim=4)
    ctx = AnswerContext(QUESTION, [Passage(second, 1.0, rank=1), Passage(first, 0.5, rank=2)], np.zeros(4, np.float32), snap)
    ev = build(ctx, source_slots(ctx), HAND)
    return next(e for e in ev if "Israel" in e.text).features


def test_an_undated_chunk_continuing_a_dated_one_on_its_page_is_not_without_the_year():
    assert _features(6).get("year_absent_passage", 0.0) == 0.0


def test_an_undated_chunk_on_a_new_page_is_without_the_year():
    assert _features(7).get("year_absent_passage", 0.0) == 1.0

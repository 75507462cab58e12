"""The measure of a table named only in the sentence introducing it (gates.metric_covered), without the embedding model."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from ingest.index import Snapshot
from ingest.tables import read_grid, tables_to_json
from rag.extractive import gates
from rag.types import AnswerContext, Passage
from tests.test_extractive import HAND, build, chunk, parse


def _decision(question: str, intro: str) -> gates.Decision:
    read = read_grid([["", "September 29, 2019", "July 7, 2019"], ["High", "$91.30", "$87.84"], ["Low", "$70.77", "$75.80"]])
    rows = "\n".join([read.header_line] + read.lines)
    first = replace(chunk(intro, 0), char_end=len(intro))
    second = replace(chunk(rows, 1), page=1, char_start=len(intro) + 1, char_end=len(intro) + 1 + len(rows),
                     tables_json=tables_to_json([read.table]))
    chunks = [first, second]
    n = sum(len(c.sentences) for c in chunks)
    snap = Snapshot(1, chunks, np.zeros((n, 4), np.float32), np.cumsum([0] + [len(c.sentences) for c in chunks]), dim=4)
    ctx = AnswerContext(question, [Passage(second, 1.0, rank=1), Passage(first, 0.5, rank=2)], np.zeros(4, np.float32), snap)
    slots = parse(question)
    best = next(e for e in build(ctx, slots, HAND) if e.passage_index == 0)
    best = replace(best, features={**best.features, "metric_missing": 1.0})
    return gates.Decision(ctx, slots, [best], best, [], HAND, 0.0, 0.25)


def test_a_table_measure_named_in_its_introducing_sentence_is_covered():
    q = "What is the difference between the high and low price in September 29, 2019?"
    assert "price" in parse(q).metrics
    said = "The following table sets forth the high and low sales prices for our common stock:"
    assert gates.metric_covered(_decision(q, said)) is None
    other = "The following table sets forth the high and low trading volumes for our common stock:"
    assert gates.metric_covered(_decision(q, other)) is not None

"""'By how many did X grow': an auxiliary after 'how many' names no counted thing (rag/extractive/topic.py). No model."""

from __future__ import annotations

from rag.extractive.gates import counted_named
from tests.test_extractive import evidence


def test_an_auxiliary_after_how_many_is_no_counted_thing():
    ctx, slots, ev = evidence("By how many did patent filings grow from 2019 to 2024?",
                              "Patent filings: 653 in 2019; 2,787 in 2024")
    assert counted_named(ctx, slots, ev[0]) is None


def test_a_counted_noun_the_passage_lacks_still_blocks():
    ctx, slots, ev = evidence("How many patents were filed in 2024?", "Licensing revenue: 653 in 2019; 2,787 in 2024")
    assert counted_named(ctx, slots, ev[0]) is not None


def test_the_kind_past_a_partitive_is_counted():
    ctx, slots, ev = evidence("How many of the tracked models cost less than $1?", "Model prices: Lumen 0.55; Orion 15.00")
    assert counted_named(ctx, slots, ev[0]) is None  # 'models' is counted, not 'of'
    ctx, slots, ev = evidence("How many of the tracked models cost less than $1?", "Licensing revenue: 653 in 2019")
    assert "models" in (counted_named(ctx, slots, ev[0]) or "")

"""A share of a whole the question gives by its count ('what fraction of the 370-plus AI unicorns') on the
smallest inputs: a passage that never names those things gives shares of another whole."""

from __future__ import annotations

import pytest

from rag.extractive.topic import counted_whole, whole_named
from tests.test_extractive import evidence


@pytest.mark.parametrize("question, whole", [
    ("U.S. and China together, what fraction of the 370-plus AI unicorns?", "unicorns"),
    ("What share of the 309 generative AI models filed in China were language models?", "models"),
    ("What share of the 30,000 AI companies are American?", "companies"),
    ("What share of total AI financing did AIGC take?", None),  # no count: the whole is a measure
    ("What share of the 2024 deals were early stage?", None),  # a year dates the whole, it counts nothing
])
def test_the_counted_whole(question, whole):
    assert counted_whole(question) == whole


def test_a_passage_about_another_whole_is_off_topic():
    q = "What fraction of the 370-plus AI unicorns are in the U.S.?"
    ctx, slots, ev = evidence(q, "The number of AI companies exceeded 30,000, with the U.S. accounting for 34%.")
    assert whole_named(ctx, slots, ev[0]) is not None
    ctx, slots, ev = evidence(q, "Of over 370 AI unicorns, the U.S. has 160+.")
    assert whole_named(ctx, slots, ev[0]) is None

"""A comparison answered by one long sentence naming both sides, on the smallest input (a string written
for the test, not gold wording; no embedding model): the lone quote takes the answer's room, so what the sentence says
of the later side is shown rather than cut off at the usual quote limit."""

from __future__ import annotations

from rag.extractive.compose import compose
from test_extractive import evidence

Q = "Alpha Engine vs Beta Engine - what's each credited with?"
LONG = ("Home-grown engines like Alpha Engine and Beta Engine not only give buyers a second source of supply but also "
        "slowly build local ecosystems through close fit with local hardware (for instance, boards from three vendors), "
        "stronger training at scale (for instance, Alpha Engine's sharded parallel training), and simpler tooling for "
        "developers (for instance, Beta Engine's friendly debugging tools).")


def test_a_lone_quote_of_a_comparison_keeps_the_later_side():
    assert len(LONG) > 380
    ctx, slots, ev = evidence(Q, LONG)
    assert slots.shape == "comparison"
    answer = compose(ctx, slots, ev, ev[0], [], 1.0, "extractive", 600)
    assert "sharded parallel training" in answer.answer and "friendly debugging tools" in answer.answer
    assert len(answer.answer) <= 600


def test_a_lone_quote_of_another_shape_is_cut_as_before():
    ctx, slots, ev = evidence("What do home-grown engines give buyers?", LONG)
    assert slots.shape != "comparison"
    answer = compose(ctx, slots, ev, ev[0], [], 1.0, "extractive", 600)
    assert "…" in answer.answer

"""An explanation asked where every passage retrieved is table: the prose chunks of the same page
(not retrieved) are read too, since a table row explains nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ..types import AnswerContext, Passage
from .cells import page_chunks
from .explaining import explained_in_prose
from .features import Evidence
from .slots import Slots


def page_prose(ctx: AnswerContext) -> list:
    """The chunks without a table on the page of the best passage (same report), not retrieved, in
    report order (`cells.page_chunks`); [] without an index snapshot."""
    return page_chunks(ctx, tables=False)


def with_page_prose(ctx: AnswerContext, slots: Slots, evidence: list[Evidence],
                    build: Callable[[AnswerContext], list[Evidence]]) -> tuple[AnswerContext, list[Evidence]]:
    """`ctx` with its page's prose chunks added after the passages retrieved (at the lowest score) and
    the evidence `build` reads from it, when that evidence holds an explaining prose sentence; else
    `ctx` and `evidence` unchanged."""
    extra = page_prose(ctx)
    if not extra:
        return ctx, evidence
    low = min(p.score for p in ctx.passages)
    wider = replace(ctx, passages=list(ctx.passages) + [Passage(c, low) for c in extra])
    deeper = build(wider)
    if not any(explained_in_prose(e) for e in deeper):
        return ctx, evidence
    return wider, deeper

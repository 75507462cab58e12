"""A side of a choice or comparison whose figure is in a chunk retrieval left out (a table split over
chunks: 'TTS-1 HD' in the retrieved rows, 'Azure Neutral' in the next chunk of the page): the best
passage's page is read whole, the retrieved passages first, and the sides are sought again."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ..types import AnswerContext, Passage
from .cells import page_chunks
from .choice_names import alternatives, coordinated
from .features import Evidence

DEPTH = 40  # sentences read for the sides on the widened page (the retrieved ones stay first)


def with_page_chunks(ctx: AnswerContext, build: Callable[[AnswerContext], list[Evidence]]
                     ) -> tuple[AnswerContext, list[Evidence]] | None:
    """`ctx` with the unretrieved chunks of its best passage's page added after the passages (at the lowest
    score), and the evidence `build` reads from it; None when the question names no sides or the page has
    no other chunk."""
    if alternatives(ctx.question) is None and coordinated(ctx.question) is None:
        return None
    extra = page_chunks(ctx, tables=True) + page_chunks(ctx, tables=False)
    if not extra:
        return None
    low = min(p.score for p in ctx.passages)
    wider = replace(ctx, passages=list(ctx.passages) + [Passage(c, low) for c in sorted(extra, key=lambda c: c.char_start)])
    return wider, build(wider)

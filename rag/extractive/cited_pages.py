"""The texts an answer stands on: its citations' text, quote and section, and every chunk of a cited page (a
caption or table title elsewhere on the page dates and names what the cells show)."""

from __future__ import annotations

from rag.types import Answer, AnswerContext


def page_chunks(ctx: AnswerContext) -> list:
    """Every chunk of the index snapshot, or the retrieved passages' chunks when there is no snapshot."""
    return ctx.snapshot.chunks if ctx.snapshot is not None and hasattr(ctx.snapshot, "chunks") else \
        [p.chunk for p in ctx.passages]


def cited_texts(ctx: AnswerContext, answer: Answer) -> list[str]:
    """Lower-case texts the answer stands on: each citation's text, quote and section, and every chunk of a cited
    page (a table's title or caption names what its cells measure)."""
    pages = {(c.doc_id, c.page) for c in answer.citations if c.page is not None}
    texts = [t for c in answer.citations for t in (c.text, c.quote, c.section or "")]
    texts += [c.text for c in page_chunks(ctx) if (c.doc_id, c.page) in pages]
    return [t.lower() for t in texts if t]

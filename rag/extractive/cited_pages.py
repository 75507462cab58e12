"""The texts an answer stands on: its citations' text, quote and section, and every chunk of a cited page (a
caption or table title elsewhere on the page dates and names what the cells show)."""

from __future__ import annotations

from rag.snapshot_memo import kept
from rag.types import Answer, AnswerContext


def page_chunks(ctx: AnswerContext) -> list:
    """Every chunk of the index snapshot, or the retrieved passages' chunks when there is no snapshot."""
    return ctx.snapshot.chunks if ctx.snapshot is not None and hasattr(ctx.snapshot, "chunks") else \
        [p.chunk for p in ctx.passages]


def lower_texts(chunks: list) -> tuple[dict, dict]:
    """({(doc id, page): lower-case chunk texts}, {doc id: lower-case chunk texts}) of `chunks`, in their order."""
    pages: dict = {}
    docs: dict = {}
    for c in chunks:
        if c.text:
            low = c.text.lower()
            pages.setdefault((c.doc_id, c.page), []).append(low)
            docs.setdefault(c.doc_id, []).append(low)
    return pages, docs


def _lowered(ctx: AnswerContext) -> tuple[dict, dict]:
    """`lower_texts` of every chunk `page_chunks` gives: made once per index snapshot (kept in its memo), not
    lower-cased again for each answer."""
    snap = ctx.snapshot
    if snap is not None and hasattr(snap, "chunks"):  # the whole snapshot's chunks: never one question's passages
        return kept(snap, ("cited_pages.lower_texts",), lambda: lower_texts(snap.chunks))
    return lower_texts(page_chunks(ctx))


def cited_texts(ctx: AnswerContext, answer: Answer) -> list[str]:
    """Lower-case texts the answer stands on: each citation's text, quote and section, and every chunk of a cited
    page (a table's title or caption names what its cells measure)."""
    pages = dict.fromkeys((c.doc_id, c.page) for c in answer.citations if c.page is not None)
    texts = [t.lower() for c in answer.citations for t in (c.text, c.quote, c.section or "") if t]
    by_page = _lowered(ctx)[0]
    return texts + [t for p in pages for t in by_page.get(p, ())]


def report_texts(ctx: AnswerContext, answer: Answer) -> list[str]:
    """Lower-case texts of the reports the answer cites: their titles and publishers, and every chunk of them."""
    docs = dict.fromkeys(c.doc_id for c in answer.citations)
    texts = [t.lower() for c in answer.citations for t in (c.title, c.publisher) if t]
    by_doc = _lowered(ctx)[1]
    return texts + [t for d in docs for t in by_doc.get(d, ())]


def cited_intros(ctx: AnswerContext, answer: Answer) -> list[str]:
    """Lower-case sentences introducing the tables the answer cites ('8. Employees. The average number ... was as
    follows:'): they name what the cells measure when the page has no page number to gather its chunks by."""
    from .passage_tables import table_intro  # cells' helpers import the gates; loaded when first asked

    cited = {c.chunk_id for c in answer.citations}
    out = []
    for i, p in enumerate(ctx.passages):
        if p.chunk.chunk_id in cited and p.chunk.tables_json and (intro := table_intro(ctx, i)):
            out.append(intro.lower())
    return out

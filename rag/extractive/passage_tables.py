"""The tables the retrieved passages carry, the chunks on the best passage's page, and the sentence
introducing a table: where cells.py looks for rows (it re-exports these)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from ingest.tables import Table

from ..types import AnswerContext
from ..snapshot_memo import kept
from .gates_slot import asked_tables
from .table_intro_far import intro_lines, sole_intro
from .year_rows import with_year_columns


def tables_of(ctx: AnswerContext) -> list[tuple[int, Table]]:
    """Every (passage index, table) the retrieved passages carry, best passage first; a table without
    a caption takes the sentence introducing it (`table_intro`) as its caption.

    An answer's steps ask for the same context's tables again and again (about twenty times a question): the last
    reading, as (question, snapshot, passages, tables), is kept in the question's memo (`AnswerContext.memo`, shared
    by the contexts derived from it); passages are compared one by one, as steps append to them."""
    passages = tuple(ctx.passages) if isinstance(ctx.passages, list) else None
    memo = getattr(ctx, "memo", None)  # a test's stand-in context may carry none: read afresh
    last = memo.get("tables_of") if memo is not None else None
    if (passages is not None and last is not None and last[0] == ctx.question and last[1] is ctx.snapshot
            and len(last[2]) == len(passages) and all(a is b for a, b in zip(last[2], passages))):
        return list(last[3])
    out = _read_tables(ctx)
    if passages is not None and memo is not None:
        memo["tables_of"] = (ctx.question, ctx.snapshot, passages, out)
    return list(out)


def _read_tables(ctx: AnswerContext) -> list[tuple[int, Table]]:
    """`tables_of`, read afresh."""
    out = []
    snap = ctx.snapshot
    for i, p in enumerate(ctx.passages):
        try:
            chunk = p.chunk
            # parsed and read with years as columns ('Year | Revenue' over '2019 | 5') once per index version: a
            # chunk's tables do not change between questions, nor does how their periods are laid out
            tables = kept(snap, ("year_column_tables", chunk.tables_json),
                          lambda: [with_year_columns(t) for t in chunk.tables]) if chunk.tables_json else []
        except (ValueError, KeyError, TypeError):  # a malformed snapshot: no cells to read
            continue
        intro = None
        for t in tables:
            if not t.caption:
                intro = intro if intro is not None else (table_intro(ctx, i) or "")
                t = replace(t, caption=intro) if intro else t  # the kept table itself when nothing introduces it
            out.append((i, t))
    return asked_tables(out, ctx.question)  # a table narrowed by a word asked ('pureplay') before the broader one


def page_chunks(ctx: AnswerContext, tables: bool) -> list:
    """The chunks on the page of the best passage (same report) that carry a table (`tables`) or carry
    none, in report order, none of them retrieved; [] without an index snapshot or when the passages
    are no list."""
    snap = ctx.snapshot
    if not ctx.passages or snap is None or not hasattr(snap, "chunks") or not isinstance(ctx.passages, list):
        return []
    own = ctx.passages[0].chunk
    taken = {p.chunk.chunk_id for p in ctx.passages}
    chunks = doc_chunks(snap, own.doc_id, tables)
    return sorted((c for c in chunks if c.page == own.page and c.chunk_id not in taken), key=lambda c: c.char_start)


def doc_chunks(snap, doc_id: str, tables: bool) -> list:
    """The chunks of report `doc_id` that carry a table (`tables`) or carry none, kept with the snapshot."""
    return kept(snap, ("table_chunks" if tables else "prose_chunks", doc_id),
                lambda: [c for c in snap.chunks if c.doc_id == doc_id and bool(c.tables_json) == tables])


def page_tables(ctx: AnswerContext) -> list:
    """The chunks carrying a table on the page of the best passage, not retrieved (`page_chunks`)."""
    return page_chunks(ctx, tables=True)


# A sentence that introduces a table: 'The following table summarizes ...', '... consisted of the following:'.
_TABLE_INTRO = re.compile(r"\b(the following table|the table below|below table|table (below|above) (shows|sets forth|presents)|"
                          r"(is|are|was|were) as follows|consist(s|ed)? of the following|include(s|d)? the following)\b", re.I)
_NEAR = 400  # characters between a table's chunk and the chunk whose sentence introduces it


def table_intro(ctx: AnswerContext, index: int) -> str | None:
    """The sentence introducing the table of passage `index`: in its own chunk, else in the nearest
    retrieved chunk of the same document within `_NEAR` characters; None when there is none, or
    two chunks as near give two."""
    own = ctx.passages[index].chunk
    found = []
    for p in ctx.passages:
        c = p.chunk
        if c.doc_id != own.doc_id or (c.page is not None and own.page is not None and c.page != own.page):
            continue
        gap = 0 if c.chunk_id == own.chunk_id else max(c.char_start - own.char_end, own.char_start - c.char_end, 0)
        if gap > _NEAR:
            continue
        found.extend((gap, sentence) for sentence in intro_sentences(ctx.snapshot, c))
    found = sorted(set(found))
    if not found:
        return sole_intro(ctx.snapshot, own, _TABLE_INTRO)  # the page's one table and one such sentence, far apart
    if len(found) > 1 and found[1][0] == found[0][0]:
        return None
    return found[0][1]


def intro_sentences(snap, chunk) -> tuple[str, ...]:
    """The sentences of `chunk` that introduce a table (`_TABLE_INTRO`), each from its sentence's start;
    they depend on the chunk alone, so they are found once per index snapshot."""
    return kept(snap, ("table_intro_sentences", chunk.chunk_id, chunk.text),
                lambda: tuple(intro_lines(chunk.text, _TABLE_INTRO)))


def one_table(reads: Iterable[tuple]) -> tuple | None:
    """The one (passage, table, ...) reading when a single table gives them all (its copies in other passages, same
    rows and columns, counted once: the first copy's); None when no table or two tables read so."""
    found: dict[tuple, tuple] = {}
    for read in reads:
        found.setdefault((tuple(read[1].rows), tuple(read[1].columns)), read)
    return next(iter(found.values())) if len(found) == 1 else None

"""A list asked and led by a title that ends its passage (a table's title over its header row, a chart's caption):
the items printed under that title are in the report's next chunk, so the answer (never bold: a title answers
nothing) quotes that chunk's text after the title, cited, beside the title."""

from __future__ import annotations

from dataclasses import replace

from ingest.types import Chunk

from ..types import Answer, AnswerContext, Citation, Passage
from .features import Evidence
from .passage_tables import doc_chunks
from .read_on import GAP

_TAIL_LINES = 2  # the title is one of its passage's last lines: itself, or itself over a header row
_LIMIT = 500  # characters of the next chunk quoted


def ends_passage(text: str, line: str, tail: int = _TAIL_LINES) -> bool:
    """Whether `line` is one of the last `tail` non-empty lines of `text`."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    return line.strip() in lines[-tail:]


def next_chunk(chunks: list[Chunk], chunk: Chunk) -> Chunk | None:
    """The chunk of `chunks` (one report's) that starts after `chunk` starts and no later than it ends: the text
    read on from it (chunks overlap); None when there is none."""
    after = [c for c in chunks if c.doc_id == chunk.doc_id and chunk.char_start < c.char_start <= chunk.char_end + GAP
             and c.chunk_id != chunk.chunk_id]
    return min(after, key=lambda c: c.char_start) if after else None


def text_after(text: str, prior: str, limit: int = _LIMIT) -> str:
    """`text` from its first line that `prior` does not hold (the overlap with the chunk before skipped), at most
    `limit` characters cut at a word; '' when it holds nothing new."""
    seen = {ln.strip() for ln in prior.splitlines() if ln.strip()}
    start = 0
    for line in text.splitlines(keepends=True):
        if line.strip() and line.strip() not in seen:
            break
        start += len(line)
    rest = text[start:]
    if len(rest) > limit:
        rest = rest[:limit].rsplit(" ", 1)[0]
    return rest.strip()


def items_read_on(ctx: AnswerContext, answer: Answer, best: Evidence, shape: str) -> Answer | None:
    """`answer` with the text under its title read on from the report's next chunk and cited, when a list is
    asked and the lead `best` is one of its passage's last lines; None otherwise (no index, no next chunk)."""
    if shape != "list" or not 0 <= best.passage_index < len(ctx.passages) or ctx.snapshot is None \
            or not hasattr(ctx.snapshot, "chunks"):
        return None
    own = ctx.passages[best.passage_index].chunk
    if not ends_passage(own.text, best.text):
        return None
    chunks = doc_chunks(ctx.snapshot, own.doc_id, True) + doc_chunks(ctx.snapshot, own.doc_id, False)
    nxt = next_chunk(chunks, own)
    under = text_after(nxt.text, own.text) if nxt is not None else ""
    if not under:
        return None
    n = len(answer.citations) + 1
    passage = Passage(nxt, min(p.score for p in ctx.passages))
    cited = Citation.from_passage(n, passage, quote=under)
    shown = " ".join(under.split())
    return replace(answer, answer=f"{answer.answer} Under it: {shown}… [{n}]", citations=[*answer.citations, cited])

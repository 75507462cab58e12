"""Alternatives whose figures tie: a ranking table's own order decides when the ranking is asked (its
'Rank: N' cell), else each one's figure is shown and no name leads."""

from __future__ import annotations

import re

from ..types import Answer, AnswerContext, Citation


_RANK_CELL = re.compile(r"^\s*Rank:\s*(\d{1,3})\s*;")


def rank_cell(text: str) -> int | None:
    """A ranking table row's own rank ('Rank: 8; Company name: ...'), or None."""
    m = _RANK_CELL.match(text)
    return int(m.group(1)) if m else None


def tied(ctx: AnswerContext, names: tuple[str, ...], found, backend: str, each: str, order: list[int],
         quotes: list[str]) -> Answer:
    """Alternatives whose figures tie, with no ranking to order them: each one's figure, no name bolded."""
    body = " ".join(f"{q} [{order.index(next(e for _, e in found if e.text == q).passage_index) + 1}]" for q in quotes)
    citations = [Citation.from_passage(i + 1, ctx.passages[p], quote=next(e.text for _, e in found if e.passage_index == p))
                 for i, p in enumerate(order)]
    return Answer(question=ctx.question, answer=f"{' and '.join(names)} give the same figure ({each}). {body}",
                  figure=found[0][0].display, abstained=False, citations=citations, backend=backend,
                  passages=list(ctx.passages), confidence=1.0, shape="which")

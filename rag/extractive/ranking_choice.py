"""A choice between ranking rows where a side names a row by its owner's best ('Kuaishou's best video
model or Veo 2: which ranks higher?'): that side is the owner's highest-ranked row, and the row ranked
higher answers. No sentence names the described row, so the sentence path found only the other side."""

from __future__ import annotations

import re

from ..types import Answer, AnswerContext
from .choice_names import LOW, alternatives
from .period_cells import located
from .ranking import Ranking, addressed_ranking, owner_columns
from .ranking_gap import named_rows
from .shape_text import citation_n, shaped_answer

# 'Kuaishou's best video model', 'Google's top-ranked model', 'OpenAI's highest model'
_OWNERS_BEST = re.compile(r"^\s*(?:the\s+)?(?P<owner>[\w][\w .&-]*?)['’]s?\s+(?:best|top|top-ranked|highest(?:[- ]ranked)?|"
                          r"leading|strongest)\b", re.I)


def owners_best(r: Ranking, side: str) -> tuple | None:
    """The row (rank, label, hit) a side names: the owner's highest-ranked row for 'OWNER's best ...', else
    the one row named; None when neither."""
    m = _OWNERS_BEST.match(side)
    if m is not None:
        owner = " ".join(m.group("owner").split()).lower()
        cols = owner_columns(r)
        rows = [row for row in r.rows for c in cols
                if (cell := r.cells(row[2]).get(c)) is not None and " ".join(cell.text.split()).lower() == owner]
        return rows[0] if rows else None
    rows = named_rows(r, side)
    return rows[0] if len(rows) == 1 else None


def described_choice(ctx: AnswerContext, question: str, backend: str) -> Answer | None:
    """The side ranked higher (lower when a low one is asked) of a two-way choice over one ranking, when a
    side names its row by an owner's best; None otherwise (both named: choice.py answers)."""
    alt = alternatives(question)
    if alt is None or alt.kind != "choice" or len(alt.names) != 2 or not ctx.passages \
            or not any(_OWNERS_BEST.match(n) for n in alt.names):
        return None
    asked = question
    for n in alt.names:  # the sides name rows and owners, not what is ranked
        asked = asked.replace(n, " ")
    best = addressed_ranking(ctx, asked)
    if best is None:
        return None
    rows = [owners_best(best, n) for n in alt.names]
    if any(r is None for r in rows) or rows[0] is rows[1] or rows[0][0] == rows[1][0]:
        return None
    hits = [located(ctx, h, []) for _, _, h in rows]
    if any(h is None for h in hits):
        return None
    pick = min(range(2), key=lambda i: rows[i][0] if not LOW.search(question) else -rows[i][0])
    measure = best.measure
    each = " vs ".join(f"{n}: {label}, rank {k}" + (f", {measure} {f.text}" if measure and (f := best.cells(h).get(measure)) else "")
                       + f" [{citation_n(ctx, hits, hh)}]" for n, (k, label, h), hh in zip(alt.names, rows, hits))
    lead = rows[pick][1]
    return shaped_answer(ctx, hits, f"**{lead}** ({each}).", lead, "which", backend)

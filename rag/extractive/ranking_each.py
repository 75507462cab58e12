"""Two or more rows of a ranking named side by side with no operation asked ('A against B, index each',
'A versus B on the index'): each row's figure in the ranking's measure, in the question's order, each
cited. Read off one row, such a comparison leaves its other side unanswered."""

from __future__ import annotations

import re

from ..types import Answer, AnswerContext
from .choice import alternatives
from .period_cells import located
from .ranking import addressed_ranking
from .ranking_gap import named_operation, named_rows
from .shape_text import citation_n, listed, shaped_answer

# the rows set side by side: 'A against B', 'A vs B', 'A compared with B', 'the index of each', 'both'
SIDE_BY_SIDE = re.compile(r"\b(?:against|versus|vs\.?|compared (?:with|to)|each|both|respectively|side by side)(?!\w)", re.I)

_LEAD_IN = re.compile(r"^[^:?]{0,30}:\s+(?=\S)")


def named_each(ctx: AnswerContext, question: str, backend: str) -> Answer | None:
    """Each named row's figure of the one ranking addressed, when the question sets two or more rows
    side by side and asks no gap, multiple, sum or choice between them; None otherwise."""
    if not ctx.passages or not SIDE_BY_SIDE.search(question) or named_operation(question) is not None \
            or getattr(alternatives(question), "kind", None) == "choice":
        return None  # 'which ranks higher, A or B': choice.py
    # 'A against B on the index table': the rows and the index say what is ranked, 'against' and 'table' do not
    # ('For a slide: A against B': a lead-in before the colon says what the answer is for, not what is ranked)
    asked = re.sub(r"\btables?\b", " ", SIDE_BY_SIDE.sub(" ", _LEAD_IN.sub("", question)), flags=re.I)
    best = addressed_ranking(ctx, asked)
    measure = best.measure if best is not None else None  # read once: it scans the ranking's cells
    if measure is None:
        return None
    rows = named_rows(best, question)
    if len(rows) < 2:
        return None
    figures = [best.cells(h).get(measure) for _, _, h in rows]
    if any(f is None or f.value is None for f in figures):
        return None
    hits = [located(ctx, h, [f]) for (_, _, h), f in zip(rows, figures)]
    if any(h is None for h in hits):
        return None
    lead = listed(" ".join(f.text.split()) for f in figures)
    each = "; ".join(f"{k}. {label} — {measure}: {f.text} [{citation_n(ctx, hits, h)}]"
                     for (k, label, _), f, h in zip(rows, figures, hits))
    return shaped_answer(ctx, hits, f"**{lead}**. {each}", lead, "comparison", backend)

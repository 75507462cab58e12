"""'In which quarter was churn the lowest?', 'which segment had the largest balance?': the column whose cell is the
extreme of a table row that measures what is asked ('Broadband churn — Q1: 1.6%; ...; Q4: 1.4%'), the columns
being the alternatives; a total column, or a full-year one of quarter columns, is no alternative. Bold only when the extreme is one column's alone."""

from __future__ import annotations

import re
from collections.abc import Callable

from ingest.figures import Figure, parse_figures

from ..types import Answer, AnswerContext, Citation
from .features import Evidence, metric_covered
from .gates import off_topic
from .question_readings import extreme_asked, nth_asked, nth_of
from .rows import row_line
from .slots import Slots

# dated series (crossing.py), 'which fiscal year' too: the alternatives are periods, not one period's columns
_NOT_COLUMNS = frozenset("year years period periods date month months fiscal financial".split())
# a total column, or the whole period its quarter or month columns make up ('2024 › Full year', 'YTD'): no alternative
_TOTAL = re.compile(r"\b(?:total|subtotal|consolidated|combined|all|full[\s-]year|year[\s-]to[\s-]date|ytd)\b", re.I)
LOOK = 3  # how far down the evidence the row may be


def cells(text: str) -> tuple[str, list[tuple[str, Figure]]] | None:
    """A row line's label and its (column, figure) cells, total columns left out; None for no row line."""
    line = row_line(text)
    if line is None:
        return None
    label, read = line
    out = []
    for col, value in read:
        figs = [f for f in parse_figures(value) if f.unit != "year"]
        if figs and not _TOTAL.search(col):
            out.append((col.strip(), figs[0]))
    return label, out


def _unscoped(col: str, asked: str) -> str:
    """A column path without the headers the question itself names ('2024 › Q4' asked 'which quarter of 2024': 'Q4'):
    they scope the alternatives, the rest names the one that answers."""
    parts = [p.strip() for p in col.split("›")]
    rest = [p for p in parts if not re.search(rf"(?<!\w){re.escape(p.lower())}(?!\w)", asked)]
    return " › ".join(rest) if rest and len(rest) < len(parts) else col


def column_extreme(ctx: AnswerContext, slots: Slots, evidence: list[Evidence], backend: str,
                   gate: Callable[[Slots, Evidence, list[Figure]], object] | None = None) -> Answer | None:
    """The column holding the extreme cell of the best on-topic row (three or more columns of one unit, none of
    them named by the question), cited; None when no such row or two columns share the extreme."""
    extreme = extreme_asked(ctx.question)
    if extreme is None or extreme[0] in _NOT_COLUMNS:
        return None
    low = extreme[1]
    asked = ctx.question.lower()
    for e in evidence[:LOOK]:
        parsed = cells(e.text) if e.row else None
        if not parsed or len(parsed[1]) < 3 or len({f.unit for _, f in parsed[1]}) > 1:
            continue
        label, pairs = parsed
        if any(col.lower() in asked for col, _ in pairs) or off_topic(ctx, slots, e) or \
                not all(metric_covered(label.lower(), x) for x in slots.metrics):
            continue
        values = [f.value for _, f in pairs]
        order = sorted(range(len(values)), key=lambda k: values[k], reverse=not low)
        i = nth_of([values[k] for k in order], nth_asked(ctx.question))  # 'ranked second': that place
        if i is None:
            return None
        col, fig = pairs[order[i]]
        col = _unscoped(col, asked)
        if gate is not None and gate(slots, e, [fig]):
            continue
        each = "; ".join(f"{c}: {f.display}" for c, f in pairs)
        citation = Citation.from_passage(1, ctx.passages[e.passage_index], quote=e.text, figure=col)
        return Answer(question=ctx.question, answer=f"**{col}** ({fig.display}). {label} — {each} [1]", figure=col,
                      abstained=False, citations=[citation], backend=backend, passages=list(ctx.passages),
                      confidence=e.score, shape="which")
    return None

"""A count of the items whose measure meets a bound, with no year asked ('How many markets had occupancy above
93%?', 'How many segments had net sales above $1,000 million?'): the measure names one row or one column of a
table; the items are the other axis (its totals left out), counted where their figure meets the bound."""

from __future__ import annotations

from ingest.tables import SEP, Table

from ..types import Answer, AnswerContext
from .cells import TOTAL_ROW, RowHit, percent_asked, words
from .passage_tables import one_table
from .period_cells import YEAR
from .row_sets import BELOW, HOW_MANY_ROWS, SCALE_WORDS, THRESHOLD, table_scale
from .shape_text import scaled, shaped_answer
from .signed_bound import signed_bound


def measure_line(table: Table, asked: str) -> tuple[str, str] | None:
    """('row' | 'column', label) of the one row or column whose own words the question names before its bound,
    the longest so named; None when none is, or two are named as fully."""
    said = set(words(asked))
    named = [(len(own), axis, label) for axis, labels in (("row", table.rows), ("column", table.columns))
             for label in labels if (own := set(words(label.split(SEP)[-1]))) and own <= said
             and not TOTAL_ROW.match(label.split(SEP)[-1])]
    if not named:
        return None
    best = max(n for n, _, _ in named)
    top = [(axis, label) for n, axis, label in named if n == best]
    return top[0] if len(top) == 1 else None


def measure_meeting(ctx: AnswerContext, question: str, tables: list[tuple[int, Table]], backend: str) -> Answer | None:
    """The count of the items (totals aside) whose figure of the measure named meets the bound, every
    item's figure shown; None unless one table reads so, every item with a figure in the bound's unit."""
    m = THRESHOLD.search(question)
    if m is None or not HOW_MANY_ROWS.match(question) or YEAR.search(question):
        return None
    limit = signed_bound(m.group(2))
    below = bool(BELOW.search(question[:m.end()]))
    reads = []
    for passage, table in tables:
        line = measure_line(table, question[:m.start()])
        if line is None:
            continue
        axis, label = line
        cells = [c for c in table.cells if (c.row if axis == "row" else c.column) == label
                 and not TOTAL_ROW.match((c.column if axis == "row" else c.row).split(SEP)[-1])]
        if len(cells) < 2 or any(c.value is None or (c.unit == "%") != bool(m.group(3) or percent_asked(question))
                                 for c in cells):
            continue
        asked_scale = SCALE_WORDS.get((m.group(4) or "").lower().rstrip("s"))
        own = table_scale(ctx, passage, cells[0].scale) if asked_scale else None
        bound = limit * asked_scale / own if asked_scale and own else limit
        reads.append((passage, table, axis, cells, bound))
    read = one_table(reads)
    if read is None:
        return None
    passage, table, axis, cells, bound = read
    met = [c for c in cells if (c.value < bound if below else c.value > bound)]
    if not met:
        return None
    item = (lambda c: c.column.split(SEP)[-1]) if axis == "row" else (lambda c: c.row.split(SEP)[-1])
    hit = RowHit(passage, table, cells[0].row, 0.0)
    derivation = {"op": "count", "operands": [{"value": c.text, "citation": 1} for c in met], "result": str(len(met))}
    figures = "; ".join(f"{item(c)}: {scaled(c)}" for c in cells)
    text = f"**{len(met)}** ({', '.join(item(c) for c in met)}). {figures} [1]"
    return shaped_answer(ctx, [hit], text, str(len(met)), "computed", backend, derivation=derivation)

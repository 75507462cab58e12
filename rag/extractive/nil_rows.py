"""Items counted by whether a figure is there ('how many adjustment items had a non-nil amount in 2023', 'how many
years have no finance lease payments due'): a cell marked nil ('–', '—', 'n/a') or 0 has none, any other figure has
one. The cells are the year's column over the item rows (item_rows), or, no year asked, the one row or column the
measure names (measure_line) across the other axis; 'how many years' counts only the items that are years."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.cell_values import nil_mark
from ingest.tables import SEP, Cell, Table

from ..types import Answer, AnswerContext
from .cells import TOTAL_ROW, RowHit
from .column_choice import column_for
from .item_rows import item_rows
from .measure_meeting import measure_line
from .passage_tables import one_table
from .period_cells import YEAR
from .shape_text import listed, shaped_answer

NIL_ASKED = re.compile(r"^\s*(?:in\s+)?how many\s+(?P<items>[a-z][\w\s-]*?)\s+(?:had|have|has|showed?|recorded|reported)\s+"
                       r"(?:an?\s+)?(?P<kind>non-?nil|non-?zero|nil|zero|no)\s+(?P<measure>[^?,]+)", re.I)


def _has_figure(cell: Cell) -> bool:
    return cell.value is not None and cell.value != 0


def _cells(table: Table, question: str, measure: str, years: Sequence[int]) -> list[tuple[str, Cell]] | None:
    """(item, cell) of every item, or None unless each has a cell that is a figure or marked nil."""
    index = {(c.row, c.column): c for c in table.cells}
    if years:
        column = column_for(table, years[0], question)
        if column is None:
            return None
        pairs = [(r.split(SEP)[-1], index.get((r, column))) for r in item_rows(table, question)]
    else:
        line = measure_line(table, measure)
        if line is None:
            return None
        axis, label = line
        if axis == "row":
            pairs = [(c.split(SEP)[-1], index.get((label, c))) for c in table.columns
                     if not TOTAL_ROW.match(c.split(SEP)[-1])]
        else:
            pairs = [(r.split(SEP)[-1], index.get((r, label))) for r in item_rows(table, question) if r != label]
    if re.match(r"(?:fiscal\s+|financial\s+)?years?\b", NIL_ASKED.match(question).group("items"), re.I):
        pairs = [(item, c) for item, c in pairs if YEAR.fullmatch(item.strip())]
    if len(pairs) < 2 or any(c is None or (c.value is None and not nil_mark(c.text)) for _, c in pairs):
        return None
    return pairs


def nil_rows(ctx: AnswerContext, question: str, tables: list[tuple[int, Table]], years: Sequence[int],
             backend: str) -> Answer | None:
    """The count of the items whose cell has a figure ('non-nil', 'non-zero') or has none ('no', 'nil', 'zero'),
    every item's cell shown; None unless one table reads so for one year asked or none."""
    m = NIL_ASKED.match(question)
    if m is None or len(set(years)) > 1:
        return None
    wanted = m.group("kind").lower().startswith("non")
    read = one_table((passage, table, pairs) for passage, table in tables
                     if (pairs := _cells(table, question, m.group("measure"), years)) is not None)
    if read is None:
        return None
    passage, table, pairs = read
    met = [(item, c) for item, c in pairs if _has_figure(c) == wanted]
    figures = "; ".join(f"{item}: {c.text.strip() or '–'}" for item, c in pairs)
    names = [item for item, _ in met]
    derivation = {"op": "count", "operands": [{"value": n, "label": n, "citation": 1} for n in names],
                  "result": str(len(met))}
    text = f"**{len(met)}**" + (f" ({listed(names)})" if names else "") + f". {figures} [1]"
    return shaped_answer(ctx, [RowHit(passage, table, table.rows[0], 0.0)], text, str(len(met)), "computed",
                         backend, derivation=derivation)

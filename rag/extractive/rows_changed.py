"""'How many items increased from 2020 to 2021?': the rows whose figure moved the way asked between the two years,
counted. A count of rows meeting a change is read from both years' columns of one table, every row in both (a row
missing one year's figure leaves the count unknown); totals and subtotals are no items."""

from __future__ import annotations

import re

from ingest.tables import SEP

from ..types import Answer, AnswerContext
from .cells import RowHit
from .row_sets import year_column_cells
from .shape_text import scaled, shaped_answer

_UP = re.compile(r"\b(?:increas\w*|r[io]se|risen|grew|grown|went up|gone up|improv\w*)\b", re.I)
_DOWN = re.compile(r"\b(?:decreas\w*|declin\w*|fell|fallen|dropped|went down|gone down|shrank|reduc\w*)\b", re.I)
# the rows are the subject of the verb ('how many items increased'); 'how many points did X increase' asks a change
_HOW_MANY = re.compile(r"^\s*how many\b(?!\s+(?:of the\s+)?(?:fiscal\s+|financial\s+)?(?:years|periods|times)\b)"
                       r"(?![^?]*\b(?:did|does|do|will|would|can|could)\b)", re.I)


def direction_asked(question: str) -> int | None:
    """+1 when a 'how many' question counts rows that rose, -1 that fell, None when it asks no one direction."""
    if not _HOW_MANY.search(question):
        return None
    up, down = bool(_UP.search(question)), bool(_DOWN.search(question))
    return None if up == down else (1 if up else -1)


def rows_changed(ctx: AnswerContext, tables, question: str, years: list[int], backend: str) -> Answer | None:
    """The count of rows whose figure rose (or fell) from the earlier year asked to the later, each row cited."""
    sign = direction_asked(question)
    if sign is None or len(set(years)) != 2:
        return None
    early, late = min(years), max(years)
    before = {p: (t, cells) for p, t, cells in year_column_cells(tables, early, question)}
    for passage, table, after in year_column_cells(tables, late, question):
        if passage not in before or before[passage][0] is not table:
            continue
        old = {c.row: c for c in before[passage][1]}
        if len(after) < 2 or {c.row for c in after} != set(old):
            continue  # a row without both years' figures: its direction is not given
        met = [c for c in after if (c.value - old[c.row].value) * sign > 0]
        hit = RowHit(passage, table, after[0].row, 0.0)
        derivation = {"op": "count", "operands": [{"value": c.text, "citation": 1} for c in met], "result": str(len(met))}
        names = ", ".join(c.row.split(SEP)[-1] for c in met) or "none"
        figures = "; ".join(f"{c.row.split(SEP)[-1]}: {scaled(old[c.row])} -> {scaled(c)}" for c in after)
        text = f"**{len(met)}** ({names}). {early} to {late} — {figures} [1]"
        return shaped_answer(ctx, [hit], text, str(len(met)), "computed", backend, derivation=derivation)
    return None

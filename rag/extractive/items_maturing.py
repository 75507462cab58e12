"""Instruments counted by when they mature or whether a year holds them ('How many bonds mature after 2025?', 'How
many of the bonds outstanding at the end of 2020 mature after 2025?', 'How many bonds were outstanding at the end of
2019?'): the items are the rows whose label's head noun is the thing counted ('EUR 800 million bond 2020/2030'; not
'Commercial paper', nor a 'Senior bonds' heading); one matures in the year its maturity column writes, else the last
year its label names ('2017/2027'); one is outstanding in a year when that year's column gives it a figure ('—': not)."""

from __future__ import annotations

import re

from ingest.tables import SEP, Table

from ..types import Answer, AnswerContext
from .cells import RowHit, year_of
from .gates_counted import asked_counted, label_head
from .item_rows import item_rows
from .passage_tables import one_table
from .shape_text import listed, shaped_answer

_YEAR = r"(?:fy\s*|fiscal\s+(?:year\s+)?)?((?:19|20)\d{2})"
# 'How many (of the) bonds (were) outstanding at the end of 2020 (will) mature after 2025?'
MATURING = re.compile(rf"^\s*(?:in\s+)?how many\s+(?:of\s+(?:the|its|our)\s+)?[a-z][\w\s-]*?\s+(?:(?:were|are|was|is)\s+)?"
                      rf"(?:outstanding\s+(?:at\s+(?:the\s+)?end\s+of|at|as\s+of|in|on|for)\s+(?:(?:the\s+)?(?:fiscal\s+)?year\s+)?"
                      rf"{_YEAR}\s*)?(?:(?:will\s+|do\s+|did\s+)?(?:mature|matures|maturing|(?:are|is|fall|falls)\s+due|due)\s+"
                      rf"(?P<how>after|before|in|by)\s+{_YEAR})?\s*\??\s*$", re.I)
_MATURITY_HEADER = re.compile(r"\b(?:matur\w*|due|expir\w*|repayment)\b", re.I)
_YEARS = re.compile(r"\b(?:19|20)\d{2}\b")


def maturity_year(table: Table, row: str) -> int | None:
    """The year row `row` matures: the last year its maturity column's cell writes ('March 2080 (1)'), else the
    last year its label writes ('bond 2017/2027'); None when neither says."""
    columns = [c for c in table.columns if _MATURITY_HEADER.search(c.split(SEP)[-1])]
    cells = [c.text for c in table.cells if c.row == row and c.column in columns]
    for text in cells + [row.split(SEP)[-1]]:
        found = _YEARS.findall(text)
        if found:
            return int(found[-1])
    return None


def _met(year: int, how: str, bound: int) -> bool:
    """Whether a maturity `year` falls as asked: after, before, by (not later than) or in the year `bound`."""
    return {"after": year > bound, "before": year < bound, "by": year <= bound, "in": year == bound}[how]


def maturing(table: Table, question: str, held: int | None, how: str | None, bound: int | None) -> list[str] | None:
    """The rows counted: the items named by the thing asked, outstanding in `held` (when asked) and maturing as
    asked (when asked); None unless at least two items and each has what the condition reads."""
    asked = asked_counted(question)
    items = [r for r in item_rows(table, question) if asked and label_head(r.split(SEP)[-1]) == asked]
    if len(items) < 2:
        return None
    if held is not None:
        columns = [c for c in table.columns if year_of(c) == held and not _MATURITY_HEADER.search(c)]
        if len(columns) != 1:
            return None
        figures = {c.row for c in table.cells if c.column == columns[0] and c.value is not None}
        items = [r for r in items if r in figures]
    if how is not None:
        years = {r: maturity_year(table, r) for r in items}
        if any(y is None for y in years.values()):
            return None
        items = [r for r in items if _met(years[r], how.lower(), bound)]
    return items


def items_maturing(ctx: AnswerContext, question: str, tables: list[tuple[int, Table]], backend: str) -> Answer | None:
    """The count of the items maturing as asked (or outstanding in the year asked), listed after it; None unless
    the question asks so and one table reads it."""
    m = MATURING.match(question)
    if m is None or (m.group(1) is None and m.group("how") is None):
        return None
    held = int(m.group(1)) if m.group(1) else None
    bound = int(m.group(3)) if m.group(3) else None
    read = one_table((p, t, rows) for p, t in tables if (rows := maturing(t, question, held, m.group("how"), bound)) is not None)
    if read is None or not read[2]:
        return None
    passage, table, rows = read
    names = [r.split(SEP)[-1] for r in rows]
    each = "; ".join(f"{n}: matures {maturity_year(table, r)}" for n, r in zip(names, rows)) if bound else listed(names)
    derivation = {"op": "count", "operands": [{"value": n, "label": n, "citation": 1} for n in names], "result": str(len(rows))}
    text = f"**{len(rows)}** ({listed(names)}). {each} [1]"
    return shaped_answer(ctx, [RowHit(passage, table, rows[0], 0.0)], text, str(len(rows)), "computed", backend,
                         derivation=derivation)

"""Rows that moved one way between two years ('Which expense items decreased from 2019 to 2020?', 'How many
KPIs increased from 2017/18 to 2018/19?'): a table's item rows (totals and headings left out) whose figure in
the later year's column is below (or above) the earlier year's, named or counted, every row's pair shown."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.tables import SEP, Table

from ..types import Answer, AnswerContext
from .cells import TOTAL_ROW, RowHit, year_of
from .passage_tables import one_table
from .shape_text import listed, scaled, shaped_answer
from .subtotal_rows import heads_items

_DOWN = r"decreased|declined|fell|dropped|went down|were lower|was lower"
_UP = r"increased|rose|grew|went up|were higher|was higher"
# 'How many X decreased from 2019 to 2020?', 'Which X increased between 2018 and 2019?'
CHANGED_ROWS = re.compile(rf"^\s*(?P<ask>how many|which|what)\s+(?!(?:of the\s+)?(?:fiscal\s+|financial\s+)?(?:years?|periods?)\b)"
                          rf"[a-z][\w\s,-]*?\s(?:have\s+|had\s+)?(?P<way>{_DOWN}|{_UP})\s+(?:from|between)\s+[^?]*\??\s*$", re.I)


def changed_rows(table: Table, early: int, late: int, down: bool) -> list[tuple[str, float, float]] | None:
    """Each item row's (label, early figure, late figure) when it moved the way asked; None unless the table
    has one column per year and every item row has both figures (a partial table lists no complete set)."""
    cols = {y: [c for c in table.columns if year_of(c) == y] for y in (early, late)}
    if any(len(c) != 1 for c in cols.values()):
        return None
    figures = {(c.row, c.column): c for c in table.cells if c.value is not None}
    items = [r for r in table.rows if not TOTAL_ROW.match(r.split(SEP)[-1]) and not heads_items(r, table.rows)
             and any((r, col) in figures for col in table.columns)]
    pairs = [(r, figures.get((r, cols[early][0])), figures.get((r, cols[late][0]))) for r in items]
    if len(pairs) < 2 or any(a is None or b is None for _, a, b in pairs):
        return None
    return [(r, a, b) for r, a, b in pairs if (b.value < a.value if down else b.value > a.value)]


def changed_answer(ctx: AnswerContext, question: str, tables: list[tuple[int, Table]], years: Sequence[int],
                   backend: str) -> Answer | None:
    """The rows that moved the way asked between the two years asked, named ('which') or counted ('how many');
    None unless exactly one retrieved table (maybe repeated) reads so."""
    m = CHANGED_ROWS.match(question)
    if m is None or len(set(years)) != 2:
        return None
    early, late = min(years), max(years)
    down = bool(re.fullmatch(_DOWN, m.group("way"), re.I))
    read = one_table((passage, table, moved) for passage, table in tables
                     if (moved := changed_rows(table, early, late, down)) is not None)
    if read is None:
        return None
    passage, table, moved = read
    if not moved:
        return None
    names = [r.split(SEP)[-1] for r, _, _ in moved]
    hit = RowHit(passage, table, moved[0][0], 0.0)
    figures = "; ".join(f"{n}: {scaled(a)} ({early}) vs {scaled(b)} ({late})" for n, (_, a, b) in zip(names, moved))
    if m.group("ask").lower() == "how many":
        derivation = {"op": "count", "operands": [{"value": b.text, "citation": 1} for _, _, b in moved],
                      "result": str(len(moved))}
        text = f"**{len(moved)}** ({listed(names)}). {figures} [1]"
        return shaped_answer(ctx, [hit], text, str(len(moved)), "computed", backend, derivation=derivation)
    lead = listed(names)
    return shaped_answer(ctx, [hit], f"**{lead}**. {figures} [1]", lead, "list", backend)

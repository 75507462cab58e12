"""Rows that moved one way between two years ('Which expense items decreased from 2019 to 2020?', 'How many
KPIs increased from 2017/18 to 2018/19?', 'Which segments had lower revenues in FY2020 than in FY2019?'): a
table's item rows (item_rows) whose figure in one year's column is below (or above) the other's, named or
counted, every row's pair shown. 'Lower in A than in B' is 'decreased from B to A', whatever the order."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.tables import SEP, Table

from ..types import Answer, AnswerContext
from .cells import RowHit, year_of
from .passage_tables import one_table
from .shape_text import listed, scaled, shaped_answer
from .item_rows import item_rows

# a movement said by its verb or by its noun ('had a decrease in revenue'); after 'did' ('did revenue decrease') only
# in 'in how many X', whose X are rows: 'how many points did the margin increase' asks a change by a count
_DOWN = (r"decreased|declined|fell|dropped|went down|were lower|was lower|(?(fronted)(?:decrease|decline|fall|drop))|"
         r"(?:had|saw|recorded|reported|posted|showed)\s+an?\s+(?:decrease|decline|drop|fall|reduction)(?:\s+in\s+[\w\s-]+?)?")
_UP = (r"increased|rose|grew|went up|were higher|was higher|(?(fronted)(?:increase|rise|grow))|"
       r"(?:had|saw|recorded|reported|posted|showed)\s+an?\s+(?:increase|rise|growth)(?:\s+in\s+[\w\s-]+?)?")
_DOWN_WORD = re.compile(r"\b(?:decreas|declin|fell|fall|drop|went down|lower|reduction)", re.I)
# 'How many X decreased from 2019 to 2020?', 'Which X increased between 2018 and 2019?', 'In how many X did Y decrease ...'
CHANGED_ROWS = re.compile(rf"^\s*(?P<fronted>in\s+)?(?P<ask>how many|which|what)\s+(?!(?:of the\s+)?(?:fiscal\s+|financial\s+)?(?:years?|periods?)\b)"
                          rf"[a-z][\w\s,-]*?\s(?:have\s+|had\s+)?(?P<way>{_DOWN}|{_UP})\s+(?:from|between)\s+[^?]*\??\s*$", re.I)
_LOWER = r"lower|less|smaller|fewer"
_YEAR = r"(?:fy\s*|fiscal\s+(?:year\s+)?)?((?:19|20)\d{2})"
# 'Which segments had lower net revenues in FY2020 than in FY2019?', 'How many products had higher volume in 2019 than 2018?'
THAN_ROWS = re.compile(rf"^\s*(?:in\s+)?(?P<ask>how many|which|what)\s+(?!(?:of the\s+)?(?:fiscal\s+|financial\s+)?(?:years?|periods?)\b)"
                       rf"[a-z][\w\s,-]*?\s(?:have|had|has|were|was|showed|recorded|reported|posted)\s+(?:an?\s+)?"
                       rf"(?P<way>{_LOWER}|higher|more|larger|greater|bigger)\s+[^?]*?\b(?:in|for|during)\s+(?:the\s+)?{_YEAR}\s+"
                       rf"than\s+(?:in\s+|for\s+|during\s+)?(?:the\s+)?{_YEAR}\s*\??\s*$", re.I)


def changed_rows(table: Table, early: int, late: int, down: bool,
                 question: str = "") -> list[tuple[str, float, float]] | None:
    """Each item row's (label, early figure, late figure) when it moved the way asked; None unless the table
    has one column per year and every item row has both figures (a partial table lists no complete set)."""
    cols = {y: [c for c in table.columns if year_of(c) == y] for y in (early, late)}
    if any(len(c) != 1 for c in cols.values()):
        return None
    figures = {(c.row, c.column): c for c in table.cells if c.value is not None}
    items = [r for r in item_rows(table, question) if any((r, col) in figures for col in table.columns)]
    pairs = [(r, figures.get((r, cols[early][0])), figures.get((r, cols[late][0]))) for r in items]
    if len(pairs) < 2 or any(a is None or b is None for _, a, b in pairs):
        return None
    return [(r, a, b) for r, a, b in pairs if (b.value < a.value if down else b.value > a.value)]


def changed_answer(ctx: AnswerContext, question: str, tables: list[tuple[int, Table]], years: Sequence[int],
                   backend: str) -> Answer | None:
    """The rows that moved the way asked between the two years asked, named ('which') or counted ('how many');
    None unless exactly one retrieved table (maybe repeated) reads so."""
    m = CHANGED_ROWS.match(question)
    than = THAN_ROWS.match(question) if m is None else None
    if (m or than) is None or len(set(years)) != 2:
        return None
    if m is not None:
        early, late = min(years), max(years)
        down = bool(_DOWN_WORD.search(m.group("way")))
    else:  # 'lower in A than in B': from B to A
        m, late, early = than, int(than.group(3)), int(than.group(4))
        down = bool(re.fullmatch(_LOWER, m.group("way"), re.I))
        if early == late or {early, late} != set(years):
            return None
    read = one_table((passage, table, moved) for passage, table in tables
                     if (moved := changed_rows(table, early, late, down, question)) is not None)
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

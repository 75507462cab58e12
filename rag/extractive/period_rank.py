"""Periods ranked by a row's move or its first crossing of a bound. 'In which year between 2020 and 2024 did the total
market grow fastest?': growth is ranked by the change between consecutive period columns (in percent of the earlier
figure), within the span asked, the later period of the pair named. 'In which year is penetration first expected to
exceed 10%?': the earliest period column meeting the bound (period_rank.first_met). A percent bound names the one
row of percent cells the question names in part ('penetration' of 'Penetration rate')."""

from __future__ import annotations

import re

from ingest.tables import SEP, Table

from ..types import Answer, AnswerContext
from .cells import RowHit, cell_at, words, year_of
from .column_choice import year_columns
from .shape_text import scaled, shaped_answer

# a growth ranked: 'grew fastest', 'the strongest growth', 'grow most slowly'
_GROWTH = re.compile(r"\b(?:gr[eo]w(?:s|n|ing)?|growth|expand\w*|increas\w*)\b", re.I)
_FAST = re.compile(r"\b(?P<high>fastest|quickest|strongest|most rapidly|most quickly|highest|largest|biggest)\b|"
                   r"\b(?P<low>slowest|weakest|lowest|smallest|least)\b", re.I)
_FIRST = re.compile(r"\b(?P<first>first|earliest)\b|\b(?P<last>last|latest)\b", re.I)


def fastest_year(ctx: AnswerContext, hit: RowHit, question: str, years: tuple[int, ...], backend: str) -> Answer | None:
    """The period whose figure grew fastest (slowest when asked) from the period just before, over the row's
    consecutive year columns within the span asked (the span's first year the base of its first change); every
    change shown. None unless a growth is ranked, every column has a figure and no two changes tie, or when the row
    is itself a rate (percent figures, or a label naming growth): then its level is the growth ranked."""
    if not _GROWTH.search(question) or (m := _FAST.search(question)) is None:
        return None
    cols = sorted((year_of(c), c) for c in year_columns(hit.table, question))
    if len(years) >= 2:
        cols = [(y, c) for y, c in cols if min(years) <= y <= max(years)]
    cells = [(y, c, cell_at(hit, c)) for y, c in cols]
    if any(x is not None and x.unit == "%" for _, _, x in cells) or _GROWTH.search(hit.row):
        return None  # a row of rates ('Same-store sales growth (%)') is the growth itself: its level is ranked
    if len(cells) < 3 or any(x is None or x.value is None for _, _, x in cells) \
            or any(b - a != 1 for (a, _, _), (b, _, _) in zip(cells, cells[1:])):
        return None
    moves = [(c, (x.value - p.value) / abs(p.value) * 100) for (_, _, p), (_, c, x) in zip(cells, cells[1:]) if p.value]
    if len(moves) != len(cells) - 1:
        return None
    ranked = sorted(moves, key=lambda cm: cm[1], reverse=m.group("high") is not None)
    if round(ranked[0][1], 6) == round(ranked[1][1], 6):
        return None  # a tie names no one period
    label = ranked[0][0].split(SEP)[-1]
    shown = "; ".join(f"{c.split(SEP)[-1]}: {g:+.1f}%" for c, g in moves)
    figures = "; ".join(f"{c.split(SEP)[-1]}: {scaled(x)}" for _, c, x in cells)
    text = f"**{label}**. {hit.row.split(SEP)[-1]}, change on the year before: {shown}. {figures} [1]"
    return shaped_answer(ctx, [hit], text, label, "which", backend)


def first_met(question: str, met: list[str]) -> list[str]:
    """The period columns (table order) meeting a bound, narrowed to the earliest when 'first' is asked (the latest
    for 'last'): the first period X exceeds L is the earliest column whose figure meets L."""
    m = _FIRST.search(question)
    if m is None or not met:
        return met
    return [met[0]] if m.group("first") else [met[-1]]


def percent_line(tables: list[tuple[int, Table]], question: str) -> RowHit | None:
    """The one row of percent figures (in a table of period columns) some of whose label words the question says
    ('penetration' of 'Penetration rate'): a percent bound ('exceed 10%') is met by a percent row. None unless one."""
    said = set(words(question))
    found: dict[tuple, RowHit] = {}
    for passage, table in tables:
        for row in table.rows:
            cells = [c for c in table.cells if c.row == row and c.value is not None and year_of(c.column) is not None]
            if len(cells) >= 2 and all(c.unit == "%" for c in cells) and set(words(row.split(SEP)[-1])) & said:
                found.setdefault((tuple(table.columns), row), RowHit(passage, table, row, 0.5))  # a table over chunks: one
    return next(iter(found.values())) if len(found) == 1 else None

"""A roll-forward written down the rows ('Stores at January 1, 2021 | Openings | Closures | Stores at December 31,
2021'; 'Balance at December 31, 2019 | Additions | ... | Balance at December 31, 2020'): a change during a year runs
from the balance at the year's opening (dated January 1 of it, or the close of the year before) to the balance at its
close, in the column the question names; the movement rows between them are no period's figure."""

from __future__ import annotations

import re

from ingest.tables import SEP, Table
from ingest.year_parts import MONTH_ABBREVIATION, MONTH_ABBREVIATIONS

from ..types import Answer, AnswerContext
from .cells import RowHit, table_topic, words
from .derivation import calculate, computed_answer, operand
from .period_cells import located
from .shape_text import citation_n
from .slots import Slots

_MONTHS = MONTH_ABBREVIATIONS
_MONTH = rf"(?P<m>{MONTH_ABBREVIATION})[a-z]*\.?"
_YEAR = r"(?P<y>(?:19|20)\d{2})"
# the date a balance row is struck at, closing its label: 'at January 1, 2021', 'as at 31 December 2020', 'as of 12/31/2019'
_DATED = re.compile(r"\b(?:at|as at|as of)\s+(?:" + _MONTH + r"\s+(?P<d>\d{1,2}),?\s+" + _YEAR + r"|(?P<d2>\d{1,2})\s+"
                    + _MONTH.replace("?P<m>", "?P<m2>") + r",?\s+" + _YEAR.replace("?P<y>", "?P<y2>")
                    + r"|(?P<m3>\d{1,2})/(?P<d3>\d{1,2})/" + _YEAR.replace("?P<y>", "?P<y3>") + r")\s*$", re.I)
_OPENING = re.compile(r"\b(?:beginning|start|opening)\b", re.I)
# asked words that name no balance: the operation and its period ('the net change in stores during 2021')
_GENERIC = frozenset(words("net change increase decrease during number percentage"))


def closes_year(label: str) -> int | None:
    """The year whose close a balance row states: 'at December 31, 2020' -> 2020, 'at January 1, 2021' -> 2020 (a
    year opens with the balance the one before closed with), '31 March 2021' -> 2021; None for an undated row."""
    m = _DATED.search(label)
    if m is None or _OPENING.search(label):
        return None
    if m.group("y"):
        year, month, day = int(m.group("y")), _MONTHS.index(m.group("m").lower()) + 1, int(m.group("d"))
    elif m.group("y2"):
        year, month, day = int(m.group("y2")), _MONTHS.index(m.group("m2").lower()) + 1, int(m.group("d2"))
    else:
        year, month, day = int(m.group("y3")), int(m.group("m3")), int(m.group("d3"))
    return year - 1 if (month, day) == (1, 1) else year


def balance_ends(table: Table, year: int | None) -> tuple[str, str] | None:
    """(opening row, closing row) of the change during `year` (None: the table's only two balances), the opening
    above the closing with a movement row between them; None when the table is no such roll-forward."""
    dated = [(i, r, y) for i, r in enumerate(table.rows) if SEP not in r and (y := closes_year(r)) is not None]
    if year is None:
        pairs = [(dated[0], dated[1])] if len(dated) == 2 else []
    else:
        pairs = [(a, b) for a in dated for b in dated if a[2] == year - 1 and b[2] == year and a[0] < b[0]]
    if len(pairs) > 1:  # 'Exercisable at December 31, 2024' under 'Outstanding at ...': the balance carried is the one
        pairs = [(a, b) for a, b in pairs if _stem(a[1]) == _stem(b[1])] or pairs  # the opening row's label names
    if len(pairs) != 1 or pairs[0][1][0] - pairs[0][0][0] < 2:
        return None
    return pairs[0][0][1], pairs[0][1][1]


def _stem(label: str) -> str:
    """A balance row's label without its date: 'Outstanding at January 1, 2024' -> 'outstanding'."""
    return " ".join(words(_DATED.sub(" ", label)))


def _column(table: Table, asked: set[str]) -> str | None:
    """The one value column whose header words the question all says, or the table's only value column."""
    named = [c for c in table.columns if words(c) and set(words(c)) <= asked]
    valued = [c for c in table.columns if any(x.column == c and x.value is not None for x in table.cells)]
    if len(named) == 1:
        return named[0]
    return valued[0] if not named and len(valued) == 1 else None


def _measure_named(ctx: AnswerContext, passage: int, table: Table, closing: str, asked: set[str]) -> bool:
    """The balances are what the question asks: the closing row's own words ('Stores at ...') say an asked word, or,
    when it is a bare 'Balance at ...', the table's topic or a retrieved passage of its page does (its title line)."""
    own = set(words(_DATED.sub(" ", closing))) - {"balance"}
    wanted = asked - set(words(" ".join(table.columns)))
    if own:
        return bool(own & wanted)
    chunk = ctx.passages[passage].chunk
    page = {w for p in ctx.passages if p.chunk.doc_id == chunk.doc_id and p.chunk.page == chunk.page
            for w in words(p.chunk.text)}
    return bool((table_topic(table) | page) & wanted - _GENERIC)


def balance_change(ctx: AnswerContext, slots: Slots, tables: list[tuple[int, Table]], op: str,
                   backend: str) -> Answer | None:
    """The change (or % change) during the one year asked of a roll-forward down the rows: closing balance less
    opening, in the column named; the table's balances (their label or its topic) must be what the question asks."""
    years = sorted(set(slots.years))
    if op not in ("change", "percent_change") or len(years) > 1:
        return None
    asked = set(words(ctx.question))
    found, seen = [], set()
    for passage, table in tables:
        key = (tuple(table.rows), tuple(table.columns), tuple(c.text for c in table.cells))
        if key in seen:
            continue  # one table carried by each chunk it was split over
        seen.add(key)
        ends = balance_ends(table, years[0] if years else None)
        column = _column(table, asked) if ends else None
        if ends is None or column is None:
            continue
        if not _measure_named(ctx, passage, table, ends[1], asked):
            continue
        cells = [next((c for c in table.cells if c.row == r and c.column == column and c.value is not None), None)
                 for r in (ends[1], ends[0])]
        if None not in cells:
            found.append((passage, table, cells))
    if len(found) != 1:
        return None
    passage, table, cells = found[0]
    hits = []
    for cell in cells:
        hit = located(ctx, RowHit(passage, table, cell.row, 1.0), [cell])
        if hit is None:
            return None
        hits.append(hit)
    result = calculate(op, [operand(c, citation_n(ctx, hits, h)) for c, h in zip(cells, hits)])
    return computed_answer(ctx, hits, result, backend) if result is not None else None

"""A table whose rows are periods and whose columns are measures ('Year | Revenue | Headcount' over '2019 | ...',
'First quarter 2021 | 2,150 | $ 212.48'), read turned so its periods are columns: the cell code addresses a
measure's row and a period's column, whichever axis the table prints the periods on (issue 13)."""

from __future__ import annotations

import re

from dataclasses import replace

from ingest.tables import SEP, Table
from ingest.year_parts import HALF_CODE, HALF_ORDINAL, MONTH_ABBREVIATION, MONTH_NAME, PART_CODE, QUARTER_CODE, QUARTER_ORDINAL

# a year, also a season or fiscal year written over the two calendar years it spans ('2023/24', '2023-24', 'FY2024/25'),
# or a fiscal year written short ('FY24')
_YEAR = r"(?:(?:(?:FY|fiscal(?: year)?|full[- ]year|year|total)\s*)?(?:19|20)\d{2}(?:/(?:(?:19|20)\d{2}|\d{2})|[-–]\d{2}(?!\d))?|FY\s?['’]?\d{2})"
_QUARTER = rf"(?:{QUARTER_ORDINAL}\s+(?:fiscal\s+)?quarter|{QUARTER_CODE})"
# a period alone: a year ('2019', 'FY2019', 'Fiscal year 2019') or a quarter of one ('First quarter 2021', 'Q1 2021')
# a mark a period label may carry and that does not change the period: an estimate or forecast ('2025E', '2030F',
# '2024p'), a note ('2024(1)', '2024*', '2024¹', '2024 (p)'), or both ('2025F(1)', 'Q4 24(p)')
_MARK = r"(?:\s?[EFP]|\s?\((?:[EFP]|\d{1,2}|[a-z])\)|\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+){0,2}"
_HALF = rf"(?:{HALF_CODE}|{HALF_ORDINAL}\s+half)"
# a quarter or half dated with two digits ('Q4 24', '1H25', "Q3 '23"), and a period's end date ('30 June 2024',
# 'December 31, 2023', 'Mar 2025'): a row of a table of half-years, quarters or months
_SHORT_PART = rf"{PART_CODE}\s?['’]?\d{{2}}(?!\d)"
_MONTH = rf"(?:{MONTH_NAME}|(?:{MONTH_ABBREVIATION})\.?)"
_DATE = rf"(?:(?:\d{{1,2}}\s+)?{_MONTH}\s+(?:\d{{1,2}},?\s+)?(?:19|20)\d{{2}})"
_PERIOD_LABEL = re.compile(rf"(?:{_YEAR}|{_QUARTER},?\s+(?:of\s+)?{_YEAR}|{_YEAR}\s+{_QUARTER}|{_HALF},?\s+(?:of\s+)?{_YEAR}"
                           rf"|{_SHORT_PART}|{_DATE})"
                           rf"{_MARK}", re.I)
_YEAR_IN = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")  # 'FY2019' too, as _YEAR_LABEL reads it
_TOTAL = re.compile(r"total(?:\s+(?:19|20)\d{2})?", re.I)  # 'Total 2021': as turned here
# the row closing a schedule of periods: the periods after the last one listed ('Thereafter', 'Later years') or their total
_SCHEDULE_END = re.compile(r"(?:thereafter|later years?|after that|beyond|total)\b", re.I)


def years_as_rows(table: Table, derived: bool = True) -> bool:
    """Every row label (two or more) is a period alone (an estimate or note mark kept: '2025E', '2024(1)') and no column
    names a year, and the rows are no dated events (`_events`): the periods head the rows.
    A closing 'Total' row may follow periods of one year (a year's quarters): it is that year's figure; with
    `derived`, so may rows derived from the periods ('YoY change', 'CAGR 2020-2024'), which are no alternative period."""
    rows = schedule_rows([r.strip() for r in table.rows], derived)
    if rows and _TOTAL.fullmatch(rows[-1]) and len({y for r in rows[:-1] for y in _YEAR_IN.findall(r)}) == 1:
        rows = rows[:-1]
    return len(rows) >= 2 and all(period_row(r) for r in rows) and not _events(table) \
        and bool(table.columns) and not any(_YEAR_IN.search(c) for c in table.columns)


def _events(table: Table) -> bool:
    """Rows dated rather than periods: a date repeated ('Feb 2025', 'Feb 2025 (2)': two deals that month) or cells
    mostly words (a deal log's company, segment and investor): each row is an event, not one period's figures."""
    stems = [re.sub(r"\s\(\d\)$", "", r.strip()) for r in table.rows]
    filled = [c for c in table.cells if c.text.strip()]
    return len(set(stems)) < len(stems) or sum(c.value is None for c in filled) * 2 > len(filled)


# a part of a year alone, as a row under its year's heading prints it ('2024 › Q1', '2024 › Full year')
_PART_ALONE = re.compile(rf"(?:{_QUARTER}|{_HALF}|full[- ]year|year){_MARK}", re.I)


def period_row(row: str) -> bool:
    """Whether a row path is a period: a period label alone ('Q4 24(p)', '30 June 2024', 'FY 2024'), or a part of a
    year under that year's heading ('2023 › Q2', '2023 › Full year 2023')."""
    parts = [p.strip() for p in row.split(SEP)]
    if len(parts) == 1:
        return bool(_PERIOD_LABEL.fullmatch(parts[0]))
    return len(parts) == 2 and bool(_PERIOD_LABEL.fullmatch(parts[0])) \
        and bool(_PART_ALONE.fullmatch(parts[1]) or _PERIOD_LABEL.fullmatch(parts[1]))


# a row closing a table of periods with a figure derived from them: a change, a growth rate, a CAGR
_DERIVED = re.compile(r"(?:yoy|y/y|year[- ]on[- ]year|cagr|%\s*change|change|growth|increase|variance)\b", re.I)


def schedule_rows(rows: list[str], derived: bool = True) -> list[str]:
    """The period rows of a maturity schedule ('2024 | ... | 2028 | Thereafter | Total lease payments | Less: imputed
    interest | Present value ...'): two or more periods, then rows naming no year from a 'Thereafter' or 'Total' row on;
    with `derived`, also two or more periods closed only by rows derived from them ('YoY change'); else the rows
    themselves."""
    n = next((i for i, r in enumerate(rows) if not period_row(r)), len(rows))
    tail = rows[n:]
    if n >= 2 and len(tail) >= 2 and _SCHEDULE_END.match(tail[0]) and not any(_YEAR_IN.search(r) for r in tail):
        return rows[:n]
    if derived and n >= 2 and tail and all(_DERIVED.match(r) for r in tail):
        return rows[:n]  # 'YoY change', 'CAGR 2020-2024': figures derived from the period rows above, no period
    return rows


def swapped(table: Table) -> Table:
    """`table` with its rows and columns exchanged, cells kept."""
    cells = [replace(c, row=c.column, column=c.row) for c in table.cells]
    return replace(table, rows=list(table.columns), columns=list(table.rows), cells=cells)


def with_period_rows(table: Table) -> Table:
    """`table` turned back when its columns are periods alone (as `with_year_columns` reads a table printed
    with period rows): a question asking which period reads the periods as the alternatives, rows; else itself."""
    other = swapped(table)
    return other if years_as_rows(other, derived=False) else table


def periods_under_headings(table: Table) -> bool:
    """Every row is a period under a heading ('Inventory reserves › Fiscal 2023', '... › Fiscal 2022', 'Allowance for
    credit losses › Fiscal 2023', ...), two or more periods under each, and no column names a year: a block of
    period rows per item, its columns the item's measures."""
    parts = [r.rsplit(SEP, 1) for r in table.rows]
    if len(parts) < 2 or not table.columns or any(_YEAR_IN.search(c) for c in table.columns):
        return False
    if any(len(p) != 2 or not _PERIOD_LABEL.fullmatch(p[1].strip()) for p in parts):
        return False
    heads = [p[0] for p in parts]
    return all(heads.count(h) >= 2 for h in heads) and len({(p[0], p[1].strip()) for p in parts}) == len(parts)


def _headed_turned(table: Table) -> Table:
    """A `periods_under_headings` table read with its periods as columns, each heading's measures as its rows
    ('Inventory reserves › Balance at End of Period' over 'Fiscal 2023 | Fiscal 2022 | Fiscal 2021')."""
    heads = list(dict.fromkeys(r.rsplit(SEP, 1)[0] for r in table.rows))
    periods = list(dict.fromkeys(r.rsplit(SEP, 1)[1].strip() for r in table.rows))
    cells = [replace(c, row=f"{c.row.rsplit(SEP, 1)[0]}{SEP}{c.column}", column=c.row.rsplit(SEP, 1)[1].strip())
             for c in table.cells]
    rows = [f"{h}{SEP}{c}" for h in heads for c in table.columns]
    return replace(table, rows=rows, columns=periods, cells=cells)


def with_year_columns(table: Table) -> Table:
    """`table` turned (rows for columns) when its rows are periods (`years_as_rows`), or periods under headings
    (`periods_under_headings`), else itself; a closing total of one year's periods becomes that year's column
    ('Total' -> 'Total 2021')."""
    if periods_under_headings(table):
        return _headed_turned(table)
    if not years_as_rows(table):
        return table
    names = {r: r for r in table.rows}
    if _TOTAL.fullmatch(table.rows[-1].strip()) and not _YEAR_IN.search(table.rows[-1]):
        if first := _YEAR_IN.findall(table.rows[0]):
            names[table.rows[-1]] = f"{table.rows[-1].strip()} {first[0]}"
    cells = [replace(c, row=c.column, column=names[c.row]) for c in table.cells]
    return replace(table, rows=list(table.columns), columns=[names[r] for r in table.rows], cells=cells)

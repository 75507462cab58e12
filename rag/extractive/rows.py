"""Table rows as the chunker writes them ('Rank: 10; Company name: MiniMax; Market share, %: 0.3%'):
the one place that knows their form, so a new row format (issue 13) changes only this module."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ingest.cell_values import unit_of
from ingest.figures import CANONICAL_CODES, Figure
from ingest.row_lines import cells_note
from ingest.tables import Table
from ingest.keyword import tokenize

from .periods import span_asked
from .restated_columns import restated_column
from .slots import Slots


# a table row line as the chunker writes it: 'Label — 2019: 12; 2018: 10' (a dash, then a column name and a colon)
ROW_LINE = re.compile(r" — [^:;]{1,80}: ")
# a row line's first cell is named with the row's label before it ('Label — 2019'), however long the label:
# a long one ('Benefits paid from the scheme assets to members and their dependants') keeps its first cell
_CELL = re.compile(r"(?:^|; )([^:;]{1,60}|[^:;—]{1,200} — [^:;—]{1,60}): ([^;]*)")
# a cell of a row line 'Label — 2019: 65; 2018: (114)': its column name is what follows the label's dash,
# however long the label ('Industrial Solutions › Aerospace, defense, oil, and gas')
_YEAR_CELL = re.compile(r"(?:^|; | — )([^:;—]{1,60}): ([^;]*)")


# the unit note a row line ends with when its table states the unit once: '(EUR millions)', '(USD)'
# or a multiplier scale ('(RMB 100 million)', '(RMB ten thousand)'), whose number is the note's, no cell's
_CURRENCY_NOTE = re.compile(rf"\(({'|'.join(CANONICAL_CODES)})(?: (?:thousands|millions|billions|trillions|100 millions?|"
                            r"ten thousand))?\)\s*$")


_PERCENT_NOTE = re.compile(r"\(%\)\s*$")


def noted_money(text: str, figures: list[Figure], tables: Sequence[Table] = ()) -> list[Figure]:
    """A row line whose unit note names a currency gives its bare cells that currency ('Free cash flow —
    2019: 4,411; 2018: 4,044 (EUR millions)': 4,411 is EUR). They stay counts too (a table-wide '$'
    note also heads its share counts): `pick.unit_figures` takes them for money or a count. A note the line
    leaves unwritten, as a cell writes its own unit, is read from the cells of its row in `tables` (`table_note`)."""
    if not is_row(text):
        return figures
    figures = column_units(text, figures)
    note = table_note(text, tables)
    text = text if note is None else f"{text} ({note})"
    m = _CURRENCY_NOTE.search(text)
    if _PERCENT_NOTE.search(text):  # 'Load factor — 2019: 88.7; 2018: 87.9 (%)': the table's rates, written once
        return [replace(f, unit="percent", value=f.number) if _bare(f) else f for f in figures]
    if m is None:
        currency = label_currency(text)
        return with_currency(figures, currency) if currency else figures
    return with_currency([f for f in figures if not m.start() <= f.start < m.end()], m.group(1))


def table_note(text: str, tables: Sequence[Table]) -> str | None:
    """The unit note of the bare cells of the row `text` renders (`row_lines.cells_note`: '12,547.7' under a table's
    'EUR million' beside 'CAGR: 10.7%'), which the index line does not write: the unit is the cells', kept with the
    chunk's table, so the answerer reads it while retrieval reads the line as written; None when no table row fits."""
    for t in tables:
        for path in t.rows:
            if text.startswith(f"{path} — "):
                cells = [c for c in t.cells if c.row == path]
                if any(c.text and c.text in text for c in cells):
                    return None if unit_of(path)[0] or unit_of(path)[1] else cells_note(cells)
    return None


def _bare(f: Figure) -> bool:
    """A figure written with no unit of its own (a count or a plain number, no currency): a note or heading gives it one."""
    return f.unit in ("count", "number") and f.currency is None


def column_units(text: str, figures: list[Figure]) -> list[Figure]:
    """A bare cell of a row line takes the unit its column's heading writes once for the column or its header
    group ('Market size (USD million) › 2023: 468.5' is USD, 'Share (%) › 2024: 31.8' and 'Monthly users as % of
    urban adult population › 2027F: 44.5' are percent): the heading states the unit of every cell under it."""
    spans = []
    for m in _YEAR_CELL.finditer(text):
        unit = unit_of(m.group(1))[0]
        if unit:
            spans.append((m.start(2), m.end(2), unit))
    if not spans:
        return figures
    out = []
    for f in figures:
        unit = next((u for a, b, u in spans if a <= f.start < b), None)
        if unit and _bare(f):
            f = replace(f, unit="percent", value=f.number) if unit == "%" else replace(f, currency=unit)
        out.append(f)
    return out


# a row label ending in a unit note ('Passenger revenue (€m) — FY2019: 6,842'): the note before the row's dash
_LABEL_NOTE = re.compile(r"\(([^()]{1,20})\)\s*(?:›[^—]*)?(?= — )")


def label_currency(text: str) -> str | None:
    """The currency a row line's label states in a unit note ('Passenger revenue (€m)', 'Revenue (EUR million)'),
    which the chunker leaves in the label rather than repeating it after the cells; None when it states none."""
    m = _LABEL_NOTE.search(text.split(" — ")[0] + " — ")
    unit = unit_of(m.group(1))[0] if m else None
    return unit if unit and unit != "%" else None


def with_currency(figures: list[Figure], currency: str) -> list[Figure]:
    """`figures` with each bare count given `currency` (a unit note's or a caption's); the rest as they are."""
    return [replace(f, currency=currency) if f.unit in ("count", "number") and f.currency is None
            else f for f in figures]


# a whole row line: its label, the dash, then its cells ('Broadband churn — Q1: 1.6%; Q2: 1.5%')
_ROW_PARTS = re.compile(r"^(?P<label>[^—]{1,120}) — (?P<cells>.+)$")


def row_line(text: str) -> tuple[str, list[tuple[str, str]]] | None:
    """A row line's label and its (column name, cell text) pairs, read here so the row form stays in this module;
    None for a text that is no 'Label — column: cell; ...' line."""
    m = _ROW_PARTS.match(text.strip())
    if m is None:
        return None
    return m.group("label").strip(), _CELL.findall(m.group("cells"))


def is_row(text: str) -> bool:
    """A labelled table row as the chunker writes it: 'Rank: 10; Company name: MiniMax; ...'."""
    return len(_CELL.findall(text)) >= 2 and "; " in text


def best_cell(text: str, info: Slots) -> tuple[int, int] | None:
    """Span of the row cell whose column name the question asks about (e.g. 'Market share, %'). A column is named by
    its header alone (the row's label before ' — ' names the row, not the first column), and of headers the question
    names alike in share, the one naming more of its words is asked ('Load factor 2024 (%)' over '2024')."""
    if not is_row(text):
        return None
    quarter = quarter_cell(text, info)
    if quarter is not None:
        return quarter
    wanted = set(info.terms)
    cells = [(m, m.group(1).split(" — ")[-1]) for m in _CELL.finditer(text)]  # each cell with its column's name
    # 'before the restatement' of '2023 as restated; 2023 as previously reported': the reported column
    restated = restated_column([name for _, name in cells], info.text)
    best, best_score = None, (0.0, 0)
    for m, name in cells:
        name_terms = set(tokenize(name))
        if info.rank is not None and "rank" in name_terms:
            continue  # "which company ranks third": the rank is the condition, not the answer
        share = len(name_terms & wanted) / max(1, len(name_terms))
        if info.unit == "percent" and "%" in m.group(1) + m.group(2):
            share += 0.5
        if info.unit == "rank" and "rank" in name_terms:
            share += 0.5
        if restated is not None and name == restated:
            share += 1.0
        score = (share, len(name_terms & wanted))
        if share > 0 and score > best_score and re.search(r"\d", m.group(2)):
            best, best_score = (m.start(2), m.end(2)), score
    return best


def quarter_cell(text: str, info: Slots) -> tuple[int, int] | None:
    """Span of the row cell of the one quarter asked ('the third quarter of 2025', 'Q3 2025'): the one column naming
    that quarter ('Q3'25', 'Third quarter 2025') of the year asked, if any; None unless exactly one."""
    from .quarter_cells import names_quarter, quarters_asked
    from .cells import year_of

    quarters = quarters_asked(info.text)
    if len(quarters) != 1:
        return None
    years = set(info.years)
    found = [m for m in _CELL.finditer(text) if re.search(r"\d", m.group(2))
             and names_quarter(name := m.group(1).split(" — ")[-1], quarters[0])
             and (not years or year_of(name) in years)]
    return (found[0].start(2), found[0].end(2)) if len(found) == 1 else None


def entity_cell(text: str, info: Slots) -> str | None:
    """For 'which company ...' questions on a table row: the first named cell the question lacks."""
    if not is_row(text):
        return None
    asked = info.text.lower()
    for m in _CELL.finditer(text):
        value = m.group(2).strip()
        if value and not re.search(r"\d", value) and value.lower() not in asked:
            return value
    return None


def row_rank(text: str) -> int | None:
    """The rank cell of a row ('Rank: 3; ...' -> 3), or None."""
    m = re.search(r"\brank: (\d+)\b", text, re.I)
    return int(m.group(1)) if m else None


def year_cells(text: str, years: tuple[int, ...]) -> list[tuple[int, int]] | None:
    """Spans of a row's cells for each year asked, in the order asked ('Net cash — 2019: 65;
    2018: (114)' for 2018 and 2019), or None when the row lacks a column for one of them."""
    if not is_row(text):
        return None
    cells = [(m.group(1), m.start(2), m.end(2)) for m in _YEAR_CELL.finditer(text)]
    out = []
    for year in years:
        span = next(((a, b) for name, a, b in cells if re.search(rf"(?<!\d){year}(?!\d)", name)), None)
        if span is None:
            return None
        out.append(span)
    return out


def span_cell(text: str, info: Slots) -> tuple[int, int] | None:
    """The span of a row's cell whose column covers the range of years asked as one period ('CAGR 2024-2030E: 10.5%'
    for 'the CAGR over 2024-2030'; `periods.span_asked`): one figure for the whole span answers, not its two end years."""
    if not any(p.kind == "range" for p in info.periods) or not is_row(text):
        return None
    terms = set(info.terms)
    return next(((m.start(2), m.end(2)) for m in _YEAR_CELL.finditer(text)
                 if span_asked(m.group(1), info.periods, terms) and re.search(r"\d", m.group(2))), None)

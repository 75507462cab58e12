"""A count of periods meeting a bound ('In how many years from 2021 to 2024 did Europe have more than 400?', 'How
many quarters of 2024 saw total shipments above 290 million?', 'How many year-ends had more than 1,380 stores?'):
the counted kind is the table's period columns (years, or parts of a year when quarters are counted), narrowed to
the range or year the question qualifies them by; the measure is the one row the question names (a total row
too, when it says 'total'); each period whose cell in that row meets the bound is counted and named. A table whose
periods are its rows ('Quarter | Lane A | Lane B') is read the same way across: its period rows, the column named."""

from __future__ import annotations

import re

from ingest.tables import SEP, Cell, Table
from ingest.year_forms import SHORT_FISCAL, short_fiscal_years
from ingest.year_parts import HALF_CODE, MONTH_ABBREVIATION, QUARTER_CODE

from ..types import Answer, AnswerContext
from .cells import TOTAL_ROW, RowHit, words
from .direction_words import MOVED_DOWN, MOVED_UP
from .measure_meeting import own_words
from .passage_tables import one_table
from .row_sets import POINTS_AFTER, SCALE_WORDS, THRESHOLD, meets, table_scale
from .shape_text import listed, scaled, shaped_answer
from .signed_bound import signed_bound
from .year_part import PART_OF_YEAR

# 'in how many years', 'how many of the quarters', 'for how many fiscal years', 'how many year-ends'
PERIODS_COUNTED = re.compile(r"^\s*(?:(?:in|for|during|over|on)\s+)?how many\s+(?:of the\s+)?(?:fiscal\s+|financial\s+)?"
                             r"(?P<kind>years?|year-ends|quarters|months|periods)\b", re.I)
# 'which quarters of 2024 had ...', 'in which months was ...': the parts of a year met, named not counted (the years
# or periods met are meeting_answer's: ranked.py, which names a period column by its year)
PERIODS_NAMED = re.compile(r"^\s*(?:(?:in|for|during|over|on)\s+)?(?:which|what)\s+(?:of the\s+)?"
                           r"(?P<kind>quarters?|months?|half-years?|halves)\b", re.I)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
# the period columns' range: 'from 2021 to 2024', 'between 2019 and 2024', '2024 through 2028', '2021-2024'
# (either end may be a part of its year: 'from 2020 to H1 2025' runs to 2025)
_PART = rf"(?:(?:{HALF_CODE}|{QUARTER_CODE})\s+)?"
_RANGE = re.compile(rf"\b(?:from\s+|between\s+)?{_PART}((?:19|20)\d{{2}})[EFPAB]?\s*(?:to|and|through|until|-|–)\s*"
                    rf"{_PART}((?:19|20)\d{{2}})[EFPAB]?\b", re.I)
# a movement the bound measures ('rise by more than 2 pp', 'an increase of over 5%'): the change, not the level
_MOVED_BY = re.compile(rf"\b(?:(?P<up>{MOVED_UP})|(?P<down>{MOVED_DOWN}))"
                       r"(?:\s+[\w'’-]+){0,3}?\s+(?:by|of)\s*$|\b(?:(?P<upn>increase|rise|growth|gain)|"
                       r"(?P<downn>decline|decrease|fall|drop))\s+of\s*$", re.I)
# a column of a rate or a share beside the period columns ('CAGR 2021-24', 'Change (%)'): no period of its own
_RATE_HEAD = re.compile(r"\b(?:cagr|change|growth|share|%)", re.I)
# a year a part kind belongs to: 'quarters of 2024', 'quarters in fiscal 2023'
_OF_YEAR = re.compile(r"\b(?:of|in|during)\s+(?:fiscal\s+|financial\s+|FY\s?)?((?:19|20)\d{2})\b", re.I)
_MONTH_DAY = re.compile(rf"\b(?:{MONTH_ABBREVIATION})[a-z]*\.?\s+\d{{1,2}}\b", re.I)  # a quarter's end
_NOTE = re.compile(r"\([^)]*\)")  # a bracketed note of a label: its unit or scope ('(at year end)')
# a row's label that is a period alone: '2023', '2025E', 'FY2024', 'Q1 2025(a)', 'H1 2025', 'Jan 2025', '2023/24', 'Q2 2025*'
_PERIOD_ROW = re.compile(r"^\s*(?:(?:FY|H[12]|Q[1-4]|[A-Z][a-z]{2,8}\.?)\s*)?(?:19|20)\d{2}(?:[/-]\d{2})?\s*[EFPAB]?\s*"
                         r"(?:\([a-z0-9]{1,2}\)|\*+)?\s*$", re.I)
_PERIOD_HEAD = re.compile(r"^\s*(?:FY\s?)?(?:19|20)\d{2}\s*[EFPAB]?\s*$|(?:19|20)\d{2}|\bFY" + SHORT_FISCAL, re.I)


def _header_year(label: str) -> int | None:
    """The year a period header states: its first four digits ('FY 2024/25': 2024), else a short fiscal year ('Q1
    FY24'); unlike cells.year_of (the last year, a split year's end), the count's own reading of its headers."""
    if (m := _YEAR.search(label)) is not None:
        return int(m.group(1))
    return short[0][2] if (short := short_fiscal_years(label)) else None


def period_columns(table: Table, kind: str, question: str) -> list[str]:
    """The table's period columns of the kind counted (parts of a year for quarters and months, whole years
    for years, either for periods), within the range of years the question gives, or of the one year a part
    kind is 'of'."""
    return _periods(table.columns, kind, question)


def period_rows(table: Table, kind: str, question: str) -> list[str]:
    """The table's period rows ('Q1 2024', '2023', 'H1 2025' as a row's label), chosen as its columns are; a row
    whose label names a measure beside its year ('Revenue 2024 (EUR mn)') is no period."""
    return _periods([r for r in table.rows if _PERIOD_ROW.match(r.split(SEP)[-1]) and not TOTAL_ROW.match(r.split(SEP)[-1])],
                    kind, question)


def _periods(labels: list[str], kind: str, question: str, rest: str | None = None) -> list[str]:
    """The labels (a table's columns or rows) that head a period of the kind counted, in the range asked (in `rest`,
    the words after the kind, when the question neither counts nor names periods)."""
    kind = kind.lower()
    parts = kind.startswith(("quarter", "month", "half"))
    cols = [c for c in labels if _header_year(leaf := c.split(SEP)[-1]) and _PERIOD_HEAD.search(leaf)
            and (kind.startswith("period") or
                 (bool(PART_OF_YEAR.search(c) or _MONTH_DAY.search(leaf)) if parts else not PART_OF_YEAR.search(c)))
            and not _RATE_HEAD.search(c)]
    if rest is None:
        rest = question[(PERIODS_COUNTED.match(question) or PERIODS_NAMED.match(question)).end():]
    if (span := _RANGE.search(rest)) is not None:
        low, high = sorted(int(y) for y in span.groups())
        cols = [c for c in cols if low <= (_header_year(c.split(SEP)[-1]) or 0) <= high]
    elif parts and (of := _OF_YEAR.search(rest)) is not None:
        cols = [c for c in cols if _header_year(c.split(SEP)[-1]) == int(of.group(1))] or _bare_parts(labels, int(of.group(1)))
    return cols


_BARE_PART = re.compile(rf"^\s*(?:{QUARTER_CODE}|{HALF_CODE})\s*$", re.I)


def _bare_parts(labels: list[str], year: int) -> list[str]:
    """Quarter (half) headers stating no year ('Q1 | ... | Q4 | FY 2024/25 | FY 2023/24') are parts of the year the
    first whole-year header after them states: theirs when that is the year asked; else none."""
    bare = [i for i, c in enumerate(labels) if _BARE_PART.match(c.split(SEP)[-1]) and SEP not in c]
    if len(bare) < 2:
        return []
    whole = next((c for c in labels[bare[-1] + 1:] if _header_year(c.split(SEP)[-1]) and not PART_OF_YEAR.search(c)), None)
    return [labels[i] for i in bare] if whole is not None and _header_year(whole.split(SEP)[-1]) == year else []


def measure_row(table: Table, asked: str) -> str | None:
    """The one row whose own words the question says (the longest so named; a total row only when it says
    'total'), or None."""
    return _measure(table.rows, asked)


def _measure(labels: list[str], asked: str) -> str | None:
    """The one label (row or column) whose own words the question says, the longest so named, or None."""
    said = set(words(asked))
    named = [(len(own), row) for row in labels if (own := own_words(_NOTE.sub(" ", row.split(SEP)[-1]))) and own <= said
             and (not TOTAL_ROW.match(row.split(SEP)[-1]) or "total" in said)]
    if not named:
        return None
    best = max(n for n, _ in named)
    top = [row for n, row in named if n == best]
    return top[0] if len(top) == 1 else None


def periods_meeting(ctx: AnswerContext, question: str, tables: list[tuple[int, Table]], backend: str) -> Answer | None:
    """The count of the periods counted whose figure in the row named meets the bound (or exceeds, or falls below,
    the other row named after 'than'), each period's figure shown; None unless one table has that row (those rows)
    and at least two such period columns, each with a figure."""
    kind = PERIODS_COUNTED.match(question) or PERIODS_NAMED.match(question)
    named = kind is not None and kind.re is PERIODS_NAMED
    m = THRESHOLD.search(question)
    sides = _ROWS_COMPARED.search(question) if m is None else None
    if kind is None or (m is None and sides is None):
        return None
    if sides is not None:  # 'did A ship more units than B': A's figure against B's, period by period
        asked, other = question[kind.end():sides.start("than")], question[sides.end("than"):]
    else:
        asked, other = f"{question[kind.end():m.start()]} {question[m.end():]}", ""  # the measure named before or after
    reads = [read for passage, table in tables
             if (read := _read(passage, table, kind.group("kind"), question, asked, other if sides else None))]
    read = one_table(reads)
    if read is None:
        return None
    passage, table, cells, bounds = read
    copies = [r[0] for r in reads if (r[1].rows, r[1].columns) == (table.rows, table.columns)]  # its chunks' passages
    if sides is not None:
        below = sides.group("down") is not None
        met: list[Cell] = [c for c, b in zip(cells, bounds) if (c.value < b.value if below else c.value > b.value)]
        return (_named if named else _counted)(ctx, copies, table, cells, met, backend, bounds)
    bound = signed_bound(m.group(2))
    if (moved := _MOVED_BY.search(re.sub(r"\s+(?:more|less|fewer)\s*$", "", question[:m.start()]))) is not None:
        return None if named else _moved_counted(ctx, copies, table, cells, question, m, bound, moved, backend)
    scale = SCALE_WORDS.get((m.group(4) or "").lower().rstrip("s"))
    own = table_scale(ctx, passage, cells[0].scale) if scale else None
    if scale and own:
        bound *= scale / own
    met = [c for c in cells if meets(c.value, bound, question, m)]
    return (_named if named else _counted)(ctx, copies, table, cells, met, backend)


def _read(passage: int, table: Table, kind: str, question: str, asked: str, other: str | None) -> tuple | None:
    """(passage, table, the measure's period cells, the compared measure's or the same) with periods as columns
    and the row named, else with periods as rows and the column named; None unless two periods, each a figure."""
    for periods, measure, across in ((period_columns, measure_row, False), (period_rows, _measure_of_columns, True)):
        line = measure(table, asked)
        against = measure(table, other) if other is not None else None
        heads = periods(table, kind, question) if line else []
        cells = [_cell(table, line, head, across) for head in heads]
        bounds = [_cell(table, against, head, across) for head in heads] if other is not None else cells
        if len(cells) >= 2 and all(c is not None and c.value is not None for c in cells + bounds) and against != line:
            return passage, table, cells, bounds
    return None


def _measure_of_columns(table: Table, asked: str) -> str | None:
    """The column named, of those heading no period (a range 'to H1 2025' names no column 'H1 2025')."""
    return _measure([c for c in table.columns if not _PERIOD_HEAD.search(c.split(SEP)[-1])], asked)


# two rows compared period by period: 'did Nuvora ship more units than Kestrel Mobile'
_ROWS_COMPARED = re.compile(r"\b(?:(?P<up>more|higher|larger|greater|bigger)|(?P<down>less|fewer|lower|smaller))\b[^?]*?"
                            r"(?P<than>\bthan\b)(?!\s*[$€£¥]?\s*[-−–]?\d)", re.I)


def _cell(table: Table, line: str | None, period: str, across: bool = False) -> Cell | None:
    """The cell of a measure's line in a period's (its row's when the periods are rows)."""
    row, column = (period, line) if across else (line, period)
    return next((c for c in table.cells if c.row == row and c.column == column), None) if line else None


def _period(cell: Cell, across: bool) -> str:
    """The period a cell is of: its column's leaf, or its row's when the periods are rows."""
    return (cell.row if across else cell.column).split(SEP)[-1]


def _line(cell: Cell, across: bool) -> str:
    """The measure a cell is of: its row, or its column when the periods are rows."""
    return cell.column if across else cell.row


def _shown(ctx: AnswerContext, passages: list[int], table: Table, cells: list[Cell],
           against: list[Cell] = ()) -> tuple[list[RowHit], str]:
    """The hits cited and every period's figure (and the compared row's) with its marks: the table's first passage,
    or every chunk holding it when its periods are rows (a long table's rows run over chunks)."""
    across = len({c.row for c in cells}) > 1  # the periods are the table's rows
    passages = passages if across else passages[:1]
    figures = "; ".join(f"{_period(c, across)}: {scaled(c)}" for c in cells)
    if against:
        figures += f". {_line(against[0], across)} — " + "; ".join(f"{_period(c, across)}: {scaled(c)}" for c in against)
    hits = [RowHit(p, table, (c.row if across else cells[0].row), 0.0) for p, c in zip(passages, cells)]
    marks = " ".join(f"[{n}]" for n in range(1, len({ctx.passages[h.passage].chunk_id for h in hits}) + 1))
    return hits, f"{_line(cells[0], across)} — {figures} {marks}"


def _counted(ctx: AnswerContext, passages: list[int], table: Table, cells: list[Cell], met: list[Cell], backend: str,
             against: list[Cell] = ()) -> Answer:
    """The count of the periods met, named, then every period's figure (and the compared row's), cited."""
    across = len({c.row for c in cells}) > 1
    names = [_period(c, across) for c in met]
    hits, shown = _shown(ctx, passages, table, cells, against)
    derivation = {"op": "count", "operands": [{"value": c.text, "citation": 1} for c in met], "result": str(len(met))}
    text = f"**{len(met)}** ({listed(names) if names else 'none'}). {shown}"
    return shaped_answer(ctx, hits, text, str(len(met)), "computed", backend, derivation=derivation)


def _named(ctx: AnswerContext, passages: list[int], table: Table, cells: list[Cell], met: list[Cell], backend: str,
           against: list[Cell] = ()) -> Answer | None:
    """The periods met, named as their headers print them, then every period's figure, cited as a count's are; None
    when no period meets the condition (no list to name)."""
    if not met:
        return None
    across = len({c.row for c in cells}) > 1
    lead = listed([_period(c, across) for c in met])
    hits, shown = _shown(ctx, passages, table, cells, against)
    return shaped_answer(ctx, hits, f"**{lead}**. {shown}", lead, "list", backend)


def _moved_counted(ctx: AnswerContext, passages: list[int], table: Table, cells: list[Cell], question: str,
                   m: re.Match[str], bound: float, moved: re.Match[str], backend: str) -> Answer | None:
    """Years counted by the row's move on the year before ('rise by more than 2 pp'), met in the verb's direction by
    the bound; None unless each year's prior year is a column and a % bound on percent figures is not ambiguous."""
    # the move is a difference, or a % change for a % bound on figures that are no percentages
    across = len({c.row for c in cells}) > 1
    if across or m.group(4) or any(PART_OF_YEAR.search(c.column) for c in cells):
        return None
    percent_figures = all(c.unit == "%" for c in cells) or "%" in cells[0].row
    points = bool(POINTS_AFTER.match(question[m.end():]))
    relative = bool(m.group(3)) and not points
    if relative and percent_figures:
        return None  # '5%' of a share: points or a relative change, undecided
    by_year = {_header_year(c.column.split(SEP)[-1]): c for c in table.cells if c.row == cells[0].row and
               _header_year(c.column.split(SEP)[-1]) and not PART_OF_YEAR.search(c.column) and c.value is not None
               and not _RATE_HEAD.search(c.column)}
    down = bool(moved.group("down") or moved.group("downn"))
    met, shown = [], []
    for c in cells:
        before = by_year.get((_header_year(c.column.split(SEP)[-1]) or 0) - 1)
        if before is None or (relative and before.value == 0):
            return None
        change = (c.value - before.value) / abs(before.value) * 100 if relative else c.value - before.value
        shown.append(f"{c.column.split(SEP)[-1]}: {scaled(before)} to {scaled(c)}")
        if (change < 0 if down else change > 0) and meets(abs(change), abs(bound), question, m):
            met.append(c)
    names = [c.column.split(SEP)[-1] for c in met]
    derivation = {"op": "count", "operands": [{"value": c.text, "citation": 1} for c in met], "result": str(len(met))}
    text = f"**{len(met)}** ({listed(names) if names else 'none'}). {cells[0].row} — {'; '.join(shown)} [1]"
    hit = RowHit(passages[0], table, cells[0].row, 0.0)
    return shaped_answer(ctx, [hit], text, str(len(met)), "computed", backend, derivation=derivation)

"""A measure the table prints is read, not recomputed: a column whose header names the measure the question asks
('% of total', 'Share of world 2024 (%)', 'YoY %', 'CAGR 2024-2030E', 'Change 2022-2024 (percentage points)',
'Average rate (%)') holds the report's own figure for the row the question names.

General property: an operation word in the question (share, proportion, growth, year-on-year, CAGR, percentage
points, average) and a header abbreviation of the same measure name one measure; when every measure word of the
header is said and the header's own period (if it has one) is the period asked, that column's cell at the named row
is the answer. A header with no such period, or a period other than the one asked, leaves the figure computed."""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.tables import SEP, Cell, Table

from ..types import Answer, AnswerContext
from .cells import RowHit, best_row, cell_at, words
from .kept_patterns import compiled
from .prose_figure import restated
from .row_columns import coordinated_columns

_NOTE = re.compile(r"\([^)]*\)")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
# header words naming no measure of their own (a unit, a period word, a filler)
_GENERIC = frozenset(words("number amount of in the unit value end year fy q1 q2 q3 q4 h1 h2 vs"))
# each measure's canonical word, with the forms a question or a header writes it in (longest first matters not:
# every form found adds the canonical word)
_FAMILIES: dict[str, tuple[str, ...]] = {
    "share": ("share", "shares", "proportion", "portion", "fraction", "mix", "% of", "percent of", "percentage of",
              "as a percentage", "as a percent", "what percentage", "what percent"),
    "yoy": ("yoy", "year-on-year", "year on year", "year-over-year", "year over year"),
    "qoq": ("qoq", "quarter-on-quarter", "quarter on quarter", "quarter-over-quarter", "quarter over quarter",
            "sequential", "sequentially"),
    "cagr": ("cagr", "compound annual growth", "compound annual growth rate", "compounded annual growth"),
    "change": ("change", "growth", "grow", "grew", "grown", "increase", "increased", "decrease", "decreased", "rise",
               "rose", "fall", "fell", "decline", "declined", "gain", "variance", "yoy", "year-on-year",
               "year on year", "year over year", "year-over-year", "qoq", "quarter-on-quarter", "quarter on quarter",
               "quarter-over-quarter", "quarter over quarter"),
    "points": ("pp", "ppt", "ppts", "percentage point", "percentage points", "bps", "basis point", "basis points"),
    "average": ("average", "avg", "mean"),
}
_MEASURES = frozenset(_FAMILIES)
# the rates named by the period they compare: a question naming one asks no column of another
_PERIOD_RATES = frozenset({"yoy", "qoq", "cagr"})
# a percent figure asked (not an amount): a share, a growth rate, points, or a percent named
_PERCENT_ASKED = re.compile(r"%|\bpercent|\bshare\b|\bproportion\b|\bportion\b|\bfraction\b|\byoy\b|\byear[- ]"
                            r"(?:on|over)[- ]year\b|\bqoq\b|\bquarter[- ](?:on|over)[- ]quarter\b|\bcagr\b|\bcompound|\bgrowth\b|\bpoints?\b|\bbps\b|\bpp\b|\bppt\b",
                            re.I)
_PERCENT_CELL = re.compile(r"%|\b(?:pp|ppt|bps)\b|\bpercent|\bpoints?\b", re.I)
_POINTS_ASKED = re.compile(r"\bpoints?\b|\bpp\b|\bppt\b|\bbps\b", re.I)
_POINTS_CELL = re.compile(r"\b(?:pp|ppt|bps|points?)\b|\dpp", re.I)
# the measures printed that answer each operation asked
_ASKED_FAMILY = {"share": {"share"}, "ratio": {"share"}, "percent_change": {"change", "yoy", "qoq", "cagr"},
                 "change": {"change", "yoy", "qoq", "points"}, "average": {"average"}}
# single figure asked: no choice among rows, no count, no list, no two things compared
_NOT_ONE = re.compile(r"^\s*(?:which|what (?:region|segment|country|vendor|company|market|year)s?\b|how many|"
                      r"list|name)\b|\b(?:highest|lowest|largest|smallest|most|least|fastest|slowest|rank|"
                      r"respectively|each|versus|vs\.?|compared|than|combined|sum)\b", re.I)


# an amount per share ('earnings per share', 'dividends per share') is no share of a whole
_PER_SHARE = re.compile(r"\bper\s+(?:ordinary\s+|common\s+)?shares?\b", re.I)


def canonical(text: str) -> set[str]:
    """The measure words `text` says, each in its canonical form ('year-on-year' -> 'yoy', '% of' -> 'share'),
    with the other content words as they are; 'per share' names an amount, no share."""
    text = _PER_SHARE.sub(" ", text)
    low = " " + text.lower() + " "
    out = set(words(text))
    for name, forms in _FAMILIES.items():
        for form in forms:
            if compiled(r"(?<![\w%])" + re.escape(form).replace(r"\ ", r"[\s-]") + r"(?!\w)").search(low):
                out.add(name)
    return out


@lru_cache(maxsize=4096)
def header_measure(column: str) -> tuple[frozenset[str], frozenset[int]] | None:
    """(measure words, years) a column header states ('2020 › % of total' -> ({'share', 'total'}, {2020})), or None
    when its words name no measure (a level column of a period); the words behind a canonical form are dropped.
    Memoised: a header is read for every column filter and every cell a change question checks."""
    own: set[str] = set()
    years: set[int] = set()
    for part in column.split(SEP):
        years |= {int(y) for y in _YEAR.findall(part)}
        said = canonical(_NOTE.sub(" ", part))
        if said & _MEASURES:  # only the parts naming a measure ('Year Ended December 31' above it names none)
            own |= {w for w in said if not w[:1].isdigit() and not _YEAR.search(w)} - _GENERIC
    if not own & _MEASURES:
        return None
    forms = {w for name in own & _MEASURES for f in _FAMILIES[name] for w in words(f)}
    return frozenset(own - (forms - _MEASURES)), frozenset(years)


def _question_years(question: str) -> set[int]:
    return {int(y) for y in _YEAR.findall(question)}


def _years_fit(column_years: set[int], asked: set[int], table_years: set[int], family: set[str]) -> bool:
    """The column's own period is the one asked: a share of one year is that year; a change or rate of a span ends
    where the span asked ends; a header with no year fits a question naming none or the table's latest years."""
    if not column_years:
        return not asked or asked <= set(sorted(table_years)[-2:])
    if not asked:
        return True
    if family & {"share", "average"} and not family & {"change", "cagr", "points", "yoy", "qoq"}:
        return column_years == asked
    if max(column_years) != max(asked):
        return False
    # a span asked: the column's own span ('CAGR 2019-2024'), or one year's change of the year before ('YoY 2024')
    return len(asked) == 1 or min(asked) in column_years or len(column_years) == 1 and max(asked) - min(asked) == 1


def _paired_years(table: Table) -> dict[str, frozenset[int]]:
    """The year of each share column that prints none when the table pairs each period's amount with its share
    ('2021 | % of total | 2020 | % of total'): the year of the level column just before it. Empty unless two or
    more such columns each follow a distinct year's level column."""
    columns = table.columns
    out: dict[str, frozenset[int]] = {}
    for i, column in enumerate(columns[1:], 1):
        got = header_measure(column)
        if got is None or got[1] or "share" not in got[0] or header_measure(columns[i - 1]) is not None:
            continue
        before = {int(y) for y in _YEAR.findall(columns[i - 1].split(SEP)[-1])}
        if len(before) == 1:
            out[column] = frozenset(before)
    return out if len(out) >= 2 and len(set(out.values())) == len(out) else {}


def printed_columns(table: Table, question: str) -> list[str]:
    """The columns whose header names the measure the question asks, all its measure words said, its period the
    period asked."""
    said = canonical(question)
    asked = _question_years(question)
    table_years = {y for c in table.columns for y in map(int, _YEAR.findall(c))}
    out = []
    paired = _paired_years(table)
    for column in table.columns:
        got = header_measure(column)
        if got is None:
            continue
        own, years = got
        years = paired.get(column, years)
        family = own & _MEASURES
        # the header's other words all said ('rate' of 'Average rate'), and one of its measures ('YoY %' by 'growth')
        if not (own - _MEASURES <= said and family & said):
            continue
        if (named := said & _PERIOD_RATES) and family & _PERIOD_RATES - named:
            continue  # 'quarter-on-quarter growth' names the QoQ column, not the YoY one beside it
        if _years_fit(years, asked, table_years, family):
            out.append(column)
    return out


def share_column(table: Table, question: str) -> str | None:
    """The one column printing the share the question asks, of the period it asks: the operands of a sum or
    difference of shares ('the combined share of A and B') are the report's printed shares, not amounts divided."""
    if "share" not in canonical(question):
        return None
    rates = {"change", "yoy", "qoq", "cagr", "points"}
    columns = [c for c in printed_columns(table, question)
               if "share" in header_measure(c)[0] and not header_measure(c)[0] & rates]
    return columns[0] if len(columns) == 1 else None


def _both_ends(table: Table, row: str, column: str, question: str) -> bool:
    """Whether the row prints a figure in a level column (no measure named) of each of the two years a change asks:
    then the change is computed from them, and the computation leads with the printed change when the two agree."""
    asked = _question_years(question)
    if len(asked) != 2:
        return False
    levels = {y for c in table.cells if c.row == row and c.column != column and c.value is not None
              and header_measure(c.column) is None for y in map(int, _YEAR.findall(c.column))}
    return asked <= levels


def _percent_column(table: Table, column: str) -> bool:
    cells = [c for c in table.cells if c.column == column and c.value is not None]
    return bool(_PERCENT_CELL.search(column)) or bool(cells) and sum(bool(_PERCENT_CELL.search(c.text)) for c in cells) * 2 >= len(cells)


def _group_words(column: str) -> frozenset[str]:
    """The words of a column's parent headers, notes and years left out ('RevPAR (€) › 2024' -> revpar)."""
    return frozenset(w for w in words(_NOTE.sub(" ", " ".join(column.split(SEP)[:-1]))) if not _YEAR.fullmatch(w))


def other_group_named(table: Table, column: str, question: str) -> bool:
    """The column's parent header names a measure the question does not say, while the question says every word of
    another column's parent header ('ADR' of 'ADR (€)' beside 'RevPAR › change (%)'): its figure is another measure's."""
    said, own = set(words(question)), _group_words(column)
    if not own or own & said:
        return False
    return any((other := _group_words(c)) and other != own and other <= said for c in table.columns)


def printed_measure(ctx: AnswerContext, question: str, tables: list[tuple[int, Table]], operation: str | None,
                    backend: str) -> Answer | None:
    """The cell at the named row of the one column printing the measure asked (a share, a growth rate, a CAGR, a
    change in points, an average rate); None unless one table gives exactly one such column and one row."""
    from .shape_text import shaped_answer

    if operation not in _ASKED_FAMILY or _NOT_ONE.search(question):
        return None
    if len(_YEAR.findall(question)) > len(_question_years(question)):
        return None  # two periods of one year asked ('from 30 Sep 2023 to 31 Dec 2023'): a year's header tells none
    percent = bool(_PERCENT_ASKED.search(_PER_SHARE.sub(" ", question))) or operation in ("share", "percent_change")
    found, seen = [], set()
    for passage, table in tables:
        if (key := tuple((c.row, c.column, c.text) for c in table.cells)) in seen:
            continue  # the same table in two passages (a split page's copies) is one table
        seen.add(key)
        if coordinated_columns(table, question):
            return None  # 'the % CHANGE and Q4 2018 of X': two columns asked, the row read in both (row_columns)
        columns = printed_columns(table, question)
        # an amount's change asked ('the change in X'): a percent column prints another measure; a percent asked,
        # an amount column does
        # the measure printed is the one the operation asks ('Weighted-average life' answers no difference of two)
        columns = [c for c in columns if header_measure(c)[0] & _ASKED_FAMILY[operation]]
        columns = [c for c in columns if _percent_column(table, c) == percent
                   or header_measure(c)[0] & {"average"} and not header_measure(c)[0] & {"change", "share"}]
        if len(columns) == 1:
            found.append((passage, table, columns[0]))
    if len(found) != 1:
        return None
    passage, table, column = found[0]
    if other_group_named(table, column, question):
        return None  # 'occupancy change' read in 'RevPAR › change (%)': the change printed is another measure's
    rest = " ".join(w for w in re.findall(r"[\w'’&-]+", question) if not (canonical(w) & header_measure(column)[0]))
    hit = best_row([(passage, table)], rest)
    if hit is None:
        return None
    cell = cell_at(hit, column)
    if cell is None:
        return None
    if operation in ("change", "percent_change") and _both_ends(table, hit.row, column, question):
        return None  # both periods' figures printed: computed, the report's own change leading when it agrees
    if percent and not _PERCENT_CELL.search(column) and not _PERCENT_CELL.search(cell.text):
        return None  # a percent asked, the row's own cell an amount ('Number of stores — Change: (26)')
    if not percent and "average" not in header_measure(column)[0] and _PERCENT_CELL.search(cell.text):
        return None  # an amount's change asked, the row's own cell a percent ('CHANGE: (13%)')
    if _POINTS_ASKED.search(question) and not _PERCENT_CELL.search(column) and not _POINTS_CELL.search(cell.text):
        return None  # points asked ('by how many percentage points did the share rise'), a growth rate printed
    lead = " ".join(cell.text.split())
    if "share" in header_measure(column)[0] and "%" in column and not lead.endswith("%"):
        lead += "%"  # a '% of total' column's cell is a percent though it is written bare
    # 'increased $29.3 million' beside a change printed '29,346' in thousands: the amount as the prose writes it
    lead = (restated(ctx, cell, hit.row.split(SEP)[-1]) if not percent else None) or lead
    text = f"**{lead}** — as the table prints it, in {hit.row.split(SEP)[-1]} ({column}) [1]"
    return shaped_answer(ctx, [RowHit(passage, table, hit.row, hit.score)], text, lead, "figure", backend)


def printed_shares(pair: list[tuple[RowHit, Cell]], question: str) -> list[tuple[RowHit, Cell]]:
    """Each row's cell in the column printing the share asked (`share_column`), when the question asks a share and
    all rows are of one table printing it; else the cells as read (an amount's sum is no share)."""
    tables = {id(h.table) for h, _ in pair}
    if len(tables) != 1 or (column := share_column(pair[0][0].table, question)) is None:
        return pair
    cells = [cell_at(h, column) for h, _ in pair]
    return pair if None in cells else [(h, c) for (h, _), c in zip(pair, cells)]

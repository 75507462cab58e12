"""'In which quarter were the most shares repurchased?', 'Which region had the highest % change in revenue?': the
item row (item_rows: totals and subtotals out) holding the extreme figure of the one column the question names,
the rows being the alternatives (periods as row labels too); the transpose of column_extreme. Bold only when
one row holds the extreme alone. A column heading a rate of its own period the question names ('CAGR 2024-2030E')
is that column even when a year asked heads a level column (with no period asked, a column of none as well named
is read: 'Operational' over 'Operational 2030E'); a residual, whole or base row is no alternative."""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.cell_values import nil_mark, unmarked_label
from ingest.tables import SEP, Table
from ingest.year_parts import HALF_CODE, HALF_CODE_DIGIT_FIRST, HALF_ORDINAL, QUARTER_CODE, QUARTER_CODE_DIGIT_FIRST, QUARTER_ORDINAL

from ..types import Answer, AnswerContext
from .cells import RowHit, percent_asked, words, year_of
from .item_rows import item_rows
from .items_asked import items_asked, ranked_lead
from .passage_tables import one_table
from .direction_words import FALL_ASKED
from .rate_column import growth_columns, measure_part, rate_columns
from .residual_rows import residual
from .sign_words import signed_side
from .question_readings import extreme_asked, nth_asked, nth_of
from .shape_text import scaled, shaped_answer
from .word_stems import plural_dropped
from .year_rows import with_period_rows

_YEARS = frozenset("year years fiscal financial fy".split())  # years as rows are read turned: years_answer's
_GENERIC = frozenset(words("total number amount of in per the"))  # header words that name no measure on their own


# a superlative's agent noun: 'the largest importer', 'the biggest exporters', 'the smallest spender'
_AGENT = re.compile(r"\b(?:most|highest|largest|biggest|greatest|top|leading|least|lowest|smallest|fewest)\s+"
                    r"(?:net\s+)?([a-z]{3,}?)(?:ers?)\b", re.I)


def measures_of_agents(question: str) -> set[str]:
    """The measure words an agent noun ranked names ('the largest importer' -> import, importing): the column of
    its measure ('Imports') is the one ranked."""
    return {w for m in _AGENT.finditer(question) for w in (m.group(1).lower(), f"{m.group(1).lower()}ing")}


def named_column(table: Table, question: str) -> str | None:
    """The one column most of whose measure words (bracketed notes and generic words aside) the question says
    (one at least), a year column never; among columns as well named, the one of percent figures when a
    percentage is asked ('% Change' over 'Change'), else the one saying fewest words the question does not
    ('Operational' over 'Operational 2030E (base case)'); None when that stays ambiguous."""
    said = set(words(question)) | measures_of_agents(question)
    scored = []
    for col in table.columns:
        own = set(words(re.sub(r"\([^)]*\)", " ", _named_part(col, table.columns)))) - _GENERIC
        if year_of(col) is None and own and (hit := len(own & said)):
            scored.append((hit, -len(own - said), col))
    if not scored:
        return None
    best = max(h for h, _, _ in scored)
    top = [c for h, _, c in scored if h == best]
    if len(top) > 1 and not (percent_asked(question) or "%" in question):
        fewest = max(u for h, u, _ in scored if h == best)
        top = [c for h, u, c in scored if h == best and u == fewest]
    if len(top) > 1 and (percent_asked(question) or "%" in question):
        top = [c for c in top if all(x.unit == "%" for x in table.cells if x.column == c and x.value is not None)]
    return top[0] if len(top) == 1 else None


_PERIOD_KINDS = frozenset("quarter quarters month months half halves period periods".split())
_OTHER_TIMES = frozenset("date dates week weeks day days season seasons time times".split())
_GRAIN = {"quarter": re.compile(rf"\b(?:{QUARTER_CODE}|{QUARTER_CODE_DIGIT_FIRST}|{QUARTER_ORDINAL}\s+quarter)\b", re.I),
          "half": re.compile(rf"\b(?:{HALF_CODE}|{HALF_CODE_DIGIT_FIRST}|{HALF_ORDINAL}\s+half)\b", re.I),
          "month": re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", re.I)}
_PERIOD_ROW = re.compile(r"(?:fiscal\s+(?:year\s+)?)?(?:(?:FY|H[12]|Q[1-4]|[1-4]Q|full[\s-]year|year[\s-]to[\s-]date|YTD|(?:first|second|third|fourth)\s+"
                         r"(?:quarter|half))\s*)?(?:FY\s?)?(?:19|20)\d{2}(?:/\d{2,4})?[EFPA]?(?:\s*\(\w\))?", re.I)


_COUNTED_KIND = re.compile(r"\b(?:which|what)\s+(?:top\s+)?(?:two|three|four|five|\d+)\s+([a-z]+)", re.I)


def _of_kind(rows: list[str], kind: str) -> list[str]:
    """The rows that are alternatives of the kind asked: of 'which quarter', the quarters (not 'FY 2024' nor 'H1 2024'
    beside them: they span quarters); of 'which metal', none when most rows are periods (the periods would be
    ranked, not the items asked)."""
    leaf = {r: unmarked_label(r.split(SEP)[-1].strip()) for r in rows}
    grain = _GRAIN.get(plural_dropped(kind) if kind not in ("halves",) else "half")
    if grain is not None:  # (a table naming its quarters otherwise, 'Three months ended ...', is read as it is)
        return [r for r in rows if grain.search(leaf[r])] or rows
    periods = [r for r in rows if _PERIOD_ROW.fullmatch(leaf[r])]
    if kind not in _PERIOD_KINDS | _YEARS | _OTHER_TIMES and 2 * len(periods) > len(rows):
        return []
    return rows


def _named_part(col: str, columns: list[str]) -> str:
    """The last part of a column's header path that not every column shares and that is not all in brackets: a
    unit row read into the header ('Stage 3 › Rm' beside 'Stage 1 › Rm'; 'Avg asking rent › (USD/sq m/month)')
    names no one column, the part above it does."""
    parts = col.split(SEP)
    own = [p for i, p in enumerate(parts) if not re.fullmatch(r"\s*\([^()]*\)\s*", p) and (
           len(columns) < 2 or not all(len(c.split(SEP)) == len(parts) and c.split(SEP)[i] == p for c in columns))]
    return own[-1] if own else parts[-1]


_PLACEHOLDER = re.compile(r"\s*(?:column|col\.?)\s*\d+\s*", re.I)


def with_header_row(table: Table) -> Table:
    """`table` with its header row put back when it was read as data: every column a placeholder ('Column 2'), the
    first row a distinct label in each, most of them no figure ('18-29 | ... | 60+ | All adults'); else itself."""
    if not table.rows or not table.columns or not all(_PLACEHOLDER.fullmatch(c) for c in table.columns):
        return table
    head = [c for c in table.cells if c.row == table.rows[0]]
    first = {c.column: " ".join(c.text.split()) for c in head}
    words_only = [c for c in head if c.value is None]  # most of them ('60+' reads as a figure)
    if 2 * len(words_only) <= len(table.columns) or any(not re.search(r"\w", first.get(col, "")) for col in table.columns) \
            or len(set(first.values())) < len(first):
        return table
    cells = [replace(c, column=first[c.column]) for c in table.cells if c.row != table.rows[0]]
    return replace(table, columns=[first[c] for c in table.columns], rows=table.rows[1:], cells=cells)


# 'which company had ...': the kind asked, the word after 'which'
_KIND = re.compile(r"^\s*(?:in\s+|for\s+)?(?:which|what)\s+([a-z][a-z-]*)\b", re.I)


def kind_column(table: Table, question: str) -> str | None:
    """The one text column (no figure in it) whose header, a bracketed note aside, is the one word of the kind
    asked ('which company' of 'Company'): the rows' names of that kind, when the row labels are of another
    (a date); None when none or several are."""
    m = _KIND.match(question)
    if m is None:
        return None
    kind = plural_dropped(m.group(1).lower())
    found = [c for c in table.columns if [plural_dropped(w) for w in words(re.sub(r"\([^)]*\)", " ", c.split(SEP)[-1]))] == [kind]
             and all(x.value is None for x in table.cells if x.column == c)]
    return found[0] if len(found) == 1 else None


def rows_extreme(ctx: AnswerContext, question: str, tables: list[tuple[int, Table]], years: tuple[int, ...],
                 backend: str) -> Answer | None:
    """The item row whose figure in the column named is the extreme asked, the figures ranked, cited; None when
    a year asked heads a column (which_row reads that), the rows are not all figures, or two share the extreme."""
    asked = extreme_asked(question)
    if asked is None:
        return None
    # 'which fiscal year had the highest X' of a table turned (periods as rows, no year column): its period rows
    by_year = asked[0] in _YEARS
    low, kind = asked[1], asked[0]
    if (counted := _COUNTED_KIND.search(question)) is not None:
        kind = counted.group(1).lower()  # 'which two quarters': quarters
    reads = []
    for passage, table in tables:
        # 'in which quarter': periods read as columns are the alternatives (of 'which metal', _of_kind drops them)
        if by_year and any(year_of(c) is not None for c in with_header_row(table).columns):
            continue  # years as columns: years_answer's
        table = with_period_rows(with_header_row(table))
        rates = rate_columns(table.columns, question)  # 'the highest CAGR 2024-2030': that column, no year's level
        grown = growth_columns(table, question, years)  # 'which grew fastest in 2024': the rate column of that period
        by_growth = len(rates) != 1 and len(grown) == 1
        if by_growth:
            rates = grown
        if rates and FALL_ASKED.search(question):
            low = not asked[1]  # 'the largest decline': the lowest signed rate
        if len(rates) != 1 and any(year_of(c) in years for c in table.columns):
            continue
        column = rates[0] if len(rates) == 1 else named_column(table, question)
        if rates and not by_growth and not years and (plain := named_column(table, question)) and plain not in rates \
                and not (measure_part(plain) or (set(), set()))[1]:
            column = plain  # no period asked: 'Operational', not 'Operational 2030E', is the column named
        rows = [r for r in item_rows(table, question) if not residual(r.split(SEP)[-1])
                and (rates or all(str(y) in r for y in years))] if column else []
        rows = _of_kind(rows, kind)
        if by_year:
            rows = [r for r in rows if _PERIOD_ROW.fullmatch(unmarked_label(r.split(SEP)[-1].strip()))
                    and not any(c.row == r and c.column == column and c.value is None and nil_mark(c.text) for c in table.cells)]
        cells = [c for r in rows for c in table.cells if c.row == r and c.column == column]
        if len(rows) < 2 or len(cells) != len(rows) or any(c.value is None for c in cells):
            continue
        reads.append((passage, table, cells))
    read = one_table(reads)
    if read is None:
        return None
    passage, table, cells = read
    cells = signed_side(cells, question, fell=low != asked[1])
    if len(cells) < 1:
        return None
    ranked = sorted(cells, key=lambda c: c.value, reverse=not low)
    kind = kind_column(table, question)
    name = {c.row: unmarked_label(" ".join(c.text.split())) for c in table.cells if kind and c.column == kind and c.text.strip()}
    if kind and any(c.row not in name for c in ranked):
        return None
    pick, n = ranked[0], nth_asked(question)
    if n > 1:  # 'the second highest', 'ranked second': the row in that place, not the first
        i = nth_of([c.value for c in ranked], n)
        pick = ranked[i] if i is not None else None
        label = None if pick is None else name.get(pick.row) or unmarked_label(pick.row.split(SEP)[-1])
    else:
        led = [(name.get(c.row) or unmarked_label(c.row.split(SEP)[-1]), c.value) for c in ranked]
        # one figure on the side asked ('the smallest decline' where one item fell) is that side's extreme alone
        label = led[0][0] if len(led) == 1 and not items_asked(question) else ranked_lead(question, led)
    if label is None or pick is None:
        return None  # a tie names no one row (nor the first n asked)
    figures = "; ".join(f"{name.get(c.row) or c.row.split(SEP)[-1]}: {scaled(c)}" for c in ranked)
    text = f"**{label}**. {_named_part(ranked[0].column, table.columns)}, ranked: {figures} [1]"
    return shaped_answer(ctx, [RowHit(passage, table, pick.row, 0.0)], text, label, "which", backend)

"""Choosing a table's column for a year asked: among same-year columns (header groups, change columns, units,
a roll-forward's movements) the one the question's other words name; moved out of cells.py, which addresses rows."""

from __future__ import annotations

import re

from ingest.cell_values import unit_of
from ingest.tables import SEP, Table

from .plan_columns import actual_column
from .restated_columns import restated_column
from .cells import _YEAR_ANY, acronym, header_words, percent_asked, words, year_of
from .split_years import as_end_years
from .year_part import whole_year


def column_for(table: Table, year: int, phrase: str, row: str | None = None) -> str | None:
    """The column of `year`; among several (Domestic › 2019, International › 2019) the one whose
    other header words the phrase names, the words naming the `row` set aside first ('cash dividends
    within appropriation of earnings' is the row Cash dividends in the column Appropriation of
    earnings, not Cash dividend per share); None when that stays ambiguous."""
    moved = movement_column(table, year, phrase)
    if moved is not None:
        return moved
    cols = group_named(_one_year([c for c in table.columns if year_of(c) == year], year, phrase), year, phrase, row)
    cols = whole_year(_of_unit_asked(cols, phrase), phrase)
    if len(cols) <= 1:
        return cols[0] if cols else None
    asked = set(words(phrase)) | part_codes(phrase)
    for words_asked in ([asked - set(words(row.split(SEP)[-1]))] if row else []) + [asked]:
        for own in (lambda c: set(words(c)) | initials(c) | part_codes(c), header_words):  # a bracketed note's words last ('Global (incl. UK)')
            scored = sorted(((len(own(c) & words_asked), i, c) for i, c in enumerate(cols)), reverse=True)
            if scored[0][0] != scored[1][0]:
                return scored[0][2]
    # '2024 actual' beside '2024 target'; '2023 as previously reported' beside '2023 as restated'
    return head_of_phrase(cols, phrase) or actual_column(cols, phrase) or restated_column(cols, phrase)


_ORDINAL = {"first": "1", "1st": "1", "second": "2", "2nd": "2", "third": "3", "3rd": "3", "fourth": "4", "4th": "4"}
_PART_WORDS = re.compile(r"\b(first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal\s+)?(quarter|half)\b", re.I)
_PART_CODES = re.compile(r"(?<![A-Za-z\d])(?:([QH])([1-4])|([1-4])([QH]))(?![A-Za-z])", re.I)


def part_codes(text: str) -> set[str]:
    """The quarters and halves `text` names, as codes ('q2', 'h1'), written as a code ('Q2', '2Q24', 'H1 2024') or in
    words ('the second quarter', 'first-half'): a column headed 'Q2' is the one a question asking the second quarter names."""
    out = {f"{m.group(2)[0].lower()}{_ORDINAL[m.group(1).lower()]}" for m in _PART_WORDS.finditer(text)}
    for m in _PART_CODES.finditer(text):
        letter, digit = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        if letter.upper() == "Q" or digit in "12":
            out.add(f"{letter.lower()}{digit}")
    return out


def head_of_phrase(cols: list[str], phrase: str) -> str | None:
    """Among columns the question names equally, the one naming the head of an 'X of Y' phrase ('share of exports':
    'Share › 2023', not 'Export value › 2023', which names only what qualifies the share); None unless just one."""
    heads = {w for m in _OF_PHRASE.finditer(phrase) for w in words(m.group(1))}
    named = [c for c in cols if header_words(c) & heads]
    return named[0] if len(named) == 1 else None


_OF_PHRASE = re.compile(r"\b([a-z][\w-]*)\s+of\s+(?:the\s+|their\s+|its\s+)?[a-z]", re.I)


def group_named(cols: list[str], year: int, phrase: str, row: str | None) -> list[str]:
    """A year's columns under header groups ('Market size (USD bn) › 2024' beside 'Share of global (%) › 2024'): those
    of the group the phrase names by more words than any other (the row's words set aside) come before the unit asked
    ('the growth rate of the market size' reads the market size, though a rate is a percentage); all on a tie or none."""
    parts = [c.split(SEP) for c in cols]
    if len(cols) < 2 or any(len(p) < 2 or year_of(p[-1]) != year for p in parts):
        return cols
    asked = set(words(phrase)) - (set(words(row.split(SEP)[-1])) if row else set())
    scored = [(len(header_words(SEP.join(p[:-1])) & asked), c) for p, c in zip(parts, cols)]
    best = max(s for s, _ in scored)
    top = [c for s, c in scored if s == best]
    return top if best > 0 and len(top) < len(cols) else cols


def initials(header: str) -> set[str]:
    """The initials of each part of a header path of three words or more ('Chief Financial Officer › FY22' -> 'cfo'):
    a question names the column by them ('the CFO's total remuneration'), as it names a row by its acronym."""
    return {a for part in header.split(SEP) if (a := acronym(part))}


def movement_column(table: Table, year: int, phrase: str) -> str | None:
    """A roll-forward ('Dec 2018 | Acquisitions | Transfers | Dec 2019'): an undated column the phrase
    names, between an earlier date and the column of `year`, moves the balance during that year."""
    dated = [(i, year_of(c)) for i, c in enumerate(table.columns)]
    end = next((i for i, y in dated if y == year), None)
    start = next((i for i, y in dated if y is not None and y < year), None)
    if end is None or start is None or start > end:
        return None
    asked = set(words(phrase))
    named = [table.columns[i] for i in range(start + 1, end)
             if dated[i][1] is None and words(table.columns[i]) and set(words(table.columns[i])) <= asked]
    return named[0] if len(named) == 1 else None


_CHANGE_ASKED = re.compile(r"\b(chang\w*|versus|vs|compared|growth|grew|increas\w*|decreas\w*|differen\w*)\b", re.I)


# a column stating how a figure moved, not the figure: 'Change', '% Change', 'Variance', 'Increase (decrease)'
_CHANGE_COLUMN = re.compile(r"\b(chang\w*|variance|increase|decrease|growth|movement)\b", re.I)


def _one_year(cols: list[str], year: int, phrase: str) -> list[str]:
    """A year's columns without those that compare it with another year ('Percentage Change 2019
    Versus 2018' is no column of 2018 alone) or whose own header is a change ('F18 › CHANGE', the year
    spanning it), unless the phrase asks a change; all when none is left."""
    if len(cols) < 2 or _CHANGE_ASKED.search(phrase):
        return cols
    kept = [c for c in cols if {int(y) for y in _YEAR_ANY.findall(as_end_years(c))} <= {year}
            and not _CHANGE_COLUMN.search(c.split(SEP)[-1])]  # 'F18 › CHANGE': the year's header spans its change
    return kept or cols


# 'the percentage change in net sales': a change of the amounts, stated as a percentage
_RATE_OF_CHANGE = re.compile(r"\b(?:percent(?:age)?|%)\s+(?:change|increase|decrease|growth|decline|rise|fall|difference)\b", re.I)


def _of_unit_asked(cols: list[str], phrase: str) -> list[str]:
    """A year's columns of the unit asked, when its header says ('2019 › Amount' beside '2019 › % of
    total revenue'): the share columns for a percentage, else the others; all when none is left."""
    share = percent_asked(phrase) and not _RATE_OF_CHANGE.search(phrase)
    kept = [c for c in cols if (unit_of(c)[0] == "%") == share]
    return kept or cols


def year_columns(table: Table, phrase: str) -> list[str]:
    """One column per year (the phrase's header words choose among same-year columns), table order."""
    out = []
    for year in dict.fromkeys(y for c in table.columns if (y := year_of(c)) is not None):
        col = column_for(table, year, phrase)
        if col is None:
            return []
        out.append(col)
    return out

"""A column heading a rate of its own period ('CAGR 2024-2030E', 'YoY 2024 (%)', 'Change 2022-2024 (percentage points)',
'Household penetration, 2024'): the measure words and the years stand in one header part. A question naming that measure
for those years ('the highest CAGR between 2024 and 2030') asks that column, not the level column of a year it names."""

from __future__ import annotations

import re

from ingest.tables import SEP, Table
from ingest.year_parts import MONTH_ABBREVIATION

from .cells import words, year_of
from .direction_words import GROWTH_ASKED

_NOTE = re.compile(r"\([^)]*\)")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
# header words naming no measure on their own
_GENERIC = frozenset(words("total number amount of in per the unit"))
# the short forms a header writes for a rate, and the words a question names each one by
_NAMED_BY = {"yoy": ("yoy", "year-on-year", "year over year", "growth"),
             "cagr": ("cagr", "compound annual growth", "growth"),
             "change": ("change", "gain", "growth", "increase", "rise"),
             "growth": ("growth", "grew", "grow", "grows", "growing", "grown")}


def measure_part(column: str) -> tuple[set[str], set[int]] | None:
    """(measure words, years) of the last header part that has measure words ('Household penetration, 2024 › (%)':
    ({'household', 'penetration'}, {2024})); None when that part names a year alone or no measure."""
    parts = column.split(SEP)
    for i in range(len(parts) - 1, -1, -1):
        own = _own(parts[i])
        if own:
            return own, {int(y) for y in _YEAR.findall(parts[i])}
        if _YEAR.search(parts[i]):
            return _rate_above(parts[:i], parts[i])  # '2024' under 'Subscribers (thousand)': a level column of a period
    return None


# a period's own name in a header ('Q2 2025', 'H1 2024', 'FY2024', '9M 2023', 'MAT Jun 2025'): no measure word
_PERIOD_WORD = re.compile(rf"^(?:q[1-4]|h[12]|fy\d*|\dm|ytd|mat|{MONTH_ABBREVIATION})$")


def _own(part: str) -> set[str]:
    return {w for w in words(_NOTE.sub(" ", part)) if not w[:1].isdigit() and not _PERIOD_WORD.match(w)} - _GENERIC


def _rate_above(upper: list[str], leaf: str) -> tuple[set[str], set[int]] | None:
    """A rate's header written over its period ('CAGR › 2022-2024', 'Growth › 2024'): the nearest upper part with
    measure words, when it names a rate (or the leaf spans two years, a level having no span); else None (a level)."""
    years = {int(y) for y in _YEAR.findall(leaf)}
    own = next((o for part in reversed(upper) if (o := _own(part))), set())
    return (own, years) if own and (own & set(_NAMED_BY) or len(years) > 1) else None


def said(question: str) -> set[str]:
    """The question's words, with the header forms of the rates it names ('year-on-year' says 'yoy')."""
    low = question.lower()
    out = set(words(question))
    for short, forms in _NAMED_BY.items():
        if any(re.search(r"\b" + "[ -]".join(map(re.escape, re.split(r"[ -]", f))) + r"\b", low) for f in forms):
            out.add(short)
    return out


def rate_columns(columns: list[str], question: str) -> list[str]:
    """The columns heading a rate of their own period whose measure words the question all says and whose years it
    says (any years, when it says none); [] when none is."""
    asked = said(question)
    years = {int(y) for y in _YEAR.findall(question)}
    out = []
    for col in columns:
        part = measure_part(col)
        if part is None or not part[1]:
            continue
        own, col_years = part
        if own <= asked and (not years or col_years <= years):
            out.append(col)
    return out


# a rate compounded a year, as a header writes it and as a question names it
_COMPOUNDED = re.compile(r"\bcagrs?\b|\bcompound", re.I)


def printed_rate(cells: list, columns: list[str], question: str, years: list[int], compounded: bool) -> object | None:
    """The row's cell in the one rate column of exactly the years asked ('CAGR 2019-2024' for 'the CAGR from 2019 to
    2024', 'YoY 2024 (%)' for 'the year-on-year growth in 2024'), of the rate the question names: a compounded column
    answers only a compounded rate asked, over more than one year; else None (the rate is computed)."""
    asked = set(years)
    found = []
    for col in rate_columns(columns, question):
        part = measure_part(col)
        if part is None or part[1] != asked or bool(_COMPOUNDED.search(col)) != (compounded and len(asked) > 1):
            continue
        found += [c for c in cells if c.column == col and c.value is not None]
    return found[0] if len(found) == 1 else None


# words naming a rate of change in a header ('YoY', 'QoQ change', 'Change (%)', '% chg', 'Growth 2024', 'CAGR')
_RATE_WORDS = frozenset({"yoy", "qoq", "cagr", "change", "chg", "growth", "grew"})
# a rate's period named explicitly by the question: it asks that rate, not another period's
_PERIOD_FORMS = {"yoy": re.compile(r"\byoy\b|\byear[- ](?:on|over)[- ]year\b", re.I),
                 "qoq": re.compile(r"\bqoq\b|\bquarter[- ](?:on|over)[- ]quarter\b|\bsequential", re.I),
                 "cagr": re.compile(r"\bcagrs?\b|\bcompound", re.I)}
# a change asked as an amount ('the largest increase in dollars', 'in absolute terms'), not as a rate
_AMOUNT_ASKED = re.compile(r"\bin (?:absolute|value|dollar|money|cash) terms\b|\bin (?:u\.?s\.? )?(?:dollars|euros|pounds|yen|"
                           r"usd|eur|gbp|rmb|units|tonnes|millions?|billions?|thousands?)\b|\$", re.I)


def rates_said(question: str) -> set[str]:
    """The header abbreviations of the rates a question names by their period in full ('quarter on quarter': 'qoq'):
    a question saying the long form names a 'QoQ' column as much as one writing it short."""
    return {k for k, rx in _PERIOD_FORMS.items() if rx.search(question)}


def growth_columns(table: Table, question: str, years: tuple[int, ...] | list[int]) -> list[str]:
    """The columns stating a rate of change of their row ('CAGR 2024-2030E', 'YoY 2024 (%)', 'QoQ', 'Change (%)') whose
    period is the one asked: the header's own years, or, a header naming none, the latest period of the table's level
    columns (the one a YoY or QoQ column compares); of the rate's period the question names ('year on year' not
    'QoQ'), percentages before amounts ('Change (%)' over 'Change') unless an amount is asked ('in dollars'). A question asking how rows grew, of a period no
    rate column states, gets [] (the level columns are read instead)."""
    if not GROWTH_ASKED.search(question):
        return []
    said_words = set(words(question))
    explicit = rates_said(question)
    asked = set(years)
    levels = [y for c in table.columns if (y := year_of(c)) is not None
              and not ((measure_part(c) or (set(), set()))[0] & _RATE_WORDS)]
    latest = max(levels) if levels else None
    found = []
    for col in table.columns:
        part = measure_part(col)
        if part is None:
            continue
        own, col_years = part
        rate = own & _RATE_WORDS
        if not rate or not (own - _RATE_WORDS) <= said_words:
            continue
        if explicit and not (rate & set(_PERIOD_FORMS)) <= explicit:
            continue
        if col_years:
            if asked and col_years != asked:
                continue
        elif asked and (latest is None or asked - {latest, latest - 1} or latest not in asked):
            continue
        found.append(col)
    if len(found) > 1:
        percent = [c for c in found if "%" in c or all(x.unit == "%" or "%" in x.text for x in table.cells
                                                         if x.column == c and x.value is not None)]
        amounts = [c for c in found if c not in percent]
        found = amounts if _AMOUNT_ASKED.search(question) and amounts else percent or found
    return found

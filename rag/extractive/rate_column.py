"""A column heading a rate of its own period ('CAGR 2024-2030E', 'YoY 2024 (%)', 'Change 2022-2024 (percentage points)',
'Household penetration, 2024'): the measure words and the years stand in one header part. A question naming that measure
for those years ('the highest CAGR between 2024 and 2030') asks that column, not the level column of a year it names."""

from __future__ import annotations

import re

from ingest.tables import SEP

from .cells import words

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


def _own(part: str) -> set[str]:
    return {w for w in words(_NOTE.sub(" ", part)) if not w[:1].isdigit()} - _GENERIC


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

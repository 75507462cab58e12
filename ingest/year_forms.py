"""Short period forms analysts write, read as full years the same way on both sides (questions and passages):
"in '24" -> 2024, 'FY24' -> FY2024, '2024-30' -> 2024-2030 (a range; consecutive '2024-25' stays a split fiscal
year), "from 2024 to '30" -> 2030, 'end-2029' -> 'end of 2029'. Forecast marks ('2025E', '2030F') already read
as their year (figures.YEAR_RE).
A two-digit year belongs to the century that puts it nearest a reference year (by default 2000, so the window is
1950-2049: "'98" -> 1998, "'24" -> 2024); an apostrophe-number before a unit of time or count ("'24 hours",
"'7 days", "'24/7") is no year."""

from __future__ import annotations

import re

from .year_parts import SHORT_PART_LEAD

# unit nouns of time or count: an apostrophe-number before one counts them ('24 hours), it dates nothing
_UNIT_NOUN = (r"\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|quarters?|"
              r"percent|per ?cent|pct|points?|pts|bps|basis points?|times|units?|items?|pieces?|people|persons?)\b")
# an apostrophe year ('24, ’30) standing alone: not a quote's closing mark, a figure, a decade ('the '90s') or a count
_APOSTROPHE = re.compile(rf"(?<![\w'’])['’](\d{{2}})(?![\w'’%]|[.,]\d|/\d(?!\d)|{_UNIT_NOUN})", re.I)
# a fiscal year written with two digits ('FY24', 'FY 24', "FY'24"); 'FY2024' is already in full
# (its two digits after 'FY': one spelling for this and a figure's 'in FY23' that figures reads)
SHORT_FISCAL = r"\s?['’]?(\d{2})(?![\w%]|[.,]\d)"
_FISCAL = re.compile(rf"\b(FY){SHORT_FISCAL}", re.I)
# a range ending in two digits ('2024-30', '2024–30'): the end takes the start's century
_RANGE_END = re.compile(r"(?<![\d/])((?:19|20)\d{2})(\s?[-–]\s?)(\d{2})(?![\w/%]|[.,]\d)")
# a year marked as a forecast or estimate ('2025E', '2030F'): figures.YEAR_RE reads it as the year, this as a forecast
FORECAST_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d{2}[EF]\b")
# a point of a year hyphened to it ('end-2024', 'mid-2025'), right before the year: it dates a figure as the year does
POINT_OF_YEAR = re.compile(r"\b(?:end|close|mid|start|early|late)[-‑]$", re.I)
# 'end-2029' dates the year as 'end of 2029' does
_END = re.compile(r"\b(end|close)-(?=(?:19|20)\d{2}\b)", re.I)


def _range(m: re.Match) -> str:
    start, end = int(m.group(1)), int(m.group(1)) // 100 * 100 + int(m.group(3))
    if end <= start + 1:  # '2018-19' is a split fiscal year (split_years); an end before the start is no range
        return m.group(0)
    return f"{m.group(1)}{m.group(2)}{end}"


def full_year(two_digits: str, reference: int = 2000) -> int:
    """The year of a two-digit form in the century that puts it nearest `reference` (window reference-50 to +49)."""
    year = (reference - 50) // 100 * 100 + int(two_digits)
    return year + 100 if year < reference - 50 else year


# a quarter or half dated with two digits ('Q4 24', '1H25', "Q3 '23"): the digits are its year, as in 'Q4 2024', no amount
_PART = re.compile(rf"{SHORT_PART_LEAD}(\d{{2}})(?![\d%]|[.,]\d)", re.I)


def short_part_years(text: str, reference: int = 2000) -> list[tuple[int, int, int]]:
    """Each quarter or half `text` dates with two digits, as (start, end, its full year): 'Q4 24' -> 2024."""
    return [(m.start(), m.end(), full_year(m.group(1), reference)) for m in _PART.finditer(text)]


def short_fiscal_years(text: str, reference: int = 2000) -> list[tuple[int, int, int]]:
    """Each fiscal year `text` writes with two digits, as (start, end, its full year): a column 'FY24' dates its cell
    2024 as 'FY2024' does."""
    return [(m.start(), m.end(), full_year(m.group(2), reference)) for m in _FISCAL.finditer(text)]


def full_years(text: str, reference: int = 2000) -> str:
    """`text` with each short year form written as its full year, nearest `reference` (see the module docstring)."""
    text = _RANGE_END.sub(_range, text)
    text = _FISCAL.sub(lambda m: f"{m.group(1)}{full_year(m.group(2), reference)}", text)
    text = _APOSTROPHE.sub(lambda m: str(full_year(m.group(1), reference)), text)
    return _END.sub(lambda m: f"{m.group(1)} of ", text)


# a date written in figures, day first as European filings head their columns ('31.12.22', '31.12.2022', '30/06/2024'):
# its year is the last group; a version or section number ('3.1.2') has no day-month pair before a year
NUMERIC_DATE = re.compile(r"(?<![\d.,/])(?:0?[1-9]|[12]\d|3[01])([./])(?:0?[1-9]|1[0-2])\1(\d{2}|(?:19|20)\d{2})(?![\d%]|[.,/]\d)")


def numeric_date_years(text: str, reference: int = 2000) -> list[int]:
    """The years of the dates `text` writes in figures ('31.12.22' -> 2022), in order."""
    return [int(y) if len(y) == 4 else full_year(y, reference) for _, y in NUMERIC_DATE.findall(text)]

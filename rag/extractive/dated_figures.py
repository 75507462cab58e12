"""A sentence's figures addressed by their years where the sentence says it plainly: a comparative in
parentheses ('€1,842 million (2018: €1,716 million)': the first of the year after 2018) and
'respectively' pairing N figures with N years in order ('$41.8 million, $36.2 million and $24.9 million
for 2020, 2019 and 2018, respectively'). Anything less plain keeps the figures as parsed."""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.figures import Figure

# '(2018: €1,716 million)', '(FY2018: 6.1 years)': the figure of that year, the one before it of the next
_COMPARATIVE = re.compile(r"^\s*\(\s*(?:FY\s*)?((?:19|20)\d{2})\s*:\s*(?:[A-Z]{0,3}\s?[$€£¥]|[A-Z]{3}\s)?\s*$")
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)


def comparative_years(text: str, figures: list[Figure]) -> dict[int, int]:
    """{index of a figure: its year} for each '(YYYY: B)' comparative written right after a figure A:
    B of YYYY, A of YYYY + 1 (the year the report is of)."""
    years: dict[int, int] = {}
    amounts = [(i, f) for i, f in enumerate(figures) if f.unit != "year"]
    for (i, a), (j, b) in zip(amounts, amounts[1:]):
        m = _COMPARATIVE.search(text[a.end:b.start])
        if m:
            year = int(m.group(1))
            years[i], years[j] = year + 1, year
    return years


def respective_years(text: str, figures: list[Figure]) -> dict[int, int]:
    """{index of a figure: its year} when the sentence says 'respectively' and lists as many distinct years
    as figures of one unit (two or more), all the years on one side of all the figures: paired in order."""
    if len(_RESPECTIVELY.findall(text)) != 1:
        return {}
    amounts = [(i, f) for i, f in enumerate(figures) if f.unit != "year"]
    dates = [f for f in figures if f.unit == "year"]
    listed = [int(f.number) for f in dates]
    if len(amounts) < 2 or len(amounts) != len(listed) or len(set(listed)) != len(listed) \
            or len({f.unit for _, f in amounts}) != 1:
        return {}
    if not (dates[0].start > amounts[-1][1].end or dates[-1].end < amounts[0][1].start):
        return {}  # years between the figures: each figure's own year, not a list to pair
    return {i: y for (i, _), y in zip(amounts, listed)}


# 'from USD 599 to USD 349 between 2022 and 2024': a movement's two ends, then the two years it runs between
_BETWEEN_YEARS = re.compile(r"^\s*(?:between|from|over|in)\s+((?:19|20)\d{2})\s+(?:and|to|-|–)\s+((?:19|20)\d{2})\b", re.I)
_FROM_TO = re.compile(r"^\s*to\s+(?:[A-Z]{3}\s|[$€£¥])?\s*$")


def movement_years(text: str, figures: list[Figure]) -> list[Figure]:
    """A movement 'from A to B between 2022 and 2024' (or 'from 2022 to 2024') dates its start figure A by the first
    year and its end B by the second: the two ends are written in the order of the years."""
    out = list(figures)
    amounts = [(i, f) for i, f in enumerate(figures) if f.unit != "year"]
    for (i, a), (j, b) in zip(amounts, amounts[1:]):
        if a.unit != b.unit or not re.search(r"\bfrom\s+(?:[A-Z]{3}\s|[$€£¥])?\s*$", text[max(0, a.start - 12):a.start]) \
                or not _FROM_TO.match(text[a.end:b.start]):
            continue
        m = _BETWEEN_YEARS.match(text[b.end:])
        if m is not None and int(m.group(1)) < int(m.group(2)):
            out[i], out[j] = replace(a, year=int(m.group(1))), replace(b, year=int(m.group(2)))
    return out


def dated(text: str, figures: list[Figure]) -> list[Figure]:
    """The figures with the years the sentence plainly gives them (a comparative, or 'respectively');
    the figures as parsed when it gives none."""
    years = comparative_years(text, figures) or respective_years(text, figures)
    return [replace(f, year=years[i]) if i in years else f for i, f in enumerate(figures)]


def comparative_pair(text: str, figures: list[Figure]) -> tuple[int, int] | None:
    """(the year, the year before) of the sentence's one comparative ('A (2018: B)'); None unless one."""
    years = comparative_years(text, figures)
    if len(years) != 2:
        return None
    return max(years.values()), min(years.values())

"""The month slot: a question naming a month of a year is not answered by a sentence dating that
year by other months only. gates.py lists the gate with the others."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.year_parts import MONTH_NAMES

from .names import mentions_entity
from .periods import MONTH_WORD, MONTH_YEAR, months_of

if TYPE_CHECKING:
    from ingest.figures import Figure

    from .gates import Decision


def month_covered(d: Decision) -> str | None:
    """A question naming a month of a year ('its December 2024 round') is not answered by a sentence
    that dates that year by other months only ('xAI (USD 6.0B, May 2024)'), nor by one whose clause
    naming what the question names gives another month ('CoreWeave (USD 1.1B, May 2024), and OpenAI
    (USD 6.6B, Oct 2024)' for CoreWeave's October round): the reports give another date. A sentence
    naming no month for the year says nothing against it, nor does the same month of another year
    ('June 30, 2019' beside a June 30, 2017 column: fiscal year-ends recur). A table row naming no
    date is dated by its caption (`_caption_date`)."""
    if not d.slots.months:
        return None
    for clause in re.split(r"\)\s*,?|;", d.best.text):
        # the date in the clause that names what the question names ('CoreWeave (USD 1.1B, May 2024)')
        if not any(mentions_entity(clause.lower(), e) for e in d.slots.entities if not e.place):
            continue
        attached = months_of(clause)
        for year in d.slots.years:
            if attached.get(year) and not attached[year] & set(d.slots.months):
                return f"the reports give {_months(attached[year])} {year}, not {_months(d.slots.months)} {year}"
    if (dated := figure_month(d.best.text, d.figures[0] if d.figures else None, d.slots.years)) is not None \
            and dated[1] not in set(d.slots.months) | months_named(d.ctx.question):
        return f"the reports give {_months({dated[1]})} {dated[0]}, not {_months(d.slots.months)} {dated[0]}"
    named = months_of(d.best.text)
    if d.best.row and not named:
        named = months_of(_caption_date(d.ctx.passages[d.best.passage_index].chunk.text, d.best.text))
    for year in d.slots.years:
        given = named.get(year, set())
        if given and not given & set(d.slots.months):
            return f"the reports give {_months(given)} {year}, not {_months(d.slots.months)} {year}"
    return None


def months_named(question: str) -> set[int]:
    """Every month the question names, with its year or not ('April and December 2019': both)."""
    return {_MONTH_NAMES.index(m.group(0).title()) + 1 for m in MONTH_WORD.finditer(question)
            if m.group(0) != "may"}  # the verb 'may' names no month


def figure_month(text: str, figure: Figure | None, years) -> tuple[int, int] | None:
    """(year, month) of the month-and-year date nearest the lead figure in its sentence, when it
    dates a year asked: 'as of December 31, 2019 In April 2019, we granted 346,453 PSUs' grants
    them in April, whatever else the sentence dates December."""
    if figure is None or not (0 <= figure.start < figure.end <= len(text)) or text[figure.start:figure.end] != figure.text:
        return None
    dates = [m for m in MONTH_YEAR.finditer(text) if not (m.end() > figure.start and m.start() < figure.end)]
    if not dates:
        return None
    near = min(dates, key=lambda m: figure.start - m.end() if m.end() <= figure.start else m.start() - figure.end)
    year = int(near.group(2))
    return (year, months_of(near.group(0))[year].pop()) if year in years else None


def _caption_date(passage: str, row: str) -> str:
    """The last month-and-year date written before `row` in its passage: a table row is dated by its
    caption ('Index, November 7, 2025 Rank | Model | Index')."""
    at = passage.find(row)
    dates = list(MONTH_YEAR.finditer(passage[:at])) if at > 0 else []
    return dates[-1].group(0) if dates else ""


_MONTH_NAMES = [m.title() for m in MONTH_NAMES]


def _months(ms) -> str:
    return "/".join(_MONTH_NAMES[m - 1] for m in sorted(ms))

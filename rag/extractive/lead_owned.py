"""Leads the evidence does not own: the figure is said per another period, of a finer version than the one asked,
one of several things asked 'respectively', or the lead is a numbered section heading. Each check names why the
lead is shown without bold, or returns None; lead_checks runs them in order with the others."""

from __future__ import annotations

import re

from ingest.figures import CURRENCY_CODES, parse_figures
from ingest.year_parts import HALF_CODE, HALF_CODE_DIGIT_FIRST, HALF_MONTHS, HALF_ORDINAL_ANY, HALF_YEAR, SEMI_ANNUAL

from ..types import bold_lead
from .period_cells import YEAR

# the period a rate is said per: 'monthly code', 'per month', 'each month' -> month
_PERIOD_WORDS = {"daily": "day", "weekly": "week", "monthly": "month", "quarterly": "quarter", "annual": "year",
                 "annually": "year", "yearly": "year"}
# (a periodic document or event, 'the annual report', 'the quarterly meeting', is said per no period)
_PERIOD = re.compile(r"\b(daily|weekly|monthly|quarterly|annual|annually|yearly)\b"
                     r"(?!\s+(?:general\s+)?(?:reports?|filings?|meetings?|reviews?|statements?)\b)|"
                     r"\b(?:per|each|every)\s+(day|week|month|quarter|year)\b", re.I)
PER_PERIOD_WHY = "the question asks a figure per {asked}; the quoted evidence gives it per {given}"


def _periods(text: str) -> set[str]:
    return {(_PERIOD_WORDS[m.group(1).lower()] if m.group(1) else m.group(2).lower()) for m in _PERIOD.finditer(text)}


def period_other(question: str, text: str) -> str | None:
    """PER_PERIOD_WHY when the question asks a figure per one period ('monthly code') and the lead's evidence
    names only other periods ('daily code'): a rate per day is not the rate per month; else None."""
    asked = _periods(question)
    if not asked:
        return None
    given = _periods(text)
    if not given or asked & given:
        return None
    return PER_PERIOD_WHY.format(asked="/".join(sorted(asked)), given="/".join(sorted(given)))


# a half-year named: 'the second half of 2024', 'H1 2025', '1H24', 'the six months to June'
_HALF = re.compile(rf"\b{HALF_ORDINAL_ANY}[- ]half\b|\b{HALF_CODE_DIGIT_FIRST}\s?(?:\d{{2}}|\d{{4}})?\b|\b{HALF_CODE}\b|"
                   rf"\b{HALF_YEAR}\w*|\b{HALF_MONTHS}\b|\b{SEMI_ANNUAL}\w*", re.I)
HALF_WHY = "the question asks a half-year, and the lead's evidence gives no half-year figure (a quarter's or a year's)"


def half_other(question: str, said: str) -> str | None:
    """HALF_WHY when the question asks a figure of a half-year ('in the second half of 2024') and the answer names
    no half-year: a quarter's or a full year's figure (a table of quarters and years) is not the half's, while the sum
    of the half's two quarters is; else None."""
    if not _HALF.search(question) or "**" not in said or _HALF.search(said):
        return None
    if "+" in said and {m.group(1) for m in _QUARTER.finditer(said)} in ({"1", "2"}, {"3", "4"}):
        return None  # the half's two quarters added (quarter_cells): the half's own figure
    return HALF_WHY


_QUARTER = re.compile(r"\bQ([1-4])\b")


# a name and its version: 'Turbo v2', 'Kling 1.6', 'Gemini 2' (not a year, not an amount or a share)
_NAMED_VERSION = re.compile(r"\b([A-Z][\w-]*)\s+(v?\d+(?:\.\d+)*)(?![\w%]|[.,]\d|\s*(?:%|percent|pct|million|billion)\b)")
VERSION_WHY = "the question asks {name} {version}; the evidence names only {name} {finer}, a later release"


def finer_version(question: str, text: str) -> str | None:
    """VERSION_WHY when the question names a versioned name ('Turbo v2') that the lead's evidence names only
    with a finer version ('Turbo v2.5'): that is another release, its figure is not the one asked; else None."""
    for m in _NAMED_VERSION.finditer(question):
        name, version = m.group(1), m.group(2)
        if YEAR.fullmatch(version):
            continue
        head = rf"(?<![\w-]){re.escape(name)}\s+{re.escape(version)}"
        if re.search(head + r"(?![\w]|\.\d)", text):
            continue  # the very version is named
        finer = re.search(head + r"(\.\d+)", text)
        if finer:
            return VERSION_WHY.format(name=name, version=version, finer=version + finer.group(1))
    return None


_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
_BOLD = re.compile(r"\*\*(.+?)\*\*", re.S)
_PARTS = re.compile(r"\s*(?:,(?!\d)|[;/\n]|\band\b|\bvs\.?(?!\w)|\bversus\b)\s*", re.I)
RESPECTIVELY_WHY = "the question asks of several things respectively; the lead gives one"


def respectively_one_led(question: str, shown: str) -> str | None:
    """RESPECTIVELY_WHY when the question asks of several things 'respectively' and the answer leads with one
    bold item (one span, one part): the other things asked are left unanswered; else None."""
    if not _RESPECTIVELY.search(question):
        return None
    lead = bold_lead(shown)
    if lead is None or len(_BOLD.findall(shown.split("\n", 1)[0])) > 1:
        return None
    parts = [p for p in _PARTS.split(lead) if p and p.strip(" .")]
    return RESPECTIVELY_WHY if len(parts) < 2 else None


# a numbered heading: 'I. Overview of ...', '2.3 Market size', 'Chapter 3: Outlook'
_HEADING = re.compile(r"^(?:(?:[IVX]{1,4}|\d{1,2})[.:)]|\d{1,2}(?:\.\d{1,2})+\.?|(?:Chapter|Part|Section)\s+\w+[.:]?)\s+"
                      r"[A-Z][^.;!?]*$")
_ASKS_HEADING = re.compile(r"\b(?:chapter|section|part|heading|title|headline|table of contents|contents)\b", re.I)
_HEADING_WORDS = 12
HEADING_WHY = "the lead is a numbered section heading: it names where the topic is, not what is asked"


def heading_lead(question: str, shown: str) -> str | None:
    """HEADING_WHY when the bold lead is a numbered section heading ('I. Overview of Global X Industry': a number,
    a capitalised title, no end punctuation, a dozen words at most) and the question asks no section or title."""
    lead = bold_lead(shown)
    if lead is None or _ASKS_HEADING.search(question) or len(lead.split()) > _HEADING_WORDS:
        return None
    return HEADING_WHY if _HEADING.match(lead) and _titled(lead) else None


_TITLE_WORD = re.compile(r"\b[A-Z][a-z]{2,}")


def _titled(lead: str) -> bool:
    """A heading's number is followed by a title of words ('Market Drivers', 'AI Chips'); a figure's by its unit or
    scale ('1.5 TWh', '12.5 GW', '3.5 Billion'), which makes it an amount."""
    figures = parse_figures(lead)
    scaled = bool(figures) and figures[0].start == 0 and re.search(r"[A-Za-z]", figures[0].text) is not None
    return not scaled and _TITLE_WORD.search(lead) is not None


# a unit stated in parentheses: '(cents per share)', '(shares, millions)', '(Tonnes of CO2e)'
# ('pounds' is a weight too: a unit either way); each word whole, so '(Europe)' and '(Centre)' are no units, but a
# currency code may carry its scale ('(EURm)', '(USDbn)')
_UNIT = re.compile(r"\(([^()]*(?:\b(?:cents?|per share|millions?|thousands?|billions?|percent|per cent|dollars?|tonnes?|"
                   rf"shares|(?:{'|'.join(CURRENCY_CODES)})(?:m|mn|bn|k)?|euros?|yen|pounds?|yuan|days|years)\b|[%$])[^()]*)\)",
                   re.I)  # a sign needs no word boundary: '(%)'
UNIT_WHY = "the question asks {asked}; the evidence read states its figures in {given}"


def unit_other(question: str, shown: str) -> str | None:
    """UNIT_WHY when the question states the unit of what it asks in parentheses ('(cents per share)') and the
    answer's evidence states units in parentheses, none of them that one ('(shares, millions)'): another
    quantity was read; else None."""
    m = _UNIT.search(question)
    if m is None:
        return None
    asked = m.group(1).strip().lower()
    given = [g.strip() for g in _UNIT.findall(shown)]
    if not given or asked in shown.lower():
        return None
    return UNIT_WHY.format(asked=asked, given=given[0])

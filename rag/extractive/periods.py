"""The time a question asks about, parsed once for its Slots: the years and their kinds (a year, a
range, the end of a year, a target year, two years compared, or 'since' a year: that year and every
later one), fiscal-year forms ('FY19', 'fiscal 2019') and the months named with a year."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.keyword import tokenize
from ingest.year_parts import MONTH_ABBREVIATIONS, MONTH_NAME

from ..number_words import cardinals
from .kept_patterns import compiled
from .split_years import as_end_years


@dataclass(frozen=True)
class Period:
    """A time the question asks about: 'year' (2024), 'range' (2020 to 2024), 'end' (end of 2024),
    'by' (by 2030), 'versus' (2023 versus 2024),
    'since' (since 2023: that year and every later one)."""

    kind: str
    years: tuple[int, ...]


_MONTH_NUMBER = {m: i + 1 for i, m in enumerate(MONTH_ABBREVIATIONS)}
MONTH_YEAR = re.compile(r"\b(" + MONTH_NAME + r"|"
                         r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?(?:\s*[-–]\s*|\s+(?:\d{1,2},?\s+)?)((?:19|20)\d{2})\b", re.I)


# a month's full name, anywhere ('April', 'december')
MONTH_WORD = re.compile(rf"\b(?:{MONTH_NAME})\b", re.I)


def months_of(text: str) -> dict[int, set[int]]:
    """Each year in `text` with the months named right before it: 'May 2024' -> {2024: {5}},
    'Oct 2024' -> {2024: {10}}, 'June 22, 2025' -> {2025: {6}}."""
    out: dict[int, set[int]] = {}
    for m in MONTH_YEAR.finditer(text):
        out.setdefault(int(m.group(2)), set()).add(_MONTH_NUMBER[m.group(1).lower()[:3]])
    return out


FISCAL_YEAR_FORM = re.compile(r"\b(?:FY\s?|fiscal(?: year)?\s)('?\d{2}|(?:19|20)\d{2})\b", re.I)


# 'since 2023', 'since its 2021 rebound', 'from 2023 onwards', 'after 2018': a start, the end is the latest the
# reports give
_SINCE = re.compile(r"\bsince\b(?:\s+\w+){0,2}\s+(?:19|20)\d{2}\b|\b(?:19|20)\d{2}\s+(?:on|onwards?)\b|"
                    r"\bafter\s+(?:its\s+|the\s+)?(?:19|20)\d{2}\b(?!\s*[-–])")


# two years written as one span ('2024-2030E', '2019–2024', '2024 to 2030'), a forecast mark allowed on either; a
# split fiscal year ('2023/24', '2024-25') is one year, no span
_SPAN = re.compile(r"(?<![\d/.,])((?:19|20)\d{2})[EF]?\s?(?:[-–]|\bto\b)\s?((?:19|20)\d{2})[EF]?(?![\d/%])")


def year_span(text: str) -> tuple[int, int] | None:
    """The first span of years `text` names as its period ('CAGR 2024-2030E' -> (2024, 2030)), or None."""
    return next(((int(m.group(1)), int(m.group(2))) for m in _SPAN.finditer(text)
                 if int(m.group(2)) > int(m.group(1)) + 1), None)


def span_asked(name: str, periods: tuple[Period, ...], terms: set[str]) -> bool:
    """Whether a column `name` headed by a span of years ('CAGR 2024-2030E') is the span a range period asks
    ('the CAGR over 2024-2030') and the question's `terms` hold its other words: one figure answers for the span."""
    asked = next((p.years for p in periods if p.kind == "range"), None)
    own = {t for t in tokenize(name) if not re.fullmatch(r"\d+[ef]?", t)}
    return asked is not None and year_span(name) == asked and bool(own) and own <= terms


def fiscal_years(question: str) -> list[int]:
    """'FY19', 'FY 2019', 'fiscal 2019' -> 2019."""
    out = []
    for m in FISCAL_YEAR_FORM.finditer(question):
        raw = m.group(1).lstrip("'")
        out.append(int(raw) if len(raw) == 4 else 2000 + int(raw))
    return out


# years listed with a bare comma ('for 2017,2018 and 2019'): the comma parts years, it groups no digits
LISTED_YEARS = re.compile(r"(?<=(?<![\d.,])(?:19|20)\d{2}),(?=(?:19|20)\d{2}(?![\d%]))")


# 'over 2017 to 2019', 'across fiscal 2018 through 2020': a range, as 'from 2017 to 2019' is
# ('for the years 2021 to 2023': the years named as a span are every year of it, whatever preposition leads)
_OVER_RANGE = re.compile(r"(?:\b(?:over|across|during)\s+(?:the\s+(?:years?|period)\s+)?|\bthe\s+(?:fiscal\s+)?(?:years|period)\s+)"
                         r"(?:fiscal\s+)?(?:19|20)\d{2}\s+(?:to|through|until)\s+(?:fiscal\s+)?(?:19|20)\d{2}\b")


# two years joined as the ends of one span ('2020 to 2024', 'Fiscal 2027 through Fiscal 2029', '2025E-2027F'), whatever
# preposition leads: every period between them is asked (a split fiscal year '2023/24' joins with no such word)
_JOINED_RANGE = re.compile(r"(?<![\d/.,])(?:19|20)\d{2}[ef]?\s*(?:[-–]|\bto\b|\bthrough\b|\bthru\b|\buntil\b)\s*"
                           r"(?:(?:fiscal|fy)\s*(?:year\s+)?)?(?:19|20)\d{2}(?![\d/%])", re.I)

_COUNT_WORDS = cardinals(2, 10)
# 'in the three years to 2024', 'over the five fiscal years ended 2023': a count of periods ending in a year
_COUNTED_SPAN = re.compile(r"\b(" + "|".join(_COUNT_WORDS) + r"|[2-9])\s+(?:fiscal\s+|financial\s+)?years?\s+"
                           r"(?:to|ending(?:\s+in)?|ended|through|up\s+to)\s+(?:(?:fiscal|fy)\s*)?((?:19|20)\d{2})\b", re.I)


def counted_span(question: str) -> tuple[int, int] | None:
    """The years a count of years ending in one names ('the three years to 2024' -> (2022, 2024)), or None."""
    m = _COUNTED_SPAN.search(question)
    if m is None:
        return None
    n = _COUNT_WORDS.get(m.group(1).lower()) or int(m.group(1))
    return int(m.group(2)) - n + 1, int(m.group(2))


def periods_of(question: str, years: list[int]) -> tuple[Period, ...]:
    """The time asked: a range, an end of year, a target year, two years compared, or plain years; a split fiscal
    year reads as the year it ends in ('over 2021/22 to 2023/24' is the range 2022 to 2024, as `years` give it)."""
    q = as_end_years(question.lower())
    if (counted := counted_span(q)) is not None and set(years) <= set(counted):
        return (Period("range", counted),)  # 'the three years to 2024': 2022 to 2024
    if len(years) >= 2:
        if re.search(r"\b(from|between)\b.*\b(to|and|through|until)\b|\d{4}\s?[-–]\s?\d{4}", q) or _OVER_RANGE.search(q) \
                or _JOINED_RANGE.search(q):
            return (Period("range", (min(years), max(years))),)
        if re.search(r"\b(versus|vs\.?|compared?s? (with|to)|against)\b|\band\b", q):
            return (Period("versus", tuple(years)),)
    out = []
    for y in years:
        kind = ("end" if compiled(rf"\b(end|close) of (fiscal |the year )?{y}\b").search(q)
                else "by" if compiled(rf"\b(by|until|through) {y}\b").search(q) else "year")
        out.append(Period(kind, (y,)))
    if len(out) == 1 and out[0].kind == "year" and _SINCE.search(q):
        return (Period("since", out[0].years),)  # 'changed since 2023': that year and every later one
    return tuple(out)


_YEAR_WRITTEN = re.compile(r"(?<![\d/.,])((?:19|20)\d{2})(?:[EF]\b)?(?![\d%])", re.I)


# a range led as a duration ('over 2025E-2027E', 'across fiscal 2021 to 2023'), not as a path ('from 2015 to 2024')
_DURATION_LED = re.compile(r"\b(?:over|across|during|throughout)\s+(?:the\s+)?(?:(?:fiscal|financial)\s+)?(?:years?\s+|period\s+)?"
                           r"(?:fy\s*)?(?:19|20)\d{2}", re.I)


def range_of_three(question: str) -> bool:
    """Whether the question asks a range of three periods or more as a duration ('over 2025E-2027E', 'the three
    years to 2024'): what it asks is of every period of it, not of its two ends (a path 'from 2015 to 2024' is not)."""
    if not (_DURATION_LED.search(question) or counted_span(question)):
        return False
    years = sorted({int(y) for y in _YEAR_WRITTEN.findall(question)} | set(counted_span(question) or ()))
    ranges = [p for p in periods_of(question, years) if p.kind == "range"]
    return len(ranges) == 1 and max(ranges[0].years) - min(ranges[0].years) >= 2


_MONTH_WORD = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
               r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?")
# a month in a balance date, day and year beside it and a point-in-time word before ('at 30 June 2024', 'as of June
# 30, 2024', 'ended March 31, 2025'); a date naming a table or release ('the table of November 7, 2025') stays a name
_FULL_DATE = re.compile(rf"\b(?:at|as\s+at|as\s+of|ended|ending)\s+(?:\d{{1,2}}\s+({_MONTH_WORD})\s+(?:19|20)\d{{2}}\b|"
                        rf"({_MONTH_WORD})\s+\d{{1,2}},?\s+(?:19|20)\d{{2}}\b)", re.I)


def dated_months(question: str) -> set[str]:
    """The month words the question writes inside a balance date ('at 30 June 2024' -> {'June'}): the date is the
    period asked (a table heads or captions it), not a name a passage must carry."""
    return {m.group(1) or m.group(2) for m in _FULL_DATE.finditer(question)}


# a year closing a name of two or more capitalised words ('the Annual General Meeting 2020', 'Market White Paper
# 2025') where the name's phrase ends (not 'Data Center 2024 revenue', a period of a measure); a period word
# before it ('Fiscal 2025', 'June 2024', 'Q4 2024', 'Year Ended 2024') makes it a period again
_TITLED_YEAR = re.compile(r"\b((?:[A-Z][\w&'’-]*\s+){2,})((?:19|20)\d{2})(?=\s*(?:[?.,;:)]|$)|\s+(?:and|or|to|of|in|for|on|at|by|"
                          r"with|was|were|is|are|has|had|say|said|states?|reports?)\b)")
_PERIOD_WORD = re.compile(rf"^(?:{_MONTH_WORD}|fiscal|financial|year|years|ended|ending|quarter|half|FY|CY|Q[1-4]|H[12]|"
                          r"[1-4]Q|[12]H|calendar|coffee|crop|season|marketing)$", re.I)


def titled_name_years(question: str) -> set[int]:
    """The years a question writes as the last word of a capitalised name ('approved by the Annual General Meeting
    2020' -> {2020}): they tell which meeting or report is meant, not the period a figure is asked for. None in a
    title-cased question, whose capitals name nothing."""
    words = re.findall(r"[A-Za-z][\w'’-]*", question)
    capital = sum(1 for w in words if w[0].isupper())
    if words and capital * 2 > len(words):
        return set()
    return {int(m.group(2)) for m in _TITLED_YEAR.finditer(question)
            if not _PERIOD_WORD.match(m.group(1).split()[-1]) and m.start() > 0}

"""What one table cell's text means: its signed figure, and the unit and scale a caption, header or
cell states. Kept apart from the grid reading (tables.py), which applies it to every cell."""

from __future__ import annotations

import re

from .figures import DOLLAR_SIGN, NOT_OTHER_DOLLAR, OTHER_DOLLARS, parse_figures

_EMPTY = {"", "-", "—", "–", "−", "n/a", "na", "n.a.", "n.a", "n. a.", "nm", "n.m.", "n/m", "nil", "*", "†", "...", "…"}
_YEAR_CELL = re.compile(r"(?:FY\s?)?(?:19|20)\d{2}[EFAB]?(?:\s*(?:[$€£¥]|US\$|USD|RMB|EUR|GBP))?", re.I)
# what a figure cell may write besides its number: a currency mark ('S$5.2', 'NT$ 12'), a sign, brackets
_OTHER_MARKS = "|".join(rf"\b{p}\$" for p in OTHER_DOLLARS)
_LEFTOVER = re.compile(rf"(?:US\$|{_OTHER_MARKS}|USD|RMB|CNY|EUR|GBP|HKD|JPY|[$€£¥()+\-−–\s*])*")
_CURRENCY = [(re.compile(p, re.I), c) for p, c in (
    (rf"US\$|\bUSD\b|{DOLLAR_SIGN}|\bU\.S\. dollars?\b|\b{NOT_OTHER_DOLLAR}dollars?\b", "USD"),
    (r"\bRMB\b|\bCNY\b|\byuan\b|¥|元", "RMB"),
    (r"\bEUR\b|€|\beuros?\b", "EUR"), (r"\bGBP\b|£", "GBP"), (r"\bHKD\b|HK\$", "HKD"), (r"\bJPY\b", "JPY"),
    *((rf"\b{p}\$", code) for p, code in OTHER_DOLLARS.items() if p != "HK"))]
_SCALE = re.compile(r"(?<![\d.,\s])\s*(100 million|hundred million|trillions?|billions?|millions?|thousands?|"
                    r"['‘’]000s?|000s|亿|万)(?![A-Za-z])|\b(mn|bn)\b|(?<=[$€£¥])\s?(m|bn|k)(?![A-Za-z])", re.I)
_SCALE_NAME = {"m": "million", "hundred million": "100 million", "亿": "100 million", "万": "ten thousand",
               **{q + z: "thousand" for q in "'‘’" for z in ("000", "000s")}, "000s": "thousand", "mn": "million", "bn": "billion", "k": "thousand"}
# a multiplier unit note opening a bracket or 'Unit:' ('(10,000 tonnes)', '(RMB 10,000)', 'Unit: 10 thousand units'):
# the figures count tens of thousands; a count in running text ('over 10,000 tonnes') states no scale
_TEN_THOUSAND = re.compile(r"(?:\(|\bunits?\s*[:：]\s*)(?:in\s+)?(?:[A-Z]{3}\s+|[$€£¥]\s?)?(?:10,000|10 thousand|ten thousand)"
                           r"(?![\d,.])", re.I)
_PERCENT = re.compile(r"\(\s*%\s*\)|(?:^|[\s,(])%(?:$|[\s)])|\bper ?cent\b|\bin %", re.I)


def nil_mark(text: str) -> bool:
    """Whether a cell writes no figure on purpose ('—', 'n/a', 'nm', blank): a nil, not text."""
    return text.strip().lower() in _EMPTY


# a footnote mark printed against a figure ('0.30(1)', '(1,234)(a)', '12.5¹', '518*', '6.4†'): a pointer to a note,
# no second figure and no part of the one printed
_FOOTNOTE_MARK = re.compile(r"(?<=[\d)%])(?:\((?:\d|[a-z])\)|[¹²³⁴⁵⁶⁷⁸⁹]+|\*{1,3}|[†‡§]{1,2})$")
# the same marks closing a row's or column's label ('Asia-Pacific(a)', 'Delong Automation*', 'Emissions¹',
# 'Europe (1)', 'Other(2)(4)', 'Incentive schemes1'); an estimate mark on a period ('2025E') is none of them
_LABEL_MARK = re.compile(r"(?:\s*(?:\((?:\d{1,2}|[a-h])\)|[¹²³⁴⁵⁶⁷⁸⁹]+|\*{1,3}|[†‡§]{1,2}))+$|(?<=[a-z]{3})\d{1,2}$")


def without_footnote_mark(text: str) -> str:
    """A cell's text without the footnote mark glued to its figure's end ('0.30(1)' -> '0.30', '518*' -> '518')."""
    return _FOOTNOTE_MARK.sub("", text.strip())


def unmarked_label(label: str) -> str:
    """A label as a name, its footnote marks aside ('Asia-Pacific(a)' -> 'Asia-Pacific', 'Other(2)(4)' -> 'Other',
    '2024(1)' -> '2024'): a mark points to a note and names nothing; '2025E' keeps its estimate mark, a period's own."""
    bare = _LABEL_MARK.sub("", label.rstrip())
    return bare if bare.strip() else label


def parse_value(text: str) -> float | None:
    """The figure a cell holds, signed: '(1,234)' -> -1234, '-5.2%' -> -5.2, '0.30(1)' -> 0.3 (its footnote
    mark aside), '—' / text -> None."""
    s = without_footnote_mark(text)
    if s.lower() in _EMPTY:
        return None
    figures = parse_figures(s, with_years=False)
    if len(figures) != 1:
        return None
    f = figures[0]
    rest = s[:f.start] + re.sub(r"^(\s*\))\s*%\s*$", r"\1", s[f.end:])  # '(12)%': a negative percentage
    if not _LEFTOVER.fullmatch(rest) and not _LEFTOVER.fullmatch(rest.replace(f.currency or "~", "")):
        return None
    before, after = s[:f.start], s[f.end:]
    negative = ("(" in before and ")" in after) or bool(re.search(r"[-−–]", before))
    return -f.number if negative else f.number


def is_numeric(text: str) -> bool:
    """A cell holding a figure (not a year heading)."""
    return parse_value(text) is not None and not _YEAR_CELL.fullmatch(without_footnote_mark(text))


def unit_of(text: str) -> tuple[str | None, str | None]:
    """(unit, scale) a caption, header or label states: '(in millions)', '$ in thousands', '(%)', 'RMB 100 million'."""
    if not text:
        return None, None
    unit = "%" if _PERCENT.search(text) else None
    if unit is None:
        unit = next((code for rx, code in _CURRENCY if rx.search(text)), None)
    m = _SCALE.search(text)
    scale = "ten thousand" if _TEN_THOUSAND.search(text) else None
    if m and scale is None:
        word = (m.group(1) or m.group(2) or m.group(3)).lower()
        scale = _SCALE_NAME.get(word, word.rstrip("s"))
    return unit, scale


def cell_unit(text: str) -> str | None:
    """The unit a cell's own text states: a trailing '%' or a currency."""
    if text.rstrip().endswith("%"):
        return "%"
    return next((code for rx, code in _CURRENCY if rx.search(text)), None)


# a label's bracket naming a measure that is no amount: '(basis points)', '(times)', '(days)', '(number)'
_MEASURE_NOTE = re.compile(r"\((?:in\s+)?(?:basis\s+points?|bps|points?|pts|times|x|days|months|years|number|no\.|"
                           r"ratio)\)", re.I)


def unscaled_measure(label: str) -> bool:
    """Whether a row's label states a measure that is no amount ('Average fee rate (basis points)'): its cells take
    no scale of the table's ('(in billions)' in the corner sizes the amounts, never a rate in points or a count of days)."""
    return bool(_MEASURE_NOTE.search(label)) and unit_of(label) == (None, None)



# a label naming a figure per something: 'Average realised price (AED/tonne)', 'ICE NY price (USD/t)', '($/Bbl)',
# 'Diluted net income per share', 'EVs per public charger', 'LTIFR (per million man-hours)'; not a time rate
# ('Rent per annum' is an amount), 'as per', 'per cent', nor a pair of words ('Gains/(losses)', 'Surplus/deficit')
_PER_LABEL = re.compile(r"(?<!\bas )\bper\s+(?!(?:cent|annum|year|month|quarter|week|day|the|se)\b)[A-Za-z]|"
                        r"(?:[$€£¥]|US\$|\b(?:USD|EUR|GBP|RMB|CNY|JPY|AED|SAR|INR|KRW|AUD|A\$|CAD|CHF|SEK|NOK|DKK|"
                        r"HKD|SGD|BRL|MXN|PLN|ZAR)|\bcents?)\s*/\s*[A-Za-z]", re.I)
# what follows 'per' or a unit's slash: the thing counted, whose scale ('per million man-hours') sizes no figure
_PER_PART = re.compile(r"(?:\bper\b|/)\s*(?:\d[\d,.]*\s*)?\S+", re.I)


# a count used to compute a per-share figure ('Weighted-average shares used in computing net income per share'): an amount
_PER_DENOMINATOR = re.compile(r"\b(?:used|computing|calculating|calculation|compute)\b[^›]*\bper\b", re.I)


def per_label(label: str) -> bool:
    """Whether a row's or column's own label names a figure per something (a price per tonne, earnings per share)."""
    return bool(_PER_LABEL.search(label)) and not _PER_DENOMINATOR.search(label)


def per_label_scale(label: str) -> str | None:
    """The scale a per-something label states for its own figures ('(USD thousand per employee)' -> thousand), the
    thing counted aside: a table's 'in thousands' or 'Unit: thousand tonnes' sizes its amounts, never a price per tonne."""
    return unit_of(_PER_PART.sub(" ", label))[1]

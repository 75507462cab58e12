"""A figure written in prose leads as the report writes the amount: with its unit of measure after it ('219.8 kg',
'96 million tonnes', 'about 560 GW AC'), with the unit it is priced per ('USD 0.68/W', 'USD 18,500/t LCE'), and
as the whole range it is one end of ('3-8%', 'between USD 27 billion and USD 33 billion'): the number alone does
not say what it measures, nor how far it runs."""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.figures import Figure, parse_figures

from .features import Evidence
from .headers import PHYSICAL

# units of measure beyond the headers' physical ones: a volume ('cubic metres'), a duration ('12.3 years', '30 days')
_MORE = frozenset("metre meter year month week day hour".split())
# unit symbols as the trade writes them after an amount, case as written: a mass ('Mt', 'kt'), a capacity or flow
# ('mtpa', 'mb/d', 'Ml/d', 'MMBtu'), a volume ('bcm', 'bbl'), containers ('TEU'), a vessel's size ('dwt')
_SYMBOLS = ("Mt", "kt", "Gt", "mtpa", "Mtpa", "bcm", "tcf", "bcf", "mb/d", "kb/d", "b/d", "bbl", "boe/d", "Ml/d",
            "MMBtu", "TEU", "dwt", "GWh", "MWh", "TWh", "kWh", "MW", "GW", "ha")
# a physical unit right after a number, in its singular or plural, with the current it is rated in ('GW AC')
_MEASURE = re.compile(rf"\s+(?:metric\s+|cubic\s+)?(?:{'|'.join(sorted(PHYSICAL | _MORE, key=len, reverse=True))})(?:e?s)?\b"
                      r"(?:\s+(?-i:AC|DC)\b)?|\s+(?-i:" + "|".join(_SYMBOLS) + r")(?![\w/-])", re.I)
# the unit an amount is priced per, slashed onto it ('/W', '/kWh', '/user/month', '/t' with what the tonne is of: '/t LCE')
_PER_SLASH = re.compile(r"(?:/[A-Za-z][A-Za-z0-9]{0,5}\b)+(?:\s+[A-Z][A-Z0-9]{1,4}\b(?![-.]\w))?")
# the unit an amount of money is priced per, in words ('per watt', 'per million tokens'), never a percent's 'per cent'
_PER_WORD = re.compile(r"\s+per\s+(?!cent\b)(?:(?:million|thousand|billion|hundred)\s+)?[a-z]+\b")
# the two ends of one range: 'A-B', 'A–B', 'between A and B'
_DASH = re.compile(r"[-–]|\s–\s")
# a question asking one end of a range, or a point in it, not the range
_END_ASKED = re.compile(r"\b(?:upper|lower|low|high|top|bottom)\s+end\b|\b(?:minimum|maximum|mid-?point|at\s+(?:least|most)|"
                        r"floor|ceiling|low(?:er)?\s+bound|upper\s+bound)\b", re.I)


def with_measure(figure: Figure, text: str) -> Figure:
    """`figure` as written in `text` with the physical unit that follows it; a money, a percent, a year, or a figure
    not read from `text`, as it is."""
    if figure.unit in ("money", "percent", "year", "multiple") or figure.currency or \
            text[figure.start:figure.end] != figure.text:
        return figure
    m = _MEASURE.match(text, figure.end)
    return replace(figure, text=figure.text + m.group(0), end=m.end()) if m else figure


def with_per_unit(figure: Figure, text: str) -> Figure:
    """`figure` with the unit it is an amount per ('USD 0.68/W', 'USD 0.25 per million tokens'): a price or a rate
    per unit is that amount only with its unit. A year, a percent, or a figure not read from `text`, as it is."""
    if figure.unit in ("year", "percent", "multiple") or text[figure.start:figure.end] != figure.text:
        return figure
    m = _PER_SLASH.match(text, figure.end) or (_PER_WORD.match(text, figure.end) if figure.unit == "money" else None)
    return replace(figure, text=figure.text + m.group(0), end=m.end()) if m else figure


def _joinable(low: Figure, high: Figure) -> bool:
    """Two figures can be the ends of one range: neither a year, the low end bare or in the high end's unit, or the
    currency written once at the low end and the scale at the high end ('EUR 520-540 bn')."""
    if "year" in (low.unit, high.unit) or low.value > high.value and low.unit == high.unit:
        return False
    if low.unit == "money" and low.currency and high.unit == "count" and not high.currency and high.number >= low.number:
        return True
    return low.unit in ("count", "number") and not low.currency or (low.unit, low.currency) == (high.unit, high.currency)


def with_range(figure: Figure, text: str, question: str = "") -> Figure:
    """`figure` as the whole range it is one end of in `text` ('3-8%' for '3', 'between USD 27 billion and USD 33
    billion'), in the high end's unit: a range is one figure, its ends are not answers apart. A question asking one
    end ('the upper end', 'at least') keeps the end; a figure not read from `text` is as it is."""
    if figure.unit == "year" or text[figure.start:figure.end] != figure.text or _END_ASKED.search(question):
        return figure
    others = [f for f in parse_figures(text, with_years=False) if f.unit != "year"]
    for low, high in zip(others, others[1:]):
        if figure.start not in (low.start, high.start) or not _joinable(low, high):
            continue
        gap = text[low.end:high.start]
        between = re.search(r"\bbetween\s+$", text[max(0, low.start - 9):low.start], re.I)
        if _DASH.fullmatch(gap):
            start = low.start
        elif between and re.fullmatch(r"\s+and\s+", gap):
            start = low.start - len(between.group(0))
        else:
            continue
        unit, currency = (low.unit, low.currency) if low.currency and not high.currency else (high.unit, high.currency)
        return replace(figure, text=text[start:high.end], start=start, end=high.end, unit=unit, currency=currency)
    return figure


def measured(figures: list[Figure], used: list[Evidence], question: str = "") -> list[Figure]:
    """Each figure as its quoted sentence writes it: the whole range it is an end of, its unit of measure, the unit
    it is per."""
    out = []
    for f in figures:
        source = next((e.text for e in used if e.text[f.start:f.end] == f.text), None)
        if source is None:
            out.append(f)
            continue
        ranged = with_per_unit(with_measure(with_range(f, source, question), source), source)
        if not any(g.start == ranged.start and g.text == ranged.text for g in out):  # both ends led: the range once
            out.append(ranged)
    return out

"""Numbers written as part of an instrument's name. A year ('the 2024 Notes', 'notes due 2026', 'bond 2015/2075',
'the 2019 Plan') tells which instrument is meant, not the period a figure is asked or given for; a percent
before the noun ('0.125% convertible senior notes') is its coupon, the interest rate it pays."""

from __future__ import annotations

import re

# the nouns an issued instrument or a plan is named by
_INSTRUMENT = (r"(?:notes?|bonds?|debentures?|loans?|facilit(?:y|ies)|warrants?|plans?|credit\s+agreements?|"
               r"indentures?|programmes?|programs?|securities|certificates?|sukuk|tranches?)")
# the words that may stand between a name's year and its noun, lower-case ('2018 term loan'); a capitalised
# word is the name's own ('2019 Equity Incentive Plan')
_MODIFIERS = frozenset("convertible exchangeable senior junior subordinated secured unsecured green hybrid "
                       "sustainability-linked term revolving credit equity stock share incentive option omnibus "
                       "purchase employee long-term perpetual fixed-rate floating-rate".split())
_YEAR = r"(?:19|20)\d{2}"
# 'the 2024 Notes', '2019 Equity Incentive Plan': the year right before a capitalised noun (a defined term), or
# before its modifiers; 'the 2019 loans' (lower case) may be the loans of 2019
_YEAR_BEFORE = re.compile(rf"(?<![\d/.,$€£¥-])({_YEAR})(?:[-–]\d{{1,2}})?((?:\s+[A-Za-z][\w-]*){{0,3}}?)\s+"
                          rf"({_INSTRUMENT})\b(?!\s+(?:payable|receivable))", re.I)
# 'notes due 2026' (not 'due in 2026': a maturity bucket), 'hybrid bond 2015/2075', 'bond 2012-2022'
_YEAR_AFTER = re.compile(rf"\b(?:notes|bonds?|debentures)\s+due\s+({_YEAR})\b|"
                         rf"\b{_INSTRUMENT}\s+({_YEAR})\s?[/–-]\s?({_YEAR}|\d{{2}})(?![\d/])", re.I)


def _consecutive(first: str, last: str) -> bool:
    """Whether two years written as a split ('2018/19', '2017/2018') follow each other: a fiscal year."""
    return int(last[-2:]) == (int(first) + 1) % 100


def _modifiers_fit(words: str) -> bool:
    """Whether the words between a year and an instrument noun are the name's own modifiers: a lower-case
    word must be one of `_MODIFIERS`, a capitalised one is part of the name ('2019 Equity Incentive Plan')."""
    return all(w[0].isupper() or w.lower() in _MODIFIERS for w in words.split())


def name_year_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of the years in `text` that are part of an instrument's name."""
    spans: list[tuple[int, int]] = []
    for m in _YEAR_BEFORE.finditer(text):
        if m.group(3)[0].isupper() and _modifiers_fit(m.group(2) or ""):
            spans.append(m.span(1))
    for m in _YEAR_AFTER.finditer(text):
        if m.group(1):
            spans.append(m.span(1))
        elif not _consecutive(m.group(2), m.group(3)):  # 'bonds 2018/19' is a fiscal year, not a name
            spans.append((m.start(2), m.end(3)))
    return sorted(spans)


def name_years(text: str) -> set[int]:
    """The years in `text` written only as part of an instrument's name ('the 2024 Notes' -> {2024};
    'bond 2015/2075' -> {2015, 2075}); a year also written elsewhere as a period is not among them."""
    spans = name_year_spans(text)
    named = {int(y) for s, e in spans for y in re.findall(_YEAR, text[s:e])}
    outside = {int(m.group(0)) for m in re.finditer(rf"(?<!\d){_YEAR}(?!\d)", text)
               if not any(s <= m.start() < e for s, e in spans)}
    return named - outside


# '0.125% convertible senior notes', '3.625% hybrid bond': a percent naming a debt instrument by its coupon
_COUPON_NAMED = re.compile(r"\d(?:[\d.,]*\d)?\s?%(?:\s+[A-Za-z][\w-]*){0,3}?\s+(?:notes|bonds?|debentures)\b", re.I)


def coupon_named(text: str) -> bool:
    """Whether `text` names a debt instrument by its coupon ('0.125% convertible senior notes'): that percent
    is the instrument's interest rate, though the text never says 'interest'."""
    return any(_modifiers_fit(" ".join(m.group(0).split()[1:-1])) for m in _COUPON_NAMED.finditer(text))

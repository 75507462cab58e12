"""A figure asked in a currency or per a period finer than a year (quarterly, per month) is answered only by evidence
that writes that currency or that period: a report giving RMB, or a year's total, does not state it in euros or per
quarter (converting or dividing is not reading)."""

from __future__ import annotations

import re

from ingest.figures import CURRENCIES, DOLLAR_SIGN, NOT_OTHER_DOLLAR

from .kept_patterns import compiled
from .measure_names import named_measure_blanked

# names a question or report gives a currency beyond the forms a figure is parsed with (ingest.figures.CURRENCIES):
# code -> (how a reason names it, names either writes, names only evidence writes: a report's '¥' may be yen)
_MORE_NAMES: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "RMB": ("RMB", ("renminbi",), ()),
    "USD": ("USD", (), ()),
    "HKD": ("HKD", ("hong kong dollar", "hong kong dollars"), ()),
    "EUR": ("euros", (), ()),
    "JPY": ("yen", ("yen", "円"), ("¥",)),
    "GBP": ("pounds", ("sterling", "pounds sterling"), ("pound", "pounds")),
    "INR": ("rupees", ("rupee", "rupees", "inr", "₹"), ()),
}


def _form(name: str) -> str:
    """The pattern of one written form: a word whole (a dollar word not another place's), a sign as it is."""
    if name == "$":
        return DOLLAR_SIGN
    if name.endswith("$"):
        return rf"\b{re.escape(name[:-1])}\$"
    if name.isascii() and name[0].isalpha():
        words = r"\s+".join(map(re.escape, name.split()))
        return rf"\b{NOT_OTHER_DOLLAR if name.startswith('dollar') else ''}{words}\b"
    return re.escape(name)


def _currencies() -> dict[str, tuple[str, str]]:
    """Each currency's (how a question asks it, how evidence writes it), from CURRENCIES and `_MORE_NAMES`; a form
    another currency may be written with ('¥': yuan or yen) asks neither."""
    shared = {f for _, _, written_only in _MORE_NAMES.values() for f in written_only}
    table = {}
    for code, (shown, names, written_only) in _MORE_NAMES.items():
        asked = [k for k, c in CURRENCIES.items() if c == code and k not in shared] + list(names)
        written = asked + [k for k, c in CURRENCIES.items() if c == code and k in shared] + list(written_only)
        table[shown] = ("|".join(map(_form, asked)), "|".join(map(_form, written)))
    return table


# a currency: how a question asks it, and every way evidence may write it (a symbol, a code, a word)
_CURRENCIES = _currencies()
# a period finer than a year: how a question asks a figure per it, and how evidence writes it
_GRANULARITIES = {
    # ('a quarter' is also a fraction, 'a quarter of the market': only 'per/each/every quarter' asks the period)
    "quarter": (r"\b(?:quarterly|(?:per|each|every)\s+quarter|Q[1-4])\b", r"\b(?:quarters?|quarterly|Q[1-4])\b"),
    "month": (r"\b(?:monthly|(?:per|each|a|every)\s+month)\b", r"\b(?:months?|monthly)\b|/\s?mo\b"),
    "week": (r"\b(?:weekly|(?:per|each|a|every)\s+week)\b", r"\b(?:weeks?|weekly)\b"),
    "day": (r"\b(?:daily|(?:per|each|every)\s+day)\b", r"\b(?:days?|daily)\b"),
}


def _unwritten(asked: dict[str, tuple[str, str]], question: str, texts: list[str]) -> list[str]:
    return [k for k, (q, t) in asked.items() if compiled(q, re.I).search(question)
            and not any(compiled(t, re.I).search(x) for x in texts)]


def currency_uncovered(question: str, texts: list[str], counted: bool = False) -> str | None:
    """The reason when the question asks a currency none of `texts` writes ('in euros' over RMB figures), or None.
    A count (`counted`: how many rows exceed $50 million) states no money: the currency is only its bound's, and
    evidence writing no currency at all is read in the one the question assumes; only another currency written refuses."""
    missing = _unwritten(_CURRENCIES, question, texts) if texts else []
    if counted and not any(compiled(t, re.I).search(x) for _, t in _CURRENCIES.values() for x in texts):
        return None
    return f"the passages cited give no figure in {', '.join(missing)}" if missing else None


def granularity_uncovered(question: str, texts: list[str]) -> str | None:
    """The reason when the question asks a figure per quarter, month, week or day and none of `texts` writes that
    period (a year's total does not state it), or None."""
    # a period word naming a measure the texts write ('daily' of 'average daily rate', ADR) asks no period
    missing = _unwritten(_GRANULARITIES, named_measure_blanked(question, texts), texts) if texts else []
    return f"the passages cited give no figure per {', '.join(missing)}" if missing else None

"""A figure asked in a currency or per a period finer than a year (quarterly, per month) is answered only by evidence
that writes that currency or that period: a report giving RMB, or a year's total, does not state it in euros or per
quarter (converting or dividing is not reading)."""

from __future__ import annotations

import re

from .kept_patterns import compiled

# a currency: how a question asks it, and every way evidence may write it (a symbol, a code, a word)
_CURRENCIES = {
    "RMB": (r"\b(?:RMB|CNY|yuan|renminbi)\b", r"\b(?:RMB|CNY|yuan|renminbi)\b|[¥元]"),
    # (a Hong Kong dollar, 'HK$', is HKD's, not a US dollar)
    "USD": (r"\b(?:USD|US\$|(?:US\s+)?(?<!Kong )dollars?)|(?<!HK)\$", r"\b(?:USD|(?<!Kong )dollars?)\b|(?<!HK)\$"),
    "HKD": (r"\b(?:HKD|Hong\s+Kong\s+dollars?)\b|\bHK\$", r"\b(?:HKD|Hong\s+Kong\s+dollars?)\b|\bHK\$"),
    "euros": (r"\b(?:euros?|EUR)\b|€", r"\b(?:euros?|EUR)\b|€"),
    "yen": (r"\b(?:yen|JPY)\b|円", r"\b(?:yen|JPY)\b|[円¥]"),
    "pounds": (r"\b(?:pounds?\s+sterling|sterling|GBP)\b|£", r"\b(?:pounds?|sterling|GBP)\b|£"),
    "rupees": (r"\b(?:rupees?|INR)\b|₹", r"\b(?:rupees?|INR)\b|₹"),
}
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


def currency_uncovered(question: str, texts: list[str]) -> str | None:
    """The reason when the question asks a currency none of `texts` writes ('in euros' over RMB figures), or None."""
    missing = _unwritten(_CURRENCIES, question, texts) if texts else []
    return f"the passages cited give no figure in {', '.join(missing)}" if missing else None


def granularity_uncovered(question: str, texts: list[str]) -> str | None:
    """The reason when the question asks a figure per quarter, month, week or day and none of `texts` writes that
    period (a year's total does not state it), or None."""
    missing = _unwritten(_GRANULARITIES, question, texts) if texts else []
    return f"the passages cited give no figure per {', '.join(missing)}" if missing else None

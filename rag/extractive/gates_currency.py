"""The unit slot of a money question: a currency the question names ('in US dollars') that the lead's
figures are not in ('RMB 134.9 trillion') is not answered (the reports give no conversion); and a
bracket holding only a scale and a currency ('(100 million yuan)') is a chart's unit note, no value
(recognised in unit_note.py). gates.py lists the gates with the others."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .unit_note import is_bracket_unit_note

if TYPE_CHECKING:
    from .gates import Decision

# a currency the answer is asked in: 'in US dollars', 'in USD', 'in RMB billion', 'in yuan terms'
_ASKED = re.compile(r"\bin\s+(?:(?P<usd>U\.?S\.?\s+dollars?|dollars?|USD|US\$)|(?P<rmb>RMB|yuan|renminbi|CNY)"
                    r"|(?P<eur>euros?|EUR))\b|\b(?:(?P<usd2>dollar|USD)|(?P<rmb2>yuan|RMB))\s+terms\b", re.I)
_CODES = {"usd": "USD", "usd2": "USD", "rmb": "RMB", "rmb2": "RMB", "eur": "EUR"}


def currency_asked(question: str) -> str | None:
    """The currency `question` asks its amount in ('USD' for 'in US dollars'), or None."""
    m = _ASKED.search(question)
    return next((_CODES[k] for k, v in m.groupdict().items() if v), None) if m else None


def currency_other(d: Decision) -> str | None:
    """The question asks its amount in one currency and every money figure of the lead is in another."""
    asked = currency_asked(d.slots.text)
    money = [f for f in d.figures if f.unit == "money" and f.currency]
    if asked and money and all(f.currency != asked for f in money):
        return f"the reports give the figure in {money[0].currency}, not in {asked} as asked"
    return None


def unit_note_only(d: Decision) -> str | None:
    """Every figure the lead would state is a unit note ('(100 million yuan)'): the chart's values are not in the text."""
    if d.figures and all(is_bracket_unit_note(d.best.text, f) for f in d.figures):
        return "the figure is the unit note of a chart or table, whose values the text does not give"
    return None

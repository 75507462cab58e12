"""A price is quoted per a period: '$50/user/month' is no annual fee, and '$1,200 a year' no monthly
one. gates.py lists the gate with the others."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .gates import Decision

# the period a rate is quoted per, as a question or a passage writes it (group name: the period)
_PERIODS = {
    "year": r"annual(?:ly)?|yearly|per (?:year|annum)|a year|/\s*(?:year|yr|annum)",
    "month": r"monthly|per month|a month|/\s*(?:month|mo)",
    "week": r"weekly|per week|a week|/\s*week",
    "day": r"daily|per day|a day|/\s*day",
}
_PERIOD = {name: re.compile(rf"(?:(?<=\w)|\b)(?:{rx})\b", re.I) for name, rx in _PERIODS.items()}
# what is paid at a rate: a price, fee, cost or subscription
_PAID = re.compile(r"\b(?:fees?|prices?|pricing|costs?|subscriptions?|maintenance|charges?|rents?|salar(?:y|ies)|"
                   r"wages?|licen[cs]es?)\b", re.I)
_CLAUSE_END = re.compile(r"[;)\]]|\.\s|,\s")
_AFTER = 40  # characters after the figure that may state its period ('$50/user/month')


def periods(text: str) -> set[str]:
    """The periods `text` quotes a rate per."""
    return {name for name, rx in _PERIOD.items() if rx.search(text)}


def rate_period(d: Decision) -> str | None:
    """A price asked per one period ('what annual maintenance fee') and the lead figure quoted per
    another ('$50/user/month') and not per the one asked: the reports give the other rate."""
    asked = periods(d.slots.text)
    if len(asked) != 1 or not d.figures or not _PAID.search(d.slots.text):
        return None
    f = d.figures[0]
    given = periods(_CLAUSE_END.split(d.best.text[f.start:f.end + _AFTER])[0])  # its own clause's period
    if not given or given & asked:
        return None
    (want,) = asked
    return f"the reports give a price per {sorted(given)[0]}, not per {want}"

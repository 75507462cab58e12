"""The month slot asked as the answer: 'in which month was X released?' is not answered by a
sentence dating it by its year only ('released in 2022'): the reports give the year, not the month.
gates.py lists the gate with the others."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .periods import MONTH_YEAR

if TYPE_CHECKING:
    from .gates import Decision

# the question asks for a month: 'which month', 'in what month', 'what month of 2024'
_MONTH_ASKED = re.compile(r"\b(?:which|what)\s+month\b", re.I)
_MONTH_WORD = re.compile(r"\b(?:january|february|march|april|may|june|july|august|september|october|"
                         r"november|december)\b", re.I)


def month_asked(question: str) -> bool:
    """Whether `question` asks for a month ('which month', 'what month') rather than naming one."""
    return bool(_MONTH_ASKED.search(question))


def month_not_given(d: Decision) -> str | None:
    """A month asked, and the lead sentence names no month (nor a month-and-year date): it dates
    what is asked by the year at most, so the month is not in the reports' evidence."""
    if not month_asked(d.slots.text) or d.slots.months:
        return None
    text = d.best.text
    if MONTH_YEAR.search(text) or _MONTH_WORD.search(text):
        return None
    return "the reports give no month for it"

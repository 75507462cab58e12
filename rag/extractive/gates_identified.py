"""A thing asked by a figure the question gives ('which province scores 96.58', 'the model rated 1,132'): the
sentence naming the answer must hold that figure, or it is about another thing. gates.py lists the gate."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .gates import Decision

# a measured value, not a count or a year: decimals ('96.58') or thousands groups ('1,132'), with a percent if any
_MEASURED = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)(\s?%)?(?![\w,]|\.\d)")

# a number right after a capitalised word or 'v' is the version in a name ('Kling 1.6 (Pro)', 'GPT-4.5', 'v2.1')
_VERSION_BEFORE = re.compile(r"(?:\b[A-Z][\w.-]*[\s-]|\bv(?:ersion)?\s?)$")


def given_figures(question: str) -> list[str]:
    """The measured values a question gives, commas dropped ('1,132' -> '1132'); [] when none."""
    return [m.group(1).replace(",", "") for m in _MEASURED.finditer(question)
            if not _VERSION_BEFORE.search(question[:m.start()])]


def holds(text: str, value: str) -> bool:
    """Whether `text` states `value` (commas ignored), not as part of a longer number."""
    return re.search(rf"(?<![\d.]){re.escape(value)}(?![\d]|\.\d)", text.replace(",", "")) is not None


def figure_identifies(d: Decision) -> str | None:
    """A question asking which thing (not an amount) by a figure it gives is answered only by a sentence that
    holds the figure: a sentence without it names some other thing."""
    if d.slots.asks == "amount" and not d.slots.entity:
        return None
    given = given_figures(d.slots.text)
    if not given or any(holds(d.best.text, v) for v in given):
        return None
    return f"the sentence does not give {given[0]}, the figure the question identifies the thing by"

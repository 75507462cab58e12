"""A count the question states as a condition ('when task steps exceed 10 layers'), the lead sentence
stating the same counted noun with another number ('exceed 5 layers'): its figure holds under another condition."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.figures import SCALE_NAME

from .names import singular

if TYPE_CHECKING:
    from .gates import Decision

# a number (not a year) and the noun it counts
_COUNTED = re.compile(r"(?<![\w.,])(\d{1,3}(?:\.\d+)?)\s+([a-z][a-z-]{2,})\b")
# a scale or unit makes the number an amount asked or given, not a count stated as a condition
_SCALE = re.compile(rf"(?:{SCALE_NAME}|percent|per|times|points?|years?|months?|days?)s?", re.I)


def counts(text: str) -> dict[str, set[str]]:
    """The numbers `text` writes before each counted noun (singular stem): {'layer': {'5'}}."""
    out: dict[str, set[str]] = {}
    for m in _COUNTED.finditer(text):
        if _SCALE.fullmatch(m.group(2)):
            continue
        out.setdefault(singular(m.group(2).lower()), set()).add(m.group(1))
    return out


def condition_other(d: Decision) -> str | None:
    """The question counts a noun with a number the lead sentence never writes before that noun,
    while the sentence counts it with another number: the sentence's figure is for another count."""
    if not d.figures or d.best.row:
        return None
    asked, given = counts(d.slots.text), counts(d.best.text)
    for noun, numbers in asked.items():
        if noun in given and not numbers & given[noun]:
            return f"the closest sentence counts {sorted(given[noun])[0]} {noun}, not {sorted(numbers)[0]}"
    return None

"""A question that says how many things it asks ('What are the three panels ...', 'three traits that mark
...') is answered by that many items; a bold lead holding fewer (a number, one phrase) is not that answer."""

from __future__ import annotations

import re

from ..number_words import cardinals
from ..types import bold_lead
from .label_attribute import attribute_free
from .shape_text import listed

_COUNTS = cardinals(2, 10)
_N = r"(?P<n>" + "|".join(_COUNTS) + r"|[2-9]|10)"
# the count opens what is asked: 'What (are the) three X', 'Which two X', 'Name the four X', 'three X that ...'
_ASKED = re.compile(r"^\s*(?:(?:what|which)\s+(?:are|were)?\s*(?:the\s+)?|(?:name|list)\s+(?:the\s+)?|the\s+)?"
                    + _N + r"\s+(?:\w+[\s-]){0,2}?(?P<noun>[a-z]+s)\b(?!['’])", re.I)
# the items of a lead: separated by commas (not the one inside a number: 1,076), semicolons, 'and', 'or', slashes or line breaks
_PARTS = re.compile(r"\s*(?:,(?!\d)|[;/\n]|\band\b|\bor\b|\bvs\b)\s*", re.I)
WHY = "the question asks {n} {noun} and the lead names {k} of them"


def items_asked(question: str) -> tuple[int, str] | None:
    """How many things the question says it asks, and their noun ('three panels' -> (3, 'panels')), or None."""
    m = _ASKED.match(question)
    if m is None:
        return None
    n = m.group("n").lower()
    return (_COUNTS[n] if n in _COUNTS else int(n)), m.group("noun")


def fewer_items_led(question: str, shown: str) -> str | None:
    """Why a bold lead naming fewer items than the question says it asks does not answer it, or None."""
    asked, lead = items_asked(question), bold_lead(shown)
    if asked is None or lead is None:
        return None
    parts = [p for p in _PARTS.split(lead) if p and p.strip(" .")]
    if len(parts) >= asked[0]:
        return None
    return WHY.format(n=asked[0], noun=asked[1], k=len(parts))


def ranked_lead(question: str, ranked: list[tuple[str, float]]) -> str | None:
    """The lead of items ranked by their figure, first first: the first alone, or the first n when the question says
    it asks n ('which two markets had the most ...'); None when the last one led ties the next (no set is named). A
    bracket every label carries (its place or owner) is left out of the names led (label_attribute)."""
    asked = items_asked(question)
    n = asked[0] if asked else 1
    if len(ranked) <= n or ranked[n - 1][1] == ranked[n][1]:
        return None
    names = attribute_free([label for label, _ in ranked])  # 'Pelican Pass LNG (US)' leads as 'Pelican Pass LNG'
    return listed(names[:n]) if n > 1 else names[0]

"""A rate asked per one thing ('revenue per passenger') led by a figure stated per another ('revenue per seat'): the
lead measures a different rate, so it is not bolded. A lead that states no 'per' at all is left to the other checks."""

from __future__ import annotations

import re

from .word_stems import plural_dropped

_PER = re.compile(r"\bper\s+(?:the\s+|each\s+|an?\s+)?([a-z][a-z-]{2,})", re.I)
# 'per cent', 'per annum' and the like are units of time or percent, no thing counted
NOT_THING = frozenset({"cent", "centum", "annum", "year", "month", "day", "week", "quarter", "hour"})
# one person, however written: 'per head', 'per person' and 'per capita' are one rate
_PER_PERSON = re.compile(r"\bper\s+(?:head|person|capita|inhabitant|individual|resident)\b", re.I)


def per_other_led(question: str, said: str) -> str | None:
    """Why a lead stated per something else than the question's 'per X' is not bolded, or None."""
    question, said = _PER_PERSON.sub("per capita", question), _PER_PERSON.sub("per capita", said)
    asked = {plural_dropped(m.group(1).lower()) for m in _PER.finditer(question)} - NOT_THING
    if not asked or not _PER.search(said):
        return None
    for thing in asked:
        if not re.search(rf"\bper\s+(?:[\w-]+\s+){{0,2}}{re.escape(thing)}", said, re.I):
            return f"the question asks a figure per {thing}; the lead is stated per something else"
    return None

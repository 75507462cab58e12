"""An anonymised name: reports hide players behind placeholders ('Company C', 'Player 3'). A question
asking who such a placeholder is asks what the reports withhold: a row naming 'Company C' gives its
figures, not its identity. gates.py lists the gate with the others."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .gates import Decision

# a placeholder: a generic noun and one capital letter or a number ('Company C', 'Player 3')
_PLACEHOLDER = r"(?:Company|Player|Vendor|Firm|Enterprise|Competitor|Manufacturer)\s+(?:[A-Z]|\d{1,2})\b"
# asking its identity: 'which company is Company C?', 'who is Company C?', 'what is the name of Company C?'
_IDENTITY = re.compile(rf"\b(?:who|which\s+\w+|what\s+(?:company|firm|player)|what\s+is\s+the\s+(?:real\s+)?name\s+of)"
                       rf"\s+(?:is|are|was)?\s*(?:behind\s+)?(?:the\s+)?({_PLACEHOLDER})", re.I)


def placeholder_asked(question: str) -> str | None:
    """The placeholder whose identity `question` asks ('which company is Company C?' -> 'Company C')."""
    m = _IDENTITY.search(question)
    return m.group(1) if m and m.group(1)[0].isupper() else None


def identity_withheld(d: Decision) -> str | None:
    """The question asks who a placeholder is, and the lead names the placeholder itself: the
    reports give it only under that name."""
    name = placeholder_asked(d.slots.text)
    if name and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", d.best.text, re.I):
        return f"the reports name it only as {name}"
    return None

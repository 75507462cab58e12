"""A list asked of the parts of a thing ('what types of ETFs are included in other fixed income', 'what are the
components of X') is not led by a list holding that thing itself among its items: such a list is the thing's
siblings under a heading ('Government, Investment grade corporate, High yield and Other fixed income'), one level
up from the parts asked."""

from __future__ import annotations

import re

from ..types import bold_lead

# the thing whose parts are asked, after the words that ask its parts
_PARTS_OF = re.compile(r"\b(?:included\s+in|includes?|within|under|components?\s+of|parts?\s+of|breakdown\s+of|"
                       r"make\s+up|makes\s+up|made\s+up\s+of|comprises?|consists?\s+of|items\s+of|types\s+of\s+\w+\s+in)"
                       r"\s+(?:the\s+)?(.+?)\s*(?:\?|$)", re.I)
_SPLIT = re.compile(r";\s*|,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
SELF_LISTED_WHY = "the question asks the parts of '{item}', and the lead lists '{item}' itself among its items"


def _norm(text: str) -> str:
    """Lower case, footnote marks ('(1)', '*') and the article off, spaces single."""
    text = re.sub(r"\(\d\)|\*+|^\s*the\s+", "", text.lower())
    return " ".join(text.split()).strip(" .")


def self_listed(question: str, shown: str) -> str | None:
    """SELF_LISTED_WHY when the bold lead lists several items, one of which is the thing the question asks the
    parts of; else None."""
    lead = bold_lead(shown)
    if lead is None:
        return None
    items = [_norm(i) for i in _SPLIT.split(lead) if i.strip()]
    if len(items) < 2:
        return None
    for m in _PARTS_OF.finditer(question):
        asked = _norm(m.group(1))
        for item in items:
            if item and len(item) > 3 and (asked == item or asked.startswith(item + " ")):
                return SELF_LISTED_WHY.format(item=item)
    return None

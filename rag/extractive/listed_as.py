"""A question asking what a source lists, names or cites as something ('what does CIC list as leading to
lower costs') asks for the items listed, in words: a money or rate word after 'as' is their topic, no amount."""

from __future__ import annotations

import re

from ..asking_frame import is_plural_phrase

# 'what does CIC list as', 'what do the authors name as', 'what did the report identify as': the object of a
# verb of listing, asked through 'what ... as'
_LISTED_AS = re.compile(r"^\s*what\s+(?:does|do|did)\s+(?:[\w&.'’-]+\s+){1,5}?(?:list|name|cite|identify|single out|"
                        r"count|mention|highlight|flag|point to)\s+as\b", re.I)
_AMOUNT = re.compile(r"\bhow (?:much|many)\b|\d", re.I)


def listed_as_asked(question: str) -> bool:
    """Whether `question` asks what a source lists (names, cites) as something: a list of items, no amount."""
    m = _LISTED_AS.search(question)
    if m is None or _AMOUNT.search(re.sub(r"\b(?:19|20)\d\d\b", " ", question)):
        return False
    after = question[m.end():].strip()  # 'the main barriers' are items; 'the market size in 2030' is one figure
    return is_plural_phrase(after) or not re.match(r"(?:the|a|an)\b", after, re.I)

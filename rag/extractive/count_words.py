"""A count written in words ('over the past three years', 'three or more models') answers a 'how
many' question as a figure does: the figure parser reads digits only."""

from __future__ import annotations

import re

_WORD_COUNT = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens of)"
                         r"(?:\s+or\s+(?:more|fewer|less))?\s+(?!of\b|and\b|or\b|to\b)[a-z][a-z-]+", re.I)


def counts_in_words(text: str) -> bool:
    """Whether the sentence states a count in words followed by what it counts."""
    return _WORD_COUNT.search(text) is not None

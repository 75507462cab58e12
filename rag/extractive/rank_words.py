"""A rank a question names without an ordinal: the last of the top N is rank N."""

from __future__ import annotations

import re

_COUNTS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
_COUNT = r"(\d{1,3}|" + "|".join(_COUNTS) + r")"
# 'last in the top ten', 'at the bottom of the top 5', 'the tenth and last of the top 10'
_LAST_OF_TOP = re.compile(rf"\b(last|bottom|lowest[- ]ranked)\b.{{0,30}}?\btop[- ]{_COUNT}\b", re.I)


def last_of_top(question: str) -> int | None:
    """N when the question asks for the last entry of a top-N list, else None."""
    m = _LAST_OF_TOP.search(question)
    if m is None:
        return None
    word = m.group(2).lower()
    n = int(word) if word.isdigit() else _COUNTS[word]
    return n if n > 0 else None

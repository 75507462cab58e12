"""A name written with its modifier shared by two coordinated heads: 'intelligent analysis and decision-making'
names 'intelligent decision-making' (and 'intelligent analysis'), as English distributes a leading modifier."""

from __future__ import annotations

import re

from .kept_patterns import compiled

MAX_OTHER_WORDS = 2  # the other head the modifier is shared with is at most this many words


def shared_modifier_spots(low: str, name: str) -> list[int]:
    """Where lower-case `low` writes the name 'M H' as 'M <other head> and H' (M one word, H one or more),
    the start of M; [] when it does not."""
    words = name.lower().split()
    if len(words) < 2 or len(words[0]) < 3:
        return []
    head = r"\s+".join(re.escape(w) for w in words[1:])
    other = r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,%d}" % (MAX_OTHER_WORDS - 1)
    pattern = compiled(r"(?<![\w-])" + re.escape(words[0]) + r"\s+" + other + r"\s+and\s+" + head + r"(?![\w-])")
    return [m.start() for m in pattern.finditer(low)]

"""The number a condition in a question sets, with its sign ('greater than -498.5')."""
from __future__ import annotations

import re

_MINUS = re.compile(r"^[-−–]")


def signed_bound(text: str) -> float:
    """'-498.5' -> -498.5, '−$1,200' -> -1200.0, '5,000' -> 5000.0: a minus before the figure is its sign."""
    value = float(re.sub(r"[^\d.]", "", text))
    return -value if _MINUS.match(text.strip()) else value

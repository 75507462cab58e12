"""'The total of passenger and ancillary revenue': two coordinated modifiers sharing the head written
once after the second ('passenger revenue' and 'ancillary revenue'), as English distributes it."""

from __future__ import annotations

MAX_MODIFIER_WORDS = 2  # the first side is a bare modifier of at most this many words


def with_shared_head(a: str, b: str) -> str | None:
    """The first side given the second's head: ('operating', 'finance lease payments in 2020') ->
    'operating lease payments in 2020'; None when the first side is no bare modifier or the second has no head."""
    aw, bw = a.split(), b.split()
    if not aw or len(aw) > MAX_MODIFIER_WORDS or len(bw) < 2:
        return None
    return " ".join([*aw, *bw[1:]])

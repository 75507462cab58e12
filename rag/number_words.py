"""The number words, written once for every reader of counts, ranks and ordinals in words (slots, gates, ranks,
count words, the evaluation's matching): each takes the range it reads from here."""

from __future__ import annotations

# the cardinals zero to twenty (a word's index is its value) and the ordinals first to twentieth
CARDINALS = tuple("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                  "seventeen eighteen nineteen twenty".split())
ORDINALS = tuple("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
                 "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split())


def cardinals(low: int, high: int) -> dict[str, int]:
    """The cardinal words from `low` to `high` (both kept) with their values: cardinals(2, 4) -> {'two': 2, ...}."""
    return {w: n for n, w in enumerate(CARDINALS) if low <= n <= high}


def ordinals(low: int, high: int) -> dict[str, int]:
    """The ordinal words from `low` to `high` (both kept) with their values: ordinals(1, 2) -> {'first': 1, ...}."""
    return {w: n for n, w in enumerate(ORDINALS, 1) if low <= n <= high}

"""A lead whose sentence names a sibling of the entity asked ('C-end' for 'B-end', 'Company D' for 'Company A')
and never the entity itself: the figure is the sibling's, so the lead is shown without bold."""

from __future__ import annotations

import re

from .kept_patterns import compiled

# an entity of a lettered family: a short tag before a hyphenated word ('B-end', '5G-ready') or after a word
# ('Company A', 'Tier 2')
_TAG_FIRST = re.compile(r"^([A-Z0-9]{1,2})(-[A-Za-z]+)$")
_TAG_LAST = re.compile(r"^([A-Z][a-z]+ )([A-Z0-9]{1,2})$")

SIBLING_WHY = "the lead's sentence gives {sibling}, not {asked}"


def _sibling(name: str, sentence: str) -> str | None:
    """Another member of `name`'s lettered family in `sentence` when `name` itself is not there, else None."""
    if compiled(rf"(?<![\w-]){re.escape(name)}(?![\w-])", re.I).search(sentence):
        return None
    if m := _TAG_FIRST.match(name):
        other = re.search(rf"(?<![\w-])([A-Z0-9]{{1,2}}){re.escape(m.group(2))}(?![\w-])", sentence)
    elif m := _TAG_LAST.match(name):
        other = re.search(rf"(?<![\w-]){re.escape(m.group(1))}([A-Z0-9]{{1,2}})(?![\w-])", sentence)
    else:
        return None
    return other.group(0) if other else None


def sibling_led(names: list[str], sentence: str) -> str | None:
    """SIBLING_WHY when an entity the question names (`names`) of a lettered family is not in the lead's
    `sentence` and another member of its family, not asked too, is; else None."""
    asked = {n.lower() for n in names}
    for name in names:
        if (sibling := _sibling(name, sentence)) and sibling.lower() not in asked:
            return SIBLING_WHY.format(sibling=sibling, asked=name)
    return None

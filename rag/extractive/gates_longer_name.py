"""A name asked found in the lead sentence only inside a longer name: 'Bank' of 'Bank of China' in
'Industrial and Commercial Bank of China'. The longer name, whose other capitalised words the
question never writes, is another entity."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .gates import Decision

# capitalised words that start a sentence or clause, not part of a name
_COMMON = frozenset("A An The In On At For From With By As And Of To This These That Its It Our Their AI".split())


def inside_longer_name(sentence: str, name: str, asked: str) -> str | None:
    """The longer name `name` stands in, if every occurrence of `name` in `sentence` follows a capitalised
    word the question (`asked`, lower-case) does not write; else None."""
    found = list(re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", sentence))
    longer = []
    for m in found:
        before = re.search(r"([A-Z][\w&-]*)\s+$", sentence[:m.start()])
        if not before or before.group(1) in _COMMON or before.group(1).lower() in asked or \
                re.search(r"(?:^|[.:;(]\s*)$", sentence[:before.start()]):  # a capital opening the sentence
            return None
        longer.append(f"{before.group(1)} {name}")
    return longer[0] if longer else None


def longer_name(d: Decision) -> str | None:
    """An amount asked of a named entity (one word, not a place) the lead sentence writes only as the
    end of a longer name the question does not: the figure is the longer-named entity's."""
    s = d.slots
    if s.asks != "amount" or not d.figures or d.best.row:
        return None
    asked = s.text.lower()
    for e in s.entities:
        if e.place or " " in e.name:
            continue
        if any(re.search(rf"(?<![\w-]){re.escape(a)}(?![\w-])", d.best.text) for a in e.aliases):
            continue
        longer = inside_longer_name(d.best.text, e.name, asked)
        if longer:
            return f"the closest sentence names {longer}, not {e.name}"
    return None

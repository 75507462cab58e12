"""A figure said of several compared sides together answers none of them: no bold.

'China and the U.S. together accounted for 92%' gives the two countries' joint share; a question
comparing the two (or asking which of them is larger) asks each one's, so a lead taken from such a
clause is shown without bold, saying the figure is a joint one.
"""

from __future__ import annotations

import re

from ingest.figures import Figure

from .features import Evidence
from .names import mentions_entity
from .slots import Slots

# a word saying the sides named before it share the figure after it
_JOINT = re.compile(r"\b(?:together|combined|jointly|collectively|altogether|between them)\b", re.I)
_GAP = 60  # characters from the joint word to the figure it qualifies


def joint_figure(slots: Slots, best: Evidence, figures: list[Figure]) -> str | None:
    """Why the lead is uncertain when the question compares two or more named sides and the lead
    figure follows a joint word that follows every side named (None otherwise)."""
    if slots.shape not in ("comparison", "which") or len(slots.entities) < 2 or not figures:
        return None
    text = best.text
    at = figures[0].start
    joint = [m for m in _JOINT.finditer(text, 0, at) if at - m.end() <= _GAP]
    if not joint:
        return None
    before = text[:joint[-1].start()].lower()
    named = [e for e in slots.entities if mentions_entity(before, e)]
    if len(named) < 2:
        return None
    return "the figure is given for the sides asked together, not for each one"

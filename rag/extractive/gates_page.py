"""A page reference is no figure: 'Chapter 5 Analysis of Typical Enterprises in China (page 114)' is a
contents entry, and 114 answers no count or amount asked. gates.py lists the gate with the others."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .gates import Decision

_PAGE_BEFORE = re.compile(r"\b(?:page|pages|p\.|pp\.)\s*$", re.I)


def page_reference(text: str, start: int) -> bool:
    """Whether the number starting at `start` of `text` is a page reference ('(page 114)', 'p. 12')."""
    return _PAGE_BEFORE.search(text[:start]) is not None


def page_figure(d: Decision) -> str | None:
    """The lead figure is a page number (a contents entry or cross-reference), not a figure of what
    was asked, and the question asks no page."""
    if not d.figures or re.search(r"\b(?:page|pages)\b", d.slots.text, re.I):
        return None
    if page_reference(d.best.text, d.figures[0].start):
        return f"the lead figure is a page number ({d.figures[0].text}), not a figure of what was asked"
    return None

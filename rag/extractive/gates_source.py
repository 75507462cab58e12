"""A report's publisher asked as the one who did or holds something, answered by a sentence naming
another publisher of the same report (a joint report: 'LeadLeo ... has accumulated' for Frost & Sullivan)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .names import mentions

if TYPE_CHECKING:
    from .gates import Decision

_SEP = re.compile(r"\s*(?:,|;|/|\band\b|\bwith\b|\bx\b|×)\s*", re.I)


def publishers(publisher: str) -> list[str]:
    """The several publishers of a joint report ('Frost & Sullivan, LeadLeo' -> both); '&' inside one name stays."""
    return [p.strip() for p in _SEP.split(publisher) if p.strip()]


def other_publisher(d: Decision) -> str | None:
    """The question names a publisher of the lead's report; the lead sentence names none of its
    names but names another publisher of that report: the figure is the other publisher's."""
    s = d.slots
    if not s.sources or not d.figures or d.best.row:
        return None
    chunk = d.ctx.passages[d.best.passage_index].chunk
    pubs = publishers(chunk.publisher or "")
    if len(pubs) < 2:
        return None
    text = d.best.text.lower()
    if any(mentions(text, n) for n in s.sources):
        return None
    asked = [p for p in pubs if any(mentions(p.lower(), n) for n in s.sources)]
    given = [p for p in pubs if p not in asked and _named(text, p)]
    if asked and given:
        return f"the closest sentence is about {given[0]}, not {asked[0]}"
    return None


def _named(text: str, publisher: str) -> bool:
    """Whether lower-case `text` names `publisher` by its first distinctive word ('LeadLeo')."""
    words = [w for w in re.findall(r"[A-Za-z][\w-]*", publisher) if len(w) >= 3]
    return bool(words) and mentions(text, words[0])

"""The source slot: a question that credits a figure to a named source ('according to IDC') is not answered by
a sentence crediting it to another ('According to the AI Incident Database'). gates.py lists the gate."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .names import mentions

if TYPE_CHECKING:
    from .gates import Decision

# a capitalised name of up to five words after a crediting phrase ('according to the AI Incident Database')
_NAME = r"(?:the\s+)?([A-Z][\w&.\-]*(?:\s+(?:of\s+)?[A-Z][\w&.\-]*){0,4})"
_ASKED = re.compile(rf"\b(?i:according to|per|as (?:reported|estimated|counted|tracked) by|citing)\s+{_NAME}")
_GIVEN = re.compile(rf"\b(?i:according to|source[sd]?:|data from|statistics (?:from|of)|"
                    rf"as (?:reported|estimated|counted|tracked) by)\s+{_NAME}")


def cited_source(text: str, pattern: re.Pattern = _ASKED) -> str | None:
    """The name `text` credits a figure to ('according to IDC' -> IDC), or None."""
    m = pattern.search(text)
    return m.group(1).strip(" .") if m else None


def source_other(d: Decision) -> str | None:
    """The question credits what it asks to a named source that is neither a publisher of the lead's report nor
    named by the lead's sentence, and the sentence credits its figure to another named source: that one's figure."""
    asked = cited_source(d.slots.text)
    if not asked or asked.lower() in {s.lower() for s in d.slots.sources}:
        return None
    chunk = d.ctx.passages[d.best.passage_index].chunk
    if mentions(f"{chunk.publisher or ''} {chunk.title or ''}".lower(), asked) or mentions(d.best.text.lower(), asked):
        return None
    given = cited_source(d.best.text, _GIVEN)
    if not given or mentions(given.lower(), asked):
        return None
    return f"the reports give this figure from {given}, not from {asked}"

"""A term the question quotes ('sovereign AI', "Total revenue") that the lead's passage never uses: the evidence
lacks the thing asked about, so the lead is shown without bold."""

from __future__ import annotations

import re

from .slots import Slots

_WORD = re.compile(r"[a-z][a-z0-9-]+", re.I)
_STOP = {"the", "and", "for", "with", "from", "its", "their", "into", "per"}
_STEM = 5  # a word's form is its first letters: 'readiness' ~ 'ready' is not needed, 'models' ~ 'model' is

QUOTED_WHY = "the question quotes '{term}'; the lead's passage never uses '{word}'"


def _forms(text: str) -> set[str]:
    return {w.lower()[:_STEM] for w in _WORD.findall(text)}


def quoted_term_unsaid(slots: Slots, passage: str) -> str | None:
    """QUOTED_WHY when a term the question quotes has a content word (three letters or more) in no form in the
    lead's `passage`: the passage is about something else than the term asked; else None."""
    said = _forms(passage)
    for term in slots.quoted:
        for word in _WORD.findall(term):
            if len(word) >= 3 and word.lower() not in _STOP and word.lower()[:_STEM] not in said:
                return QUOTED_WHY.format(term=term, word=word)
    return None

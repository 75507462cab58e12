"""A scope by exclusion: 'among non-U.S. players', 'outside China', 'excluding ByteDance' asks a figure
of what is left once something is taken out. A lead that says no exclusion (nor its table's title)
gives the whole set's figure or rank, not the remainder's. gates.py lists the gate with the others."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .gates_slot import caption

if TYPE_CHECKING:
    from .gates import Decision

# an exclusion a question scopes by: a place or people negated ('non-U.S.', 'non-Chinese'; not 'non-GAAP'),
# 'outside (of) the U.S.', 'excluding', 'except', 'other than', 'ex-China'
_ASKED = re.compile(r"\b[Nn]on-(?:U\.?S\b|U\.?K\b|EU\b|[A-Z][a-z]+)|\b[Oo]utside (?:of )?(?:the )?[A-Z]|"
                    r"\b[Ee]xclud(?:ing|es?|ed)\b|\b[Ee]xcept\b|\bother than\b|\bex-[A-Z]")
# any exclusion a passage says
_EXCLUSION = re.compile(r"\bnon-[a-z]|\boutside\b|\bexclud(?:ing|es?|ed)\b|\bexcept\b|\bother than\b|\bex-[a-z]", re.I)


def exclusion_asked(question: str) -> str | None:
    """The exclusion `question` scopes its subject by ('non-U', 'outside C'), or None."""
    m = _ASKED.search(question)
    return m.group(0) if m else None


def excluded_scope(d: Decision) -> str | None:
    """The question scopes by an exclusion and neither the lead sentence nor its table's title says one."""
    asked = exclusion_asked(d.slots.text)
    if not asked or _EXCLUSION.search(d.best.text):
        return None
    if d.best.row:
        if _EXCLUSION.search(caption(d.ctx, d.best)):
            return None
    return "the passage gives the whole set's figure, not the one for the scope the question excludes down to"

"""A question asking what a thing is, means or refers to asks its definition: a sentence that only
gives a cause ('the decrease in X is due to ...') explains a change of X, not what X is."""

from __future__ import annotations

import re

from .phrase import CAUSE

# 'What does X refer to?', 'What does X mean?', 'What does X stand for?', 'How is X defined?'
_DEFINITION = re.compile(r"^\s*what (?:does|do|is|are) .+\b(?:refers? to|mean|stands? for)\s*\?*\s*$|"
                         r"^\s*how (?:is|are) .+\bdefined\s*\?*\s*$|\bdefinition of\b", re.I)
# a sentence that says what a thing is: a copula or a defining verb
_DEFINES = re.compile(r"\b(?:is|are|means|refers? to|represents?|defined as|consists? of|compris(?:es|ed))\b", re.I)


def definition_asked(question: str) -> bool:
    """Whether the question asks what a thing means or refers to (its definition)."""
    return bool(_DEFINITION.search(question))


def cause_only(text: str) -> bool:
    """Whether the sentence explains by a cause ('due to', 'driven by') and its words before the cause
    define nothing (no 'X is', 'X means')."""
    m = CAUSE.search(text)
    if m is None:
        return False
    before = text[:m.start()]
    return not _DEFINES.search(re.sub(r"\s+(?:is|are|was|were)(?:\s+\w+ly)?$", "", before.rstrip()))

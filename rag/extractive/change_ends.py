"""A change of state asked as its two ends ('X: from what to what?', 'what did X shift from and to'): a bold
lead whose sentence states no change from one state to another names at most the topic, not both ends."""

from __future__ import annotations

import re

from ..types import bold_lead

# the question asks both ends of a change: 'from what to what', 'from which ... to which', 'shift from and to'
_ASKS_ENDS = re.compile(r"\bfrom\s+(?:what|which)\b[^?]{0,40}?\bto\s+(?:what|which)\b|\bfrom\s+and\s+to\b", re.I)
# a sentence stating a change between two states: 'from A to B', 'A → B', 'no longer A but B'
# (a decimal point, as in 'from 2.5% to 3.1%', ends no sentence)
_ENDS_SAID = re.compile(r"\bfrom\b(?:[^.;]|\.(?=\d)){1,120}?\b(?:to|into|toward|towards)\b|→|->|"
                        r"\bno longer\b(?:[^.;]|\.(?=\d)){1,80}?\bbut\b", re.I)


def change_ends_unsaid(question: str, shown: str, sentence: str) -> str | None:
    """Why a bold lead does not answer a question asking a change's two ends (neither the lead nor its
    sentence says a change from one state to another), or None."""
    lead = bold_lead(shown)
    if lead is None or not _ASKS_ENDS.search(question):
        return None
    if _ENDS_SAID.search(lead) or _ENDS_SAID.search(sentence):
        return None
    return "the question asks a change from one state to another and the quoted sentence states no such change"

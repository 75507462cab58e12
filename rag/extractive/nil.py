"""A nil amount stated in words: 'the Company had no accrued interest or penalties' answers how much
accrued interest there was (none), though the sentence gives no figure. gates.py lets it pass the
gates that ask for a figure of the unit."""

from __future__ import annotations

import re

from ingest.keyword import tokenize

from .slots import Slots

# 'the Company had no accrued interest', 'there were no impairment charges': a sentence saying there was none
_NIL = re.compile(r"\b(?:had|has|have|was|were|is|are|recorded|recognized|recognised|incurred|there (?:was|were|is|are))"
                  r"\s+no\s+((?:[a-z-]+\s+){0,3}[a-z-]+)", re.I)


def nil_stated(s: Slots, text: str) -> bool:
    """Whether `text` says there was none of what is asked ('had no accrued interest or penalties' for the
    amount of accrued interest): a nil amount, stated in words, answers the amount asked."""
    asked = set(s.subject)
    return any(asked & set(tokenize(m.group(1))) for m in _NIL.finditer(text))


def nil_sentence(s: Slots, text: str) -> str | None:
    """The sentence as the answer when it says there was none of what is asked: no figure can lead a
    nil amount, so the statement itself does ('... the Company had no accrued interest or penalties')."""
    if not nil_stated(s, text) or len(text) > 380 or re.search(r"\s—\s[^:;]{1,80}:\s", text):
        return None  # a table row or its figure line states cells, not a nil in words
    return re.sub(r"^(?:\(\w{1,3}\)|[-–•*])\s*", "", text.strip()).rstrip(" .") + "."

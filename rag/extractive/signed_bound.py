"""The number a condition in a question sets, with its sign ('greater than -498.5')."""
from __future__ import annotations

import re

_MINUS = re.compile(r"^[-−–]")


def signed_bound(text: str) -> float:
    """'-498.5' -> -498.5, '−$1,200' -> -1200.0, '5,000' -> 5000.0: a minus before the figure is its sign."""
    value = float(re.sub(r"[^\d.]", "", text))
    return -value if _MINUS.match(text.strip()) else value


# a sign asked of the items a count or a choice reads: 'how many years was X negative', 'which segments had a positive change'
_ITEMS_ASKED = re.compile(r"^\s*(?:in\s+|for\s+)?(?:how many|which)\b", re.I)
_BEFORE_MEASURE = re.compile(r"\b(?:an?\s+)?(?P<sign>negative|positive)\s+(?P<what>[^?]+?)"
                             r"(?=\s+(?:in|for|during|at|as of|between|than|and|or)\b|\s*\??\s*$)", re.I)
_AFTER_MEASURE = re.compile(r"\b(?P<sign>negative|positive)\b(?=\s+(?:in|for|during|at|as of)\b|\s*\??\s*$)", re.I)


def sign_as_bound(question: str) -> str:
    """A sign asked as the condition of a count or a choice written as its bound of zero ('had a negative % change'
    -> 'had % change below 0', 'was free cash flow positive' -> 'was free cash flow above 0'): a negative figure is
    one below zero, a positive one above; the question as asked when it asks no items by a sign."""
    if not _ITEMS_ASKED.match(question):
        return question
    bound = {"negative": "below 0", "positive": "above 0"}
    m = _BEFORE_MEASURE.search(question)
    if m is not None:
        return f"{question[:m.start()]}{m.group('what')} {bound[m.group('sign').lower()]}{question[m.end():]}"
    m = _AFTER_MEASURE.search(question)
    if m is not None:
        return f"{question[:m.start()]}{bound[m.group('sign').lower()]}{question[m.end():]}"
    return question

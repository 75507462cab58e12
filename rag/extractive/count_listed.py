"""Count questions read the way their list questions are: 'how many types of X are there' is the
number of items 'what are the types of X' lists, and 'In 2018, how many quarters ...' asks what
'how many quarters ... in 2018' does (a period clause fronted before the question is no other ask)."""

from __future__ import annotations

import re

from ..types import Answer, AnswerContext

# 'In 2018, how many ...', 'For fiscal 2019, how many ...', 'As of December 31, 2019, how many ...'
_FRONTED = re.compile(r"^\s*(?P<clause>(?:in|for|during|as of|at)\s+[^?]{0,40}?\b(?:19|20)\d{2})\s*,\s*"
                      r"(?P<rest>how many\b.*?)\s*(?P<mark>\??)\s*$", re.I | re.S)
# the items a list answer names, after its heading: 'Services lists: A; B [1]', 'X adds up: A; B [1]'
_ITEMS = re.compile(r"\b(?:lists|adds up):\s*(?P<items>.+?)\s*\[\d+\]\s*$", re.S)


def fronted(question: str) -> str:
    """The question with a fronted period clause moved to its end ('In 2018, how many quarters had
    lows below $2?' -> 'how many quarters had lows below $2 in 2018?'); else the question as asked."""
    m = _FRONTED.match(question)
    if m is None:
        return question
    rest = m.group("rest")
    return f"{rest[:1].upper()}{rest[1:]} {m.group('clause')[:1].lower()}{m.group('clause')[1:]}{m.group('mark') or '?'}"


def listed_count(listing: Answer | None) -> Answer | None:
    """A list answer turned into the count of its items (each item kept as an operand of the count,
    the citations as they were); None unless it is a list of at least two items."""
    if listing is None or listing.shape != "list" or (m := _ITEMS.search(listing.answer)) is None:
        return None
    labels = [item for item in m.group("items").split("; ") if item.strip()]
    if len(labels) < 2:
        return None
    n = str(len(labels))
    head = listing.answer[listing.answer.find(". ") + 2:] if ". " in listing.answer else ""
    derivation = {"op": "count", "operands": [{"value": lb, "label": lb, "citation": 1} for lb in labels], "result": n}
    return Answer(question=listing.question, answer=f"**{n}** — {head}", figure=n, abstained=False,
                  citations=listing.citations, backend=listing.backend, confidence=listing.confidence,
                  shape="computed", derivation=derivation)


def count_by_listing(ctx: AnswerContext, question: str, tables, backend: str) -> Answer | None:
    """'How many categories of X are there': the items the list question over the same words gives."""
    from .ranked import components_answer

    return listed_count(components_answer(ctx, question, tables, backend))

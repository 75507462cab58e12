"""A direction asked of two things at once ('which way are enterprise demand and inference costs heading', 'how have
A and B changed'): each is a side, and an answer quoting one side's sentence also quotes the other's."""

from __future__ import annotations

import re

from ingest.keyword import tokenize

_MOVING = re.compile(r"\b(?:which way|which direction|in what direction|where|how)\s+(?:are|is|were|was|have|has|had|do|does|did)\s+"
                     r"(?:the\s+)?(?P<a>[^,?]+?)\s+and\s+(?:the\s+)?(?P<b>[^,?]+?)\s+(?:heading|headed|going|moving|moved|"
                     r"trending|trended|evolving|evolved|changing|changed|shifting|shifted|developing|developed|move|trend|"
                     r"evolve|change|shift|develop)\b", re.I)


def moving_sides(question: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The terms of each of two things whose direction is asked, without the terms both share; None when the
    question asks no direction of a pair."""
    m = _MOVING.search(question)
    if m is None:
        return None
    a, b = set(tokenize(m.group("a"))), set(tokenize(m.group("b")))
    only_a, only_b = frozenset(a - b), frozenset(b - a)
    return (only_a, only_b) if only_a and only_b else None

"""A comparison of two things asked in words is answered by what is said of each: a sentence whose subject is
one side ('Stable Diffusion is renowned for ...') answers for that side; one naming both sides in passing (a list
of examples) answers for neither. The other side's own sentence is quoted with it (compose.complement)."""

from __future__ import annotations

import re
from typing import Callable

from ingest.keyword import tokenize

from .features import Evidence
from .sides import MARGIN, named_sides, sides

# a bullet and a short scene-setting phrase before the subject: '- Within the typical models, DALL-E 3 excels ...'
_INTRO = re.compile(r"^[\s\-–•*]*(?:(?:within|among|in|for|of|on|at|across)\b[^,]{0,60},\s*)?", re.I)
_OPENING_TERMS = 4  # the subject is named among the sentence's first terms
LOOK = 12  # the sentences of a side are looked for among the best this many


def subject_side(text: str, asked: tuple[frozenset[str], frozenset[str]]) -> int | None:
    """The side (0 or 1) a sentence is about: its opening names that side and the sentence never names the other."""
    if not all(any(t.isalpha() for t in side) for side in asked):
        return None  # sides told apart by figures ('45.99 vs 45.93') are no subjects in words
    terms = tokenize(text)
    opening = set(tokenize(text[_INTRO.match(text).end():])[:_OPENING_TERMS])
    for side in (0, 1):
        if asked[side] & opening and not asked[1 - side] & set(terms):
            return side
    return None


def side_subject(question: str, evidence: list[Evidence], best: Evidence,
                 usable: Callable[[Evidence], bool]) -> Evidence | None:
    """When `best` names both sides in passing, the best-scoring sentence about one side, provided the other side has
    its own sentence too (both sides found, or nothing changes); None when `best` already is one or no pair is found."""
    asked = sides(question) or named_sides(question)
    terms = set(tokenize(best.text))
    if asked is None or best.row or not (asked[0] & terms and asked[1] & terms):
        return None  # only a sentence naming both sides (none of them its subject alone) gives way
    found: dict[int, Evidence] = {}
    for e in evidence[:LOOK]:
        if e.row or e.score < MARGIN * best.score or not usable(e):
            continue
        side = subject_side(e.text, asked)
        if side is not None:
            found.setdefault(side, e)
    return max(found.values(), key=lambda e: e.score) if len(found) == 2 else None


def other_subject(question: str, evidence: list[Evidence], best: Evidence) -> Evidence | None:
    """When `best` is about one side of a comparison asked in words, the best-scoring sentence about the other side
    (scoring at least MARGIN of it), or None."""
    asked = sides(question) or named_sides(question)
    if asked is None or best.row or (side := subject_side(best.text, asked)) is None:
        return None
    return next((e for e in evidence[:LOOK] if not e.row and e.text != best.text and e.score >= MARGIN * best.score
                 and subject_side(e.text, asked) == 1 - side), None)

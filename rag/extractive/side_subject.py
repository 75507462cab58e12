"""A comparison of two things asked in words is answered by what is said of each: a sentence whose subject is
one side ('Stable Diffusion is renowned for ...') answers for that side; one naming both sides in passing (a list
of examples) answers for neither. The other side's own sentence is quoted with it (compose.complement): the one the
report writes beside it (a parallel description, 'A excels in ... B is renowned for ...') before any elsewhere.
Sides named by names ('U.S.' and 'Chinese', 'DALL-E 3') are found in any form a passage writes ('China', 'DALLE-3')."""

from __future__ import annotations

import re
from typing import Callable

from ingest.keyword import tokenize

from .features import Evidence
from .names import mentions_entity
from .question_names import Entity
from .sides import MARGIN, named_sides, sides

# a bullet and a short scene-setting phrase before the subject: '- Within the typical models, DALL-E 3 excels ...'
_INTRO = re.compile(r"^[\s\-–•*]*(?:(?:within|among|in|for|of|on|at|across)\b[^,]{0,60},\s*)?", re.I)
_OPENING_TERMS = 4  # the subject is named among the sentence's first terms
LOOK = 12  # the sentences of a side are looked for among the best this many
BESIDE = 600  # characters: the other side's sentence written this close to the first's is its parallel
# a question asking of each of two things: 'A and B ..., respectively', 'A vs B', 'A as against B', 'how do A and B differ'
_EACH = re.compile(r"\b(?:respectively|each|differ\w*|contrast\w*|versus|vs\.?|as against|compared? (?:with|to))\b", re.I)
_OPENING_WORDS = 4  # a side named in a sentence's first this many words (after its scene-setting) is its subject
_LABEL = re.compile(r"^[^:]{1,40}:\s*[~+≈<>]?\s*\d")  # a chart's data label ('China: 7075 AI unicorns') says nothing in words

Pair = tuple[tuple[Entity, ...], tuple[Entity, ...]]


def named_pair(question: str, entities: tuple[Entity, ...]) -> Pair | None:
    """The two sides of a comparison asked of each, as the question's names: each side's reading (sides, named_sides)
    holding a name's terms, or the only two names of a question asking of each ('what do A and B do, respectively');
    None when a side names nothing (a side in words: 'urban', 'the B-end')."""
    asked = sides(question) or named_sides(question)
    if asked is not None:
        split = tuple(tuple(e for e in entities if set(tokenize(e.name)) & asked[k]
                            and not set(tokenize(e.name)) & asked[1 - k]) for k in (0, 1))
        return split if all(split) else None  # type: ignore[return-value]
    if len(entities) == 2 and _EACH.search(question):
        return (entities[0],), (entities[1],)
    return None


def data_label(text: str) -> bool:
    """A chart's data label ('China: 7075 AI unicorns'): a short name, a colon, a figure; it says nothing in words."""
    low = text.lower()
    return _LABEL.match(low[_INTRO.match(low).end():]) is not None


def _named_side(text: str, pair: Pair) -> int | None:
    """The side (0 or 1) whose every name a sentence's opening writes, the other side's not among them."""
    low = text.lower()
    start = _INTRO.match(low).end()
    if data_label(text):
        return None
    opening = " ".join(low[start:].split()[:_OPENING_WORDS])
    named = [all(mentions_entity(opening, e) for e in side) for side in pair]
    if named[0] != named[1]:
        return 0 if named[0] else 1
    return None


def subject_side(text: str, asked: tuple[frozenset[str], frozenset[str]], pair: Pair | None = None) -> int | None:
    """The side (0 or 1) a sentence is about: its opening names that side and the sentence never names the other;
    with the sides' names (`pair`), the opening names one side's and not the other's."""
    if pair is not None:
        return _named_side(text, pair)
    if not all(any(t.isalpha() for t in side) for side in asked):
        return None  # sides told apart by figures ('45.99 vs 45.93') are no subjects in words
    terms = tokenize(text)
    opening = set(tokenize(text[_INTRO.match(text).end():])[:_OPENING_TERMS])
    for side in (0, 1):
        if asked[side] & opening and not asked[1 - side] & set(terms):
            return side
    return None


def side_subject(question: str, evidence: list[Evidence], best: Evidence,
                 usable: Callable[[Evidence], bool], entities: tuple[Entity, ...] = ()) -> Evidence | None:
    """When `best` names both sides in passing, the best-scoring sentence about one side, provided the other side has
    its own sentence too (both sides found, or nothing changes); None when `best` already is one or no pair is found."""
    asked = sides(question) or named_sides(question)
    pair = named_pair(question, entities)
    terms = set(tokenize(best.text))
    if pair is not None:
        low = best.text.lower()
        # a chart's data label ('U.S.: 160+ AI unicorns') says nothing in words of either side: it gives way too
        if best.row or not data_label(best.text) and (not all(any(mentions_entity(low, e) for e in side) for side in pair)
                                                      or _named_side(best.text, pair) is not None):
            return None
    elif asked is None or best.row or not (asked[0] & terms and asked[1] & terms):
        return None  # only a sentence naming both sides (none of them its subject alone) gives way
    found: dict[int, Evidence] = {}
    for e in evidence[:LOOK]:
        if e.row or e.score < MARGIN * best.score or not usable(e):
            continue
        side = subject_side(e.text, asked, pair) if asked is not None or pair is not None else None
        if side is not None:
            found.setdefault(side, e)
    return max(found.values(), key=lambda e: e.score) if len(found) == 2 else None


def other_subject(question: str, evidence: list[Evidence], best: Evidence, entities: tuple[Entity, ...] = (),
                  placed: Callable[[Evidence], tuple[str, int] | None] | None = None) -> Evidence | None:
    """When `best` is about one side of a comparison asked in words, the other side's sentence the report writes
    within BESIDE characters of it (`placed`: where a sentence is), else the best-scoring one about the other side
    (scoring at least MARGIN of it), or None."""
    asked = sides(question) or named_sides(question)
    pair = named_pair(question, entities)
    if (asked is None and pair is None) or best.row or (side := subject_side(best.text, asked, pair)) is None:
        return None
    others = [e for e in evidence if not e.row and e.text != best.text and subject_side(e.text, asked, pair) == 1 - side]
    here = placed(best) if placed is not None else None
    if here is not None:
        near = [(abs(at[1] - here[1]), e) for e in others
                if (at := placed(e)) is not None and at[0] == here[0] and abs(at[1] - here[1]) <= BESIDE]
        if near:
            return min(near, key=lambda d: d[0])[1]  # the parallel sentence, however it scores
    top = {id(e) for e in evidence[:LOOK]}
    return next((e for e in others if id(e) in top and e.score >= MARGIN * best.score), None)

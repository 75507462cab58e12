"""A bare 'What is X?' (no article, period, figure or preposition) whose term a retrieved sentence
defines ('X represents ...', 'X are ...') asks that definition, not X's figure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..types import Passage
from .slots import Slots

# 'What is aggregate intrinsic value?', 'What are Distribution customers?': a term and nothing more
_BARE = re.compile(r"^\s*what (?:is|are|was|were) (?!(?:the|a|an|its|their|our|this|that|these|those|there|it)\b)"
                   r"([^?\d]{2,60}?)\s*\?\s*$", re.I)
# a preposition or an owner makes it a figure's address ('What was revenue in Europe?', "Apple's revenue")
_ADDRESSED = re.compile(r"\b(in|of|for|at|on|by|from|to|per|as|during|between|with|under|after|before|than|when|"
                        r"and|or)\b|['’]s\b", re.I)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z(“\"])|\n+")
# what a defining sentence says after its term; 'is' / 'are' not before a figure or 'expected to'
_DEFINES = (r"(?:represents?|means|refers? to|(?:is|are) defined as|consists? of|comprises?|includes?|"
            r"(?:is|are)\b(?!\s+(?:expected|estimated|projected|forecast)\b)(?!\s*\W*[\d$€£¥]))")


def bare_term(question: str) -> str | None:
    """The term a bare 'What is X?' asks about, or None when the question says more than a term."""
    m = _BARE.match(question)
    if not m or _ADDRESSED.search(m.group(1)):
        return None
    return m.group(1).strip()


def defines(term: str, sentence: str) -> bool:
    """Whether `sentence` opens with `term` (after 'The', before an aside in brackets) and defines it."""
    pattern = (rf"^\s*(?:the\s+)?{re.escape(term)}(?:\s*\([^)]*\))?\s*,?\s+{_DEFINES}")
    return re.match(pattern, sentence, re.I) is not None


def defined_term(slots: Slots, passages: Sequence[Passage]) -> Slots:
    """`slots` asking a description when the question is a bare term a retrieved sentence defines."""
    term = bare_term(slots.text)
    if term is None or slots.shape == "explanation":
        return slots
    for passage in passages:
        if any(defines(term, s) for s in _SENTENCE.split(passage.chunk.text)):
            return replace(slots, shape="explanation", asks="description", units=(), lead_unit=None, scale=None)
    return slots

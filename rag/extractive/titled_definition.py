"""A definition asked ('What does S mean by X?', 'What does X mean in ...?', 'How does S define X?') of a
term a title line names ('High data and infrastructure readiness'): the report defines it in the
sentence right under that title, so that sentence answers, not the title nor a looser one elsewhere."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ingest.keyword import tokenize

from ..types import AnswerContext
from .explaining import carried
from .features import Evidence, neighbour
from .slots import Slots

_TITLE_WORDS = 10  # a title line names a topic in a few words
_END = (".", ":", ";", "?", "!")

TERM_WHY = "the question asks what '{term}' means, and the quoted passage never names {missing}"


def _title_line(e: Evidence) -> bool:
    """A short line with no figure and no end punctuation: a title, which names a topic and says nothing."""
    text = e.text.strip().lstrip("-–•* ").strip()
    return bool(text) and not e.figures and not text.endswith(_END) and len(text.split()) <= _TITLE_WORDS


def names_term(term: str, title: str, body: str) -> bool:
    """The title names the term (most of its words, two at least, or its one word) and title and body
    together hold every word of it: the evidence covers the whole term asked."""
    words = set(tokenize(term))
    in_title = words & set(tokenize(title))
    enough = len(in_title) >= min(2, len(words)) and 2 * len(in_title) > len(words)
    return enough and words <= in_title | set(tokenize(body))


def titled_definition(ctx: AnswerContext, slots: Slots, evidence: Sequence[Evidence],
                      usable: Callable[[Evidence], bool]) -> Evidence | None:
    """The sentence right under a title line naming the term a definition question asks (ranked first
    among such titles), carrying the title's score; None when no title names it or nothing prose follows."""
    term = slots.term_asked
    if term is None:
        return None
    for e in evidence:
        if not _title_line(e):
            continue
        after = neighbour(list(evidence), e, 1)
        if after is None or after.figures or not after.text.rstrip().endswith(_END) or not usable(after):
            continue
        if names_term(term, e.text, after.text):
            return carried(after, e)
    return None


def term_unnamed(slots: Slots, passage: str) -> str | None:
    """TERM_WHY when the question asks a term's definition and the lead's passage never names every word of
    that term: what the passage defines (if anything) is another thing."""
    term = slots.term_asked
    if term is None:
        return None
    said = set(tokenize(passage))
    missing = [w for w in tokenize(term) if w not in said]
    return TERM_WHY.format(term=term, missing=" ".join(missing)) if missing else None

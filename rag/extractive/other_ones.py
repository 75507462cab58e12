"""A question asking one set of things and then 'the <kind> ones' ('the top concerns ..., and the secondary
ones') asks two lists; when the lead sentence gives one and the sentence next to it in the passage gives the
other (one names the kind, the other does not), that sentence is quoted with it: read off the lead alone,
the answer leaves one part unanswered."""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.keyword import tokenize

from ..types import Answer, AnswerContext
from .features import Evidence, neighbour

# '..., and the secondary ones?', '..., as well as the emerging ones'
_OTHER_ONES = re.compile(r",\s*(?:and|as well as|plus)\s+(?:what (?:are|were)\s+)?(?:the\s+)?(?P<kind>[a-z][a-z-]+)\s+ones\s*\??\s*$",
                         re.I)


def other_kind(question: str) -> str | None:
    """The kind the second part of a two-list question names ('secondary'), else None."""
    m = _OTHER_ONES.search(question)
    return m.group("kind").lower() if m else None


def _names(e: Evidence, kind: str) -> bool:
    return bool(set(tokenize(kind)) & set(tokenize(e.text)))


def with_other_part(ctx: AnswerContext, answer: Answer, best: Evidence, evidence: list[Evidence]) -> Answer | None:
    """`answer` with the neighbouring sentence of its lead quoted when the question asks two lists (`other_kind`)
    and the neighbour gives the part the lead does not (it names the kind the lead does not, or the reverse)
    and shares two or more terms of the question's first part; None otherwise."""
    m = _OTHER_ONES.search(ctx.question)  # matched once: its kind and where the first part ends
    if m is None or answer.abstained:
        return None
    kind = m.group("kind").lower()
    chunk_id = ctx.passages[best.passage_index].chunk.chunk_id
    n = next((c.n for c in answer.citations if c.chunk_id == chunk_id), None)
    if n is None:
        return None
    for offset in (-1, 1):
        other = neighbour(evidence, best, offset)
        if other is None or other.text in answer.answer or _names(other, kind) == _names(best, kind):
            continue
        if len(set(tokenize(ctx.question[:m.start()])) & set(tokenize(other.text))) >= 2:
            return replace(answer, answer=f"{answer.answer.rstrip()} {other.text} [{n}]")
    return None

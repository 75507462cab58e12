"""A list stated for one scope in a sentence: 'In finance, decision-making agents offer A, B, C and D
services; in healthcare, ...'. The clause names what its subject offers in that scope; the question asks
it when the scope's and the subject's words are all words of the question (a sentence often runs
several scopes, so only the clause of the scope asked is the list)."""

from __future__ import annotations

import re

from ingest.keyword import tokenize

from ..types import Answer, AnswerContext, Citation
from .features import Evidence

# 'In <scope>, <subject> offer(s)/provide(s)/include(s) <items>' up to the clause's end
_CLAUSE = re.compile(r"(?:^|[;:.]\s+|\bexample:?\s+)In ([\w\s&-]{2,40}?), ([\w\s-]{2,60}?) "
                     r"(offers?|provides?|includes?|delivers?|covers?|enables?) ([^;]+)", re.I)
# where the items end: a consequence or a note after them
_AFTER = re.compile(r",?\s+(?:thereby|which|while|thus|so that|leading|helping)\b|\s*\(", re.I)


def scoped_items(text: str, question_terms) -> tuple[str, str] | None:
    """(the clause, its items) of the first 'In <scope>, <subject> offer A, B and C' clause in `text` whose
    scope and subject words are all words of the question and that names three or more items; else None."""
    asked = set(question_terms)
    for m in _CLAUSE.finditer(text):
        scope, subject = set(tokenize(m.group(1))), set(tokenize(m.group(2)))
        if not (scope and subject and scope | subject <= asked):
            continue
        items = _AFTER.split(m.group(4), maxsplit=1)[0].strip().rstrip(",.")
        if len(re.split(r",\s*(?:and\s+|or\s+)?|\s+and\s+", items)) >= 3:
            start = m.start(1) - 3  # from 'In'
            return text[start:m.start(4)] + items, items
    return None


def scoped_listed(ctx: AnswerContext, question_terms, evidence: list[Evidence], usable, backend: str,
                  look: int = 8) -> Answer | None:
    """The list answer from the best-ranked on-topic (`usable`) sentence among the first `look` with a
    clause listing what the question's subject offers in the scope asked: '**A, B and C**. clause [1]'."""
    for e in evidence[:look]:
        if e.row or not usable(e):
            continue
        got = scoped_items(e.text, question_terms)
        if got is None:
            continue
        clause, items = got
        passage = ctx.passages[e.passage_index]
        return Answer(question=ctx.question, answer=f"**{items}**. {clause}. [1]", figure=None, abstained=False,
                      citations=[Citation.from_passage(1, passage, quote=clause)], backend=backend,
                      passages=list(ctx.passages), confidence=e.score, shape="list")
    return None

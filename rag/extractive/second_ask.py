"""Two things asked in one question by joined asking words ('since when and for how many developers ...'):
when the lead sentence answers the first and not the count, the next sentence of its passage giving a
count of the thing asked ('... have powered over 30 million developers') is quoted with it. Read off the
lead alone, the answer leaves the second part unanswered."""

from __future__ import annotations

import re
from dataclasses import replace

from ..types import Answer, AnswerContext
from .features import Evidence, neighbour

# 'since when and for how many developers', 'when and how many users', 'where and how many plants'
_JOINED = re.compile(r"\b(?:since when|when|where|since which year|in which year)\s+and\s+(?:(?:for|by|to|with|in|across)\s+)?"
                     r"how many\s+(?P<noun>[a-z][a-z-]+)", re.I)


def counted_second(question: str) -> str | None:
    """The plural noun a question's second, joined asking word counts ('developers'), else None."""
    m = _JOINED.search(question)
    return m.group("noun").lower() if m else None


def _counts(e: Evidence, noun: str) -> bool:
    """The sentence gives a count figure of the noun ('30 million developers')."""
    stem = noun[:-1] if noun.endswith("s") else noun
    return any(f.unit == "count" and re.match(rf"\s*{re.escape(stem)}", e.text[f.end:], re.I) for f in e.figures) \
        or any(f.unit == "count" for f in e.figures) and re.search(rf"\b{re.escape(stem)}", e.text, re.I) is not None


def with_second(ctx: AnswerContext, answer: Answer, best: Evidence, evidence: list[Evidence]) -> Answer | None:
    """`answer` with the next sentence of its lead's passage quoted when the question's second asking word
    counts a thing the lead does not count and that sentence does; None otherwise."""
    noun = counted_second(ctx.question)
    if noun is None or answer.abstained or _counts(best, noun):
        return None
    after = neighbour(evidence, best, 1)
    if after is None or not _counts(after, noun) or after.text in answer.answer:
        return None
    chunk_id = ctx.passages[best.passage_index].chunk.chunk_id
    n = next((c.n for c in answer.citations if c.chunk_id == chunk_id), None)
    if n is None:
        return None
    return replace(answer, answer=f"{answer.answer.rstrip()} {after.text} [{n}]")

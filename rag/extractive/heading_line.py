"""A lead that is only its passage's heading ('Home automation systems') says nothing of it: the
answer is the sentence under it ('- Managing lighting, temperature, and appliances ...')."""

from __future__ import annotations

import re

from ..types import AnswerContext
from .explaining import carried
from .features import Evidence, neighbour

_WORDS = re.compile(r"[^\W_]+")


def _words(text: str) -> list[str]:
    return _WORDS.findall(text.lower())


def is_heading_line(ctx: AnswerContext, e: Evidence) -> bool:
    """The sentence holds the words of its passage's section heading and nothing else (no figure)."""
    section = ctx.passages[e.passage_index].chunk.section or ""
    words = _words(e.text)
    return bool(words) and not e.figures and words == _words(section)


def past_heading(ctx: AnswerContext, evidence: list[Evidence], best: Evidence, usable) -> Evidence:
    """`best`, or when it is only its passage's heading, the sentence right under it (if on topic)."""
    if not is_heading_line(ctx, best):
        return best
    after = neighbour(evidence, best, 1)
    return carried(after, best) if after is not None and usable(after) else best

"""Rows a named owner holds in each of several rankings the question coordinates ('which Google models
are in the video and speech leaderboards'): each ranking addressed on its own, the rows listed
ranking by ranking. Read as one ranking, two fit as well and only one side's rows were answered."""

from __future__ import annotations

import re

from ..types import Answer, AnswerContext
from .ranking_owned import measured, owned_in, row_lines
from .shape_text import listed, shaped_answer
from .slots import Slots

# 'the video and speech leaderboards', 'text, video and speech rankings': qualifiers sharing one plural noun
COORDINATED = re.compile(r"\b(?P<sides>[\w-]+(?:,\s*[\w-]+)*,?\s+and\s+[\w-]+)\s+"
                         r"(?P<noun>leaderboards|rankings|arenas|indexes|indices|tables|lists)\b", re.I)
_SINGULAR = {"indexes": "index", "indices": "index"}


def sided_questions(question: str) -> list[str]:
    """The question once per coordinated ranking ('in the video leaderboard', 'in the speech leaderboard'), else []."""
    m = COORDINATED.search(question)
    if m is None:
        return []
    noun = m.group("noun").lower()
    noun = _SINGULAR.get(noun, noun[:-1])
    sides = [s for s in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group("sides")) if s.strip()]
    return [question[:m.start()] + f"{side} {noun}" + question[m.end():] for side in sides] if len(sides) > 1 else []


def owned_across(ctx: AnswerContext, slots: Slots, backend: str) -> Answer | None:
    """The rows the one owner named holds in each coordinated ranking, when each side addresses its own
    ranking and the owner holds rows in every one; None otherwise."""
    if slots.shape not in ("list", "which") or not slots.entities or not ctx.passages:
        return None
    parts = [owned_in(ctx, slots, q) for q in sided_questions(ctx.question)]
    if len(parts) < 2 or any(p is None for p in parts) or len({id(p[0]) for p in parts}) < len(parts) \
            or len({p[2] for p in parts}) != 1:
        return None
    lines = row_lines(ctx, [row for best, owned, _ in parts for row in measured(best, owned)])
    if lines is None:
        return None
    hits, names, each = lines
    lead = listed(names)
    return shaped_answer(ctx, hits, f"**{lead}**. {parts[0][2]}'s rows in {len(parts)} rankings: {each}", lead, "list", backend)

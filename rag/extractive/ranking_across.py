"""Rows a named owner holds in each of several rankings the question coordinates ('which Google models
are in the video and speech leaderboards'): each ranking addressed on its own, the rows listed
ranking by ranking. Read as one ranking, two fit as well and only one side's rows were answered."""

from __future__ import annotations

import re

from ..types import Answer, AnswerContext
from .period_cells import located
from .ranking_owned import owned_in
from .shape_text import citation_n, listed, shaped_answer
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
    rows, figures = [], []
    for best, owned, _ in parts:
        measure = best.measure  # read once per ranking: it scans the ranking's cells
        for k, label, h in owned:
            f = best.cells(h).get(measure) if measure else None
            rows.append((k, label, h, measure))
            figures.append(f)
    hits = [located(ctx, h, [f] if f is not None else []) for (_, _, h, _), f in zip(rows, figures)]
    if any(h is None for h in hits):
        return None
    lead = listed(list(dict.fromkeys(label for _, label, _, _ in rows)))
    each = "; ".join(f"{k}. {label}" + (f" — {m}: {f.text}" if f is not None else "") + f" [{citation_n(ctx, hits, h)}]"
                     for (k, label, _, m), f, h in zip(rows, figures, hits))
    return shaped_answer(ctx, hits, f"**{lead}**. {parts[0][2]}'s rows in {len(parts)} rankings: {each}", lead, "list", backend)

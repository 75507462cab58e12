"""A scope word binds to its own part of a two-part question: in 'the US count and the valuation of all
unicorns' the place scopes the count, while 'all unicorns' asks the whole set's figure."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..types import Answer, AnswerContext, Citation
from .features import Evidence
from .names import mentions_entity
from .slots import Slots

LOOK = 8  # the best-scoring sentences searched for the place's own figure

# the joints between the parts a question asks ('A and B', 'A; B', 'A, and B')
_JOINT = re.compile(r",?\s+and\s+|;|,\s+(?:plus|as well as)\s+", re.I)
# a part that asks about a whole set: 'all AI unicorns', 'the whole market', 'in total worldwide'
_WHOLE = re.compile(r"\b(?:all|every|whole|entire|global|globally|worldwide|world's|the world)\b", re.I)


def _names(part: str, name: str) -> bool:
    """Whether `part` names the place `name` (an upper-case form in its own case: 'US', not 'us')."""
    flags = 0 if name.isupper() else re.I
    return re.search(rf"(?<![A-Za-z0-9]){re.escape(name)}(?![A-Za-z0-9])", part, flags) is not None


def whole_part_asked(question: str, places: Iterable[str]) -> bool:
    """Whether the question, in parts, asks one part about a whole set ('all', 'global') that names none
    of the places another part is scoped to: a figure for the whole then answers that part."""
    places = list(places)
    parts = [p for p in _JOINT.split(question) if p.strip()]
    if len(parts) < 2 or not places:
        return False
    placed = [any(_names(p, n) for n in places) for p in parts]
    whole = [not placed[i] and _WHOLE.search(p) is not None for i, p in enumerate(parts)]
    return any(placed) and any(whole)


def place_and_whole(ctx: AnswerContext, slots: Slots, evidence: list[Evidence], backend: str) -> Answer | None:
    """For a question asking a place's figure and the whole set's ('the US count and the valuation of all
    unicorns'): the place's sentence leads, and the sentence of its passage giving the whole's figure in the
    other unit asked is quoted with it; None when one passage does not give both."""
    places = [e for e in slots.entities if e.place]
    if len(slots.units) < 2 or not whole_part_asked(slots.text, [p.name for p in places]):
        return None
    for e in evidence[:LOOK]:
        low = e.text.lower()
        if e.row or not all(mentions_entity(low, p) for p in places) or _WHOLE.search(e.text):
            continue
        own = [f for f in e.figures if f.unit in slots.units]
        if not own:
            continue
        other = [u for u in slots.units if u not in {f.unit for f in own}]
        whole = next((w for w in evidence if w.passage_index == e.passage_index and w is not e and not w.row
                      and _WHOLE.search(w.text) and any(f.unit in other for f in w.figures)), None)
        if whole is None:
            continue
        mine = own[0].display + ("+" if e.text[own[0].end:own[0].end + 1] == "+" else "")
        theirs = next(f for f in whole.figures if f.unit in other).display
        lead = f"{mine} ({', '.join(p.name for p in places)}); {theirs} (all)"
        quote = f"{e.text} {whole.text}"
        citation = Citation.from_passage(1, ctx.passages[e.passage_index], quote=quote, figure=mine)
        return Answer(question=ctx.question, answer=f"**{lead}**. {e.text} [1] {whole.text} [1]", figure=mine,
                      abstained=False, citations=[citation], backend=backend, passages=list(ctx.passages),
                      confidence=e.score, shape="figure")
    return None

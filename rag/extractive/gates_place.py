"""The place slot, read through the report: a sentence naming no place speaks of the place its
whole report is about ('451 services had been filed nationwide' in a China report is China's), so
it does not answer for another place. gates.py lists the gate with the others; it returns its
reason (naming both places) or None."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .facts import passage_facts
from .features import elsewhere
from .names import mentions_entity, subject_of
from .slots import COUNTRY_FORMS

if TYPE_CHECKING:
    from .gates import Decision


def home_place(snapshot, doc_id: str) -> str | None:
    """The place a report is about: the first place (in COUNTRY_FORMS order) named in a third or
    more of its passages (`names.subject_of`), or None."""
    return next((forms[0] for forms in COUNTRY_FORMS if subject_of(snapshot, forms[0], doc_id)), None)


def home_not_asked(d: Decision) -> str | None:
    """A place asked (the U.S.) is not answered by a sentence that names no place at all, nor does
    the sentence before it or its passage's frame, in a report about another place (China): the
    figure is that report's place's. A sentence naming the world or a place is left to the other
    place gates; a table row is read under its table's title (`caption_scope`)."""
    places = [e for e in d.slots.entities if e.place]
    if not places or d.best.row:
        return None
    chunk = d.ctx.passages[d.best.passage_index].chunk
    snap = d.ctx.snapshot
    home = home_place(snap, chunk.doc_id)
    if home is None or any(home in e.forms or e.name in next(f for f in COUNTRY_FORMS if f[0] == home)
                           for e in places):
        return None
    pos = snap.position.get(chunk.chunk_id)
    if pos is None:
        return None
    facts = passage_facts(snap, pos)
    i = d.best.sentence_index
    before = facts.sentences[i - 1].lowered if 0 < i <= len(facts.sentences) else ""
    near = f"{d.best.text.lower()} {before} {facts.frame}"
    if any(mentions_entity(near, e) for e in places) or elsewhere(near, places):
        return None
    return f"the sentence names no place, and its report speaks of {home}, not of {', '.join(e.name for e in places)}"

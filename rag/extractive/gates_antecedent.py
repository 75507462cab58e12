"""The entity slot through a pronoun: a sentence whose subject is 'it' or 'they' ('In 2024, it
captured over 30% of ...') speaks of what the sentence before it names, so it does not answer for
a company or product the question names when that sentence names another one. gates.py lists the
gate with the others; it returns its reason (naming both) or None."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .facts import passage_facts
from .names import mentions_entity, subject_of

if TYPE_CHECKING:
    from .gates import Decision

# the subject is a pronoun, after at most a short opening phrase ('In 2024, it ...', 'By 2025, they ...')
_PRONOUN_SUBJECT = re.compile(r"^\s*(?:[A-Z][^,.;]{0,30},\s*)?(?:it|they|its|their)\b", re.I)
NAME = re.compile(r"(?<![\w-])[A-Z][a-z]*[A-Z][A-Za-z0-9]*|(?<![\w-])[A-Z][a-z0-9]+(?:\s[A-Z][a-z0-9]+)*")
_NOT_NAMES = frozenset("AI In The This These It Its As By For From With And Notably However Moreover Meanwhile "
                       "Domestic Overall Currently Today Since During Among".split())


def names_in(text: str) -> list[str]:
    """The capitalised names of `text` (not its first word, nor common sentence openers)."""
    return [m.group(0) for m in NAME.finditer(text) if m.start() > 0 and m.group(0).split()[0] not in _NOT_NAMES]


def antecedent_other(d: Decision) -> str | None:
    """A figure asked of something the question names (PaddlePaddle) is not answered by a sentence
    whose subject is a pronoun and that names none of it, when the sentence before it names
    something else (MindSpore) and not it: the pronoun stands for that other one."""
    s = d.slots
    if s.asks != "amount" or not d.figures or d.best.row or not _PRONOUN_SUBJECT.match(d.best.text):
        return None
    doc = d.ctx.passages[d.best.passage_index].chunk.doc_id
    named = [e for e in s.entities if not e.place and not subject_of(d.ctx.snapshot, e.name, doc)]
    text = d.best.text.lower()
    if not named or any(mentions_entity(text, e) for e in named):
        return None
    snap = d.ctx.snapshot
    pos = snap.position.get(d.ctx.passages[d.best.passage_index].chunk.chunk_id)
    i = d.best.sentence_index
    if pos is None or i == 0:
        return None
    before = passage_facts(snap, pos).sentences[i - 1].text
    if any(mentions_entity(before.lower(), e) for e in named):
        return None
    others = names_in(before)
    if not others:
        return None
    return f"the sentence speaks of {others[0]}, not of {' or '.join(e.name for e in named)}"

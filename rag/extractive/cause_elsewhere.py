"""A cause of something else: 'This momentum was driven by A, which generated demand in B' gives the cause of
what the sentence before it says (the referred-back subject), not of a thing it names only after its cause words."""

from __future__ import annotations

import re

from ingest.keyword import tokenize

from ..types import bold_lead
from .cause_said import CHANGE_WORD, asks_cause
from .features import Evidence, neighbour
from .slots import Slots

# a subject that refers back: what it says is caused is what the sentence before says
_BACK = re.compile(r"^\s*(?:this|these|that|those|such)\b", re.I)
# connectives after which the cause comes: the thing caused is said before them
_CAUSE_AFTER = re.compile(r"\b(because|due to|driven by|as a result of|result(?:ed|s)? from|attributable to|thanks to|"
                          r"owing to|caused by|fuel(?:l)?ed by|stem(?:s|med)? from)\b", re.I)
CAUSE_ELSEWHERE_WHY = "the quoted sentence gives the cause of what the sentence before it says, not of the thing asked"


def caused_elsewhere(text: str, wanted: list[str]) -> bool:
    """The sentence's subject refers back and names none of `wanted` (the asked subject terms) before its cause
    connective: it explains the referred-back thing, whatever it names after."""
    m = _CAUSE_AFTER.search(text)
    if m is None or not _BACK.match(text):
        return False
    head = set(tokenize(text[:m.start()]))
    return not any(t in head for t in wanted)


def cause_elsewhere_led(slots: Slots, said: str, best: Evidence, evidence: list[Evidence]) -> str | None:
    """CAUSE_ELSEWHERE_WHY when a cause is asked and the bold lead (`best`) explains a referred-back thing: its
    subject names none of the asked terms and the sentence before it (in `evidence`) fewer than half of them."""
    lead = bold_lead(said)
    wanted = [t for t in slots.subject if not CHANGE_WORD.fullmatch(t)]
    if not lead or not wanted or not asks_cause(slots) or not caused_elsewhere(lead, wanted):
        return None
    before = neighbour(evidence, best, -1)
    if before is None or lead not in best.text:
        return None  # what it refers back to is unseen: no doubt raised
    words = set(tokenize(before.text))
    return CAUSE_ELSEWHERE_WHY if sum(t in words for t in wanted) * 2 < len(wanted) else None

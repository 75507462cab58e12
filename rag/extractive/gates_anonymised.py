"""An anonymised name asked to be unmasked: reports hide some companies behind a label ('Company A',
'Vendor C', 'Player 3': a generic noun and one capital letter or a number). A question asking who such a label is ('Which
company is Company A?', 'the real name of Company B') asks what the report withholds; a row giving
the label's figures does not answer it. gates.py lists the gate."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .gates import Decision

_NOUN = r"(?:company|firm|vendor|player|enterprise|competitor|customer|client|supplier|manufacturer|provider|bank)"
# an anonymised label: the generic noun, capitalised, and one capital letter or a number ('Company A', 'Player 3')
LABEL = rf"(?i:{_NOUN})\s+(?:[A-Z]|\d{{1,2}})\b(?!['’]s\s+(?!(?i:real|actual|true)\b))"  # not 'Company A's rival'
_UNMASK = re.compile(
    rf"\b(?i:which|what)\s+(?i:real\s+|actual\s+)?(?i:{_NOUN}|business|brand|one)\s+(?i:is|was)\s+(?P<a>{LABEL})"
    rf"|\b(?i:who)\s+(?i:is|was)\s+(?i:behind\s+)?(?P<b>{LABEL})"
    rf"|\b(?i:real|actual|true)\s+(?i:name|identity)\s+(?i:of)\s+(?P<c>{LABEL})"
    rf"|\b(?i:identity)\s+(?i:of)\s+(?P<d>{LABEL})"
    rf"|(?P<e>{LABEL})['’]s\s+(?i:real|actual|true)\s+(?i:name|identity)")


def unmasked_label(question: str) -> str | None:
    """The anonymised label whose identity `question` asks ('Company A'), or None."""
    m = _UNMASK.search(question)
    return next((g for g in m.groups() if g), None) if m else None


def label_identity(d: Decision) -> str | None:
    """Who an anonymised label stands for is not in the reports: they write only the label."""
    label = unmasked_label(d.slots.text)
    return f"the reports name {label} by a label only and do not say who it is" if label else None

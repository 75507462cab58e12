"""A table row's footnote: a row label carrying a mark ('Recorded investment (1)') is explained by
the note that starts with the same mark ('(1) Includes deferred initial direct costs ...'), so a
question asking what the row includes or means is answered by that note, not by the row's figures."""

from __future__ import annotations

import re
from dataclasses import replace

from .features import Evidence

# the label of a row line as the index writes it ('Label (1) — 2019: 5'), with its mark
_MARKED_ROW = re.compile(r"^(?:[^—]*›\s*)?[^—›]*?[A-Za-z)]\s*\((?P<n>\d{1,2})\)\s*—|^[^—›]*?[a-z](?P<glued>\d)\s*—")


def row_mark(text: str) -> str | None:
    """The footnote mark of a row line's label ('1' for 'Recorded investment (1) — ...'), or None."""
    m = _MARKED_ROW.match(text)
    return (m.group("n") or m.group("glued")) if m else None


def footnote_of(evidence: list[Evidence], chosen: Evidence) -> Evidence | None:
    """The note explaining the row `chosen` (a sentence of the same report opening with the row's
    mark: '(1) ...' or '1 ...'), when `chosen` is a marked row and exactly one such note was retrieved."""
    mark = row_mark(chosen.text) if chosen.row or " — " in chosen.text else None
    if mark is None:
        return None
    opening = re.compile(rf"^\s*(?:\({mark}\)|{mark}(?=\s+[A-Z]))\s*\S")
    notes = [e for e in evidence if e is not chosen and not e.row and opening.match(e.text)]
    if len({e.text for e in notes}) != 1:
        return None
    # what the question matched is the row: the note answers with the row's evidence score
    return notes[0] if notes[0].score >= chosen.score else replace(notes[0], score=chosen.score)

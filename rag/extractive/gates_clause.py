"""The figure's own clause: a sentence joining two subjects by a contrast ('X supports Bank Y, while
Institute Z has empowered 50+ models') gives its figure to the clause it sits in. A question about
the subject of the other clause is not answered by it. gates.py lists the gate with the others."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .names import NAME, COMMON_CAPITALS, mentions_entity

if TYPE_CHECKING:
    from .gates import Decision

# joiners of two clauses about different subjects (a semicolon is left out: it joins the cells of a table row too)
_CONTRAST = re.compile(r",?\s+(?:while|whereas)\s+|,\s+but\s+", re.I)


def figure_clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the clause of `text` holding the figure at start..end, between contrast joiners."""
    lo, hi = 0, len(text)
    for m in _CONTRAST.finditer(text):
        if m.end() <= start:
            lo = m.end()
        elif m.start() >= end:
            hi = m.start()
            break
    return lo, hi


def _other_names(clause: str, question: str) -> list[str]:
    """Capitalised names of `clause` the question does not use (common sentence capitals aside)."""
    asked = question.lower()
    return [m.group(0) for m in NAME.finditer(clause)
            if m.group(0) not in COMMON_CAPITALS and m.group(0).lower() not in asked]


def clause_other_subject(d: Decision) -> str | None:
    """A figure asked of a thing the question names (a company, an institute) is not answered by a
    lead figure whose own clause names another ('..., while the Nanjing Institute's network has
    empowered 50+ models') when the thing asked is named only in the sentence's other clause."""
    if not d.figures or d.best.row:
        return None
    text = d.best.text
    lo, hi = figure_clause(text, d.figures[0].start, d.figures[0].end)
    if lo == 0 and hi == len(text):
        return None
    clause, rest = text[lo:hi], f"{text[:lo]} {text[hi:]}".lower()
    others = _other_names(clause, d.slots.text)
    if not others:
        return None
    for e in d.slots.entities:
        if e.place or mentions_entity(clause.lower(), e) or not mentions_entity(rest, e):
            continue
        return f"the figure's clause is about {others[0]}, not {e.name}"
    return None

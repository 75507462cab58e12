"""The measure a figure changes, as its sentence writes it: 'reduced the average call duration by
10%' gives the change of call duration. A question naming none of that measure's words asks another."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.keyword import tokenize

from ..query_terms import found_as_asked, snapshot_forms
from .slots import QUESTION_FILLER

if TYPE_CHECKING:
    from .gates import Decision

# a verb of change, its object (the measure, up to six words) and 'by' just before the figure
_CHANGED_BY = re.compile(r"\b(?:increas|reduc|decreas|cut|rais|lower|improv|boost|shorten|extend|expand|shrink|"
                         r"enhanc|accelerat|slash|trimm?)\w*\s+((?:[A-Za-z][\w-]*\s+){1,6}?)by\s+(?:about\s+|nearly\s+|"
                         r"over\s+|more than\s+|up to\s+|around\s+)?$", re.I)
_ARTICLES = frozenset("the its their his her our a an of".split())


def changed_measure(text: str) -> list[str]:
    """The words of the measure the sentence says changed by the figure starting at the end of `text`
    ('... reduced the average call duration by ' -> ['average', 'call', 'duration']); [] if none."""
    m = _CHANGED_BY.search(text)
    if not m:
        return []
    # an adverb ('increased nominally by') says how: the verb then has no object naming a measure
    return [w for w in m.group(1).split() if w.lower() not in _ARTICLES and not w.lower().endswith("ly")]


def measure_changed_other(d: Decision) -> str | None:
    """An amount asked, the lead figure written as the change of a measure none of whose words the
    question uses in any form: the sentence gives the change of another measure."""
    s = d.slots
    if s.asks != "amount" or not d.figures or d.best.row or s.shape in ("explanation", "list"):
        return None
    words = changed_measure(d.best.text[:d.figures[0].start])
    terms = {t for w in words for t in tokenize(w)} - QUESTION_FILLER
    if not terms:
        return None
    forms = snapshot_forms(d.ctx.snapshot) if d.ctx.snapshot is not None else None
    if found_as_asked(terms, set(tokenize(s.text)), forms):
        return None
    return f"the reports give the change of {' '.join(words)}, not the measure asked"

"""Key terms found abbreviated or spelled out: a passage writing 'CAGR' covers a question's 'compound
growth rate', and one writing 'applications' a question's 'apps' (the coverage gate's reading)."""

from __future__ import annotations

from collections.abc import Iterable

from ingest.keyword import tokenize

from ..query_terms import ABBREVIATIONS

# (the abbreviation's tokens, each spelled-out form's tokens), made once
_FORMS = tuple((frozenset(tokenize(abbr)), tuple(frozenset(tokenize(s)) for s in spelled))
               for abbr, spelled in ABBREVIATIONS.items())


def abbreviated_terms(asked: Iterable[str], present: set[str]) -> set[str]:
    """The asked terms `present` holds in the other form: the abbreviation for the words of a form the
    question spells out in full, or every word of a spelled-out form for the abbreviation asked."""
    asked = set(asked)
    found: set[str] = set()
    for abbr, spelled in _FORMS:
        if abbr <= present:
            found |= next((form for form in spelled if form <= asked), frozenset())
        if abbr <= asked and any(form <= present for form in spelled):
            found |= abbr
    return found

"""The year a sentence pairs with a figure the question gives ('when will X reach 1.37 billion?'): a
question asking a year, given a figure, is answered by the year dated to that figure in its own clause
('2,463.2 billion in 2075', '2.6 trillion by 2030'), never by another year of the sentence or by the
given figure itself. A 'from YEAR to YEAR' span dates a period (a growth rate's), not a point reached; a year in
an instrument's name ('the hybrid bond 2015/2075') dates nothing."""

from __future__ import annotations

import re

from ingest.figures import Figure, parse_figures
from ingest.name_years import name_year_spans

from .name_versions import is_name_version
from .phrase import DATE
from .pick import is_label
from .gates_threshold import MEASURED_NOUN
from .slots import Slots

# a period span: its years date a period, not the point a figure is reached
_SPAN = re.compile(r"\b(?:from|between)\s+(?:19|20)\d\d\s*(?:to|and|-|–)\s*(?:19|20)\d\d\b", re.I)
_CLAUSE_END = re.compile(r"[;.!?](?:\s|$)|,\s+(?:and|while|whereas|but)\b", re.I)
_EPS = 1e-6


def _same(f: Figure, g: Figure) -> bool:
    """The same figure in any writing ('USD 2.6 trillion' is 'USD 2,600 billion')."""
    if f.unit != g.unit or (f.currency and g.currency and f.currency != g.currency):
        return False
    return abs(f.value - g.value) <= _EPS * max(abs(g.value), 1.0)


def paired_year(slots: Slots, sentence: str) -> str | None:
    """The year `sentence` dates the figure the year-asking question (`slots`) gives: the first year after that
    figure in its clause, before any other figure and outside a 'from YEAR to YEAR' span; None when the
    question gives no figure, the sentence does not give it, or gives it with no year of its own."""
    if not slots.year_asked:  # 'when', 'in which year', 'by what year'
        return None
    question = slots.text
    if (timed := _measured_time(question, sentence)) is not None:
        return timed
    # a number that names ('ASC 606', 'GPT 4') is no figure given
    given = [g for g in parse_figures(question) if g.unit != "year" and not is_label(question, g)
             and not is_name_version(question, g, question)]
    if not given:
        return None
    figures = parse_figures(sentence)
    spans = [m.span() for m in _SPAN.finditer(sentence)] + name_year_spans(sentence)  # 'bond 2015/2075' names
    for i, f in enumerate(figures):
        if f.unit == "year" or not any(_same(f, g) for g in given):
            continue
        end = _CLAUSE_END.search(sentence, f.end)
        stop = end.start() if end else len(sentence)
        for later in figures[i + 1:]:
            if later.start >= stop:
                break
            if later.unit != "year":
                break  # another figure comes first: a year past it is that figure's
            if any(a <= later.start < b for a, b in spans):
                continue
            date = next((d for d in DATE.finditer(sentence) if d.start() <= later.start < d.end()), None)
            return date.group(0) if date else sentence[later.start:later.end]  # 'January 1, 2018' whole
    return None


# a time stated in words right after what it dates: 'within five years', 'in the next 3 years', 'by 2030'
_TIME_SAID = re.compile(r"\s*(?:,\s*)?((?:within|in the next|over the next)\s+(?:\w+|\d+)\s+(?:years?|months?)|"
                        r"(?:by|in)\s+(?:19|20)\d\d)\b", re.I)


def _measured_time(question: str, sentence: str) -> str | None:
    """The time the sentence states right after the noun of a stated duration the question asks
    ('one-month tasks within five years' for 'when will AI handle one-month tasks?'), or None."""
    m = re.search(MEASURED_NOUN, question, re.I)
    if m is None:
        return None
    said = re.search(re.escape(m.group(0)), sentence, re.I)
    t = _TIME_SAID.match(sentence, said.end()) if said else None
    if t is None:
        return None
    phrase = t.group(1)
    year = re.search(r"(?:19|20)\d\d", phrase)
    return year.group(0) if year else phrase

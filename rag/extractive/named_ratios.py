"""A ratio the question asks by its standard name ('the current ratio', 'the debt-to-asset ratio') that
the page does not print is the ratio of the two amounts its definition names: the question is asked
again as 'the ratio of A to B', so the table rows giving A and B compute it (standard accounting
definitions, each side tried in its usual wordings in turn)."""

from __future__ import annotations

import re
from collections.abc import Iterable

# a ratio's standard name -> its (numerator, denominator) wordings, most specific first
_NAMED: list[tuple[re.Pattern, tuple[tuple[str, str], ...]]] = [
    (re.compile(r"\bcurrent ratio\b", re.I),
     (("total current assets", "total current liabilities"), ("current assets", "current liabilities"))),
    # 'debt' is read as debt, else as all liabilities (reports use both); 'liabilities' is never debt alone
    (re.compile(r"\bdebt[- ]to[- ]assets?\s+ratio\b", re.I),
     (("total debt", "total assets"), ("total liabilities", "total assets"))),
    (re.compile(r"\bliabilit(?:y|ies)[- ]to[- ]assets?\s+ratio\b", re.I), (("total liabilities", "total assets"),)),
    (re.compile(r"\bdebt[- ]to[- ]equity\s+ratio\b", re.I),
     (("total debt", "total equity"), ("total liabilities", "total equity"))),
    (re.compile(r"\bliabilit(?:y|ies)[- ]to[- ]equity\s+ratio\b", re.I), (("total liabilities", "total equity"),)),
]


def _named(question: str, page_texts: Iterable[str]) -> tuple[re.Match, tuple[tuple[str, str], ...]] | None:
    """The first standard ratio name the question gives and its sides; None when it gives none, or a passage
    prints that ratio's name (the page states it)."""
    texts = list(page_texts)
    for name, sides in _NAMED:
        m = name.search(question)
        if m is not None:
            return None if any(name.search(t) for t in texts) else (m, sides)
    return None


def ratio_sides(question: str, page_texts: Iterable[str] = ()) -> tuple[tuple[str, str], ...]:
    """The (numerator, denominator) wordings of the standard ratio the question names, most specific first;
    () when it names none, or a passage prints that ratio's name (the page states it)."""
    named = _named(question, page_texts)
    return named[1] if named else ()


def spelled_ratios(question: str, page_texts: Iterable[str] = ()) -> list[str]:
    """The question with the ratio it names written as 'ratio of A to B', one per definition wording;
    [] when it names no standard ratio, or a passage prints that ratio's name (the page states it)."""
    named = _named(question, page_texts)
    if named is None:
        return []
    m, sides = named
    return [f"{question[:m.start()]}ratio of {a} to {b}{question[m.end():]}" for a, b in sides]

"""A ratio the question asks by its standard name ('the current ratio', 'the debt-to-asset ratio') that
the page does not print is the ratio of the two amounts its definition names: the question is asked
again as 'the ratio of A to B', so the table rows giving A and B compute it (standard accounting
definitions, each side tried in its usual wordings in turn)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .operations import operation

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


# 'the operating margin', 'the adjusted EBITDA margin': a profit measure as a percentage of revenue (its standard
# definition); the measure's last word says which profit ('net interest margin' is no profit over revenue: not read)
_MARGIN = re.compile(r"\b(?P<measure>(?:[\w&-]+\s+){0,2}?(?P<last>operating|gross|net|profit|income|earnings|"
                     r"ebitda|ebita|ebit))\s+margin\b", re.I)
_LEAD_WORDS = frozenset("the a an its their our what was is were are of for in did does".split())
_PROFIT_OF = {"operating": ("operating income", "operating profit"), "gross": ("gross profit",),
              "net": ("net income", "net profit"), "profit": ("net income", "net profit")}
_REVENUE = ("revenue", "net sales", "total revenue", "sales")


def spelled_margins(question: str, page_texts: Iterable[str] = ()) -> list[str]:
    """The question with the profit margin it names written as 'P as a percentage of R', one per wording of the
    profit P and the revenue R; [] when it names no profit margin, names a margin between two amounts, or a
    passage prints that margin's name (the page states it); an operation asked of the margin (its change) is not spelled."""
    m = _MARGIN.search(question)
    if m is None or operation(question) is not None:
        return []
    words = m.group("measure").split()
    while words and words[0].lower() in _LEAD_WORDS:
        words = words[1:]
    spaced = r"\s+".join(map(re.escape, words))
    name = re.compile(rf"\b{spaced}\s+margin\b", re.I)
    if any(name.search(t) for t in page_texts):
        return []
    start = m.start() + re.search(rf"\b{re.escape(words[0])}\b", m.group(0)).start()
    head, last = " ".join(words[:-1]), words[-1]
    own = last.lower() not in _PROFIT_OF or last.lower() == "profit" and head  # 'EBITDA', 'trading profit'
    profits = [" ".join(words)] if own else [f"{head} {p}".strip() for p in _PROFIT_OF[last.lower()]]
    return [f"{question[:start]}{p} as a percentage of {r}{question[m.end():]}" for p in profits for r in _REVENUE]

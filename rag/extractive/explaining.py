"""Explanation answers ('how is X determined', 'why did X decrease', 'what does X include'): the
explaining sentence, not a table row, quoted with no figure forced to the front."""

from __future__ import annotations

import re

from .features import Evidence

# Words a sentence uses when it explains: a cause, a method, a definition or what something holds.
_EXPLAINS = re.compile(r"\b(because|due to|(was |were |is |are )?driven by|as a result|result(ed|s)? (of|from)|primarily|attributable|"
                       r"determined|calculated|computed|measured|derived|by (dividing|adding|comparing|comparison)|"
                       r"consist(s|ed)? of|compris(e|es|ed|ing)|includ(e|es|ed|ing)|represent(s|ed)?|defined as|"
                       r"means|refers? to|reflect(s|ed)?|based on)\b", re.I)
# A table row as the index writes it: 'Other items — 2019: 17; 2018: —'
_FIGURE_LINE = re.compile(r" — [^:;]{1,60}: \S")
_LOOK = 8  # how far down the ranking an explaining sentence may be taken from
# A sentence that refers back to the one before it: 'This momentum was driven by ...'
_ANAPHOR = re.compile(r"^\s*(this|these|that|those|such|it|the (increase|decrease|growth|decline|rise|surge|drop|"
                      r"change|momentum|trend))\b", re.I)


def explains(text: str) -> bool:
    """The sentence says why, how or what a thing holds (not only a figure)."""
    return bool(_EXPLAINS.search(text))


def explaining(evidence: list[Evidence], best: Evidence, usable, margin: float) -> Evidence:
    """The sentence to quote for an explanation: among the sentences scoring at least `margin` of the
    best (`usable` says which are on topic), the first that is prose (a table row lists figures, it
    explains nothing) and explains; else the sentence right after the best prose one when it explains
    it ('This momentum was driven by ...'); else the best prose sentence; else `best`."""
    top = max(e.score for e in evidence) if evidence else best.score
    pool = [best] + [e for e in evidence[:_LOOK] if e is not best and e.score >= margin * top]
    prose = [e for e in pool if not (e.row or _FIGURE_LINE.search(e.text)) and usable(e)]
    choice = next((e for e in prose if explains(e.text)), None)
    if choice is not None:
        return choice
    base = prose[0] if prose else best
    after = next((e for e in evidence if e.passage_index == base.passage_index
                  and e.sentence_index == base.sentence_index + 1), None)
    if after is not None and _ANAPHOR.match(after.text) and explains(after.text):
        return after
    return base

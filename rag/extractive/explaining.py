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
# A mechanism: 'the longer the model thinks, the better it performs', 'improves in proportion to',
# 'enhances as the load extends'
_MECHANISM = re.compile(r"\bthe (more|less|longer|shorter|larger|smaller|higher|lower|greater|faster)\b[^,;.]{0,80}, the "
                        r"(more|less|better|worse|higher|lower|greater|larger|smaller|faster)\b|\bin proportion to\b|"
                        r"\b(improves?|enhances?|increases?|grows?|rises?|falls?|declines?) as\b", re.I)
# A table row as the index writes it: 'Other items — 2019: 17; 2018: —'
_FIGURE_LINE = re.compile(r" — [^:;]{1,60}: \S")
_LOOK = 8  # how far down the ranking an explaining sentence may be taken from
# A sentence that refers back to the one before it: 'This momentum was driven by ...'
_ANAPHOR = re.compile(r"^\s*(this|these|that|those|such|it|the (increase|decrease|growth|decline|rise|surge|drop|"
                      r"change|momentum|trend))\b", re.I)


def explains(text: str) -> bool:
    """The sentence says why, how or what a thing holds (not only a figure)."""
    return bool(_EXPLAINS.search(text) or _MECHANISM.search(text))


def explaining(evidence: list[Evidence], best: Evidence, usable, margin: float) -> Evidence:
    """The sentence to quote for an explanation: among the sentences scoring at least `margin` of the
    best (`usable` says which are on topic), the prose ones (a table row lists figures, it explains
    nothing) that explain, the one covering most of the question's terms (ties: the higher ranked);
    else the sentence right after the best prose one when it explains it ('This momentum was driven
    by ...', 'The capability enhances as the load extends'); else the best prose sentence; else `best`."""
    top = max(e.score for e in evidence) if evidence else best.score
    pool = [best] + [e for e in evidence[:_LOOK] if e is not best and e.score >= margin * top]
    prose = [e for e in pool if not (e.row or _FIGURE_LINE.search(e.text)) and usable(e)]
    explaining_ = [e for e in prose if explains(e.text)]
    if explaining_:  # the one naming most of what is asked: an explanation is about the thing asked
        return max(explaining_, key=lambda e: (round(e.features.get("overlap", 0.0), 6), -explaining_.index(e)))
    base = prose[0] if prose else best
    after = next((e for e in evidence if e.passage_index == base.passage_index
                  and e.sentence_index == base.sentence_index + 1), None)
    # the sentence right after the best one, when it explains it ('This momentum was driven by ...') or
    # states the mechanism of what the best one names ('the longer ..., the better ...')
    if after is not None and (_ANAPHOR.match(after.text) and explains(after.text) or _MECHANISM.search(after.text)) \
            and not (after.row or _FIGURE_LINE.search(after.text)):
        return after
    return base

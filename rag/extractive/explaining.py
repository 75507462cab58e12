"""Explanation answers ('how is X determined', 'why did X decrease', 'what does X include'): the
explaining sentence, not a table row, quoted with no figure forced to the front."""

from __future__ import annotations

import re

from .features import Evidence

# Words a sentence uses when it explains: a cause, a method, a definition or what something holds.
_EXPLAINS = re.compile(r"\b(because|due to|driven by|as a result|result(ed|s)? (of|from)|primarily|attributable|"
                       r"determined|calculated|computed|measured|derived|by (dividing|adding|comparing|comparison)|"
                       r"consist(s|ed)? of|compris(e|es|ed|ing)|includ(e|es|ed|ing)|represent(s|ed)?|defined as|"
                       r"means|refers? to|reflect(s|ed)?|based on)\b", re.I)
_LOOK = 4  # how far down the ranking an explaining sentence may be taken from


def explains(text: str) -> bool:
    """The sentence says why, how or what a thing holds (not only a figure)."""
    return bool(_EXPLAINS.search(text))


def explaining(evidence: list[Evidence], best: Evidence, usable) -> Evidence:
    """Among the best few sentences (`usable` says which are on topic), the first that is prose (a
    table row lists figures, it explains nothing) and explains; else the first prose one; else `best`."""
    prose = [e for e in [best] + [e for e in evidence[:_LOOK] if e is not best] if not e.row and usable(e)]
    return next((e for e in prose if explains(e.text)), prose[0] if prose else best)

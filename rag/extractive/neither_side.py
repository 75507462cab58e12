"""A comparison of two named things ('A vs B, both in 2025') led in bold by one figure from a sentence
holding under half of each side's own words: the figure is at most one side's (which one, the
sentence does not say), so it is no answer."""

from __future__ import annotations

import re

from ..types import bold_lead
from .word_stems import term_stems
from .choice_names import alternatives
from .features import Evidence
from .lead_doubt import COMPARED

# a question asking one figure relating the sides (their gap, ratio, sum) is answered by one figure
_RELATING = re.compile(r"\b(?:gap|differen\w*|lead|ahead|behind|ratio|times|multiple|together|combined|jointly|"
                       r"in total|altogether|sum|between)\b", re.I)
WHY = "the question compares {a} and {b}, and the quoted sentence gives one figure naming neither"


def neither_side_led(question: str, shown: str, best: Evidence, figures: list) -> str | None:
    """Why a one-figure bold lead from a sentence (not a row) holding under half the terms that set each
    compared side apart from the other ('A versus B') does not answer the comparison; None otherwise (or when one
    figure relating the sides is asked)."""
    if len(figures) != 1 or best.row or bold_lead(shown) is None or _RELATING.search(question) \
            or not COMPARED.search(question):
        return None
    alt = alternatives(question)
    if alt is None or alt.kind != "comparison" or len(alt.names) != 2:
        return None
    a, b = term_stems(alt.names[0]), term_stems(alt.names[1])
    said = term_stems(best.text)
    own = [a - b, b - a]
    if not all(own) or any(2 * len(x & said) >= len(x) for x in own):
        return None  # a side is told apart in the sentence (half its own terms): one_side_led judges it
    return WHY.format(a=alt.names[0], b=alt.names[1])

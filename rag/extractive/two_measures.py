"""Two measures asked for at once ('the number for the price-war discounts and the consumer share of the
market'): a bold lead from a sentence naming the first and hardly the second gives one figure of two, so
it is too weak to bold."""

from __future__ import annotations

import re

from ..types import bold_lead
from .word_stems import term_stems
from .features import Evidence

# 'for the A and the B': two definite noun phrases, each a measure of its own
_TWO = re.compile(r"\b(?:for|of|on|about)\s+the\s+(?P<a>[^?,;:]+?)\s+and\s+the\s+(?P<b>[^?,;:]+?)\s*(?:[?.]|,|$)", re.I)
_TOGETHER = re.compile(r"\b(?:together|combined|jointly|in total|altogether|sum|between|ratio|gap|difference)\b", re.I)


def second_measure_missing(question: str, shown: str, best: Evidence, figures: list) -> str | None:
    """Why a one-figure bold lead answers only the first of two measures asked (its sentence names every
    term only the first side has and under half of those only the second has), or None."""
    m = _TWO.search(question)
    if m is None or len(figures) != 1 or best.row or bold_lead(shown) is None or _TOGETHER.search(question):
        return None
    a, b = term_stems(m.group("a")), term_stems(m.group("b"))
    only_a, only_b = a - b, b - a
    said = term_stems(best.text)
    if len(only_a) < 2 or len(only_b) < 2 or not only_a <= said or 2 * len(only_b & said) >= len(only_b):
        return None
    return f"the question asks two figures and the quoted sentence gives only the one for {m.group('a').strip()}"

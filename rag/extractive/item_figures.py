"""Two items a question joins with 'and' ('the shares of pet shops and e-commerce', 'the lease terms for operating and
finance leases') ask each one's own figure, in the question's order: the figure a sentence pairs with each ('7.2 years
for A and 5.8 years for B', value_for.value_pairs), else the first figure after a mention of each, before the other's
next mention ('cats numbered 71.5 million and dogs 52.6 million', 'A (cited by 71%), ..., B (44%)'). Both lead, not one."""

from __future__ import annotations

import re

from ingest.figures import Figure

from .respective_named import _PAIR
from .value_for import _of_measure_asked, _stems, value_pairs
from .word_stems import stem

_ASKING = frozenset("what which how who when where why and in for of between from to".split())
_WORD = re.compile(r"[A-Za-z][\w'’&-]*")
# a figure the words after it say is a change: '6.6% increase', '12% decline'
_CHANGE_AFTER = re.compile(r"\s+(?:increase|decrease|rise|fall|drop|decline|growth|gain|jump)s?\b", re.I)


def _paired(text: str, figures: list[Figure], a: str, b: str, asked: set[str]) -> list[Figure] | None:
    """Each item's figure of 'V for A ... V for B' (the clause of the measure asked), or None."""
    pairs = value_pairs(text)
    own = []
    for item in (a, b):
        mine = [p for p in pairs if stem(item) in _stems(p[2])]
        mine = _of_measure_asked(mine, text, asked) if len(mine) > 1 else mine
        fig = [f for f in figures if len(mine) == 1 and mine[0][0] <= f.start < mine[0][1]]
        if not fig:
            return None
        own.append(fig[0])
    return own


def _after(text: str, figures: list[Figure], a: str, b: str) -> list[Figure] | None:
    """The first figure after a mention of A before the next mention of B, and the first after that B before A's
    next mention (A named first in the sentence); the first mentions so read, or None."""
    spots = [(m.start(), m.end(), stem(m.group()) == stem(a)) for m in _WORD.finditer(text)
             if stem(m.group()) in (stem(a), stem(b))]
    for i, (_, a_end, is_a) in enumerate(spots):
        if not is_a:
            continue
        nxt = next((s for s in spots[i + 1:] if not s[2]), None)
        if nxt is None:
            return None
        back = next((s[0] for s in spots if s[0] > nxt[1] and s[2]), len(text))
        fa = next((f for f in figures if a_end <= f.start < nxt[0]), None)
        fb = next((f for f in figures if nxt[1] <= f.start < back), None)
        if fa is not None and fb is not None:
            return [fa, fb] if fa.unit == fb.unit else None
    return None


def item_figures(text: str, figures: list[Figure], question: str) -> list[Figure] | None:
    """The figures of the two items the question joins with 'and', each its own, in the question's order; None when
    the question joins no two words naming items, or the sentence does not give each a figure of one unit."""
    from .pick import CHANGE_ASKED, is_change  # (pick reads item figures: imported when read)

    figures = [f for f in figures if f.unit != "year"]
    if not CHANGE_ASKED.search(question):  # a level asked: a figure the sentence gives as a change is no item's own
        figures = [f for f in figures if not is_change(text, f) and not _CHANGE_AFTER.match(text, f.end)]
    if len(figures) < 2:
        return None
    asked = _stems(question)
    for m in _PAIR.finditer(question):
        a, b = m.group(1), m.group(2)
        if a.lower() in _ASKING or b.lower() in _ASKING or a[:1].isdigit() or b[:1].isdigit():
            continue
        swapped = _after(text, figures, b, a)  # the sentence may name them the other way round
        got = _paired(text, figures, a, b, asked - _stems(a) - _stems(b)) or _after(text, figures, a, b) \
            or (swapped[::-1] if swapped else None)
        if got is not None and got[0] is not got[1]:
            return got
    return None

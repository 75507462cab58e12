"""A sentence referring back to a parallel list gives its figures in the list's order.

'In 2023, top U.S. models outperformed Chinese ones by 17.5%, 13.5% and 31.6% on MMLU, MMMU and HumanEval.
By the end of 2024, these gaps had narrowed to 0.3%, 8.1% and 3.7%, respectively.': asked HumanEval's gap in
2024, the second sentence answers with its third figure, the place HumanEval holds in the first.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ingest.figures import Figure

from .features import Evidence, neighbour
from .superlative import paired, runs

_REFERS_BACK = re.compile(r"\b(?:these|those|the same|both)\b", re.I)


def carried_figure(names: tuple[str, ...], evidence: list[Evidence], e: Evidence) -> list[Figure] | None:
    """[the figure of `e` at the place the one name asked holds in the list of the sentence before], or None
    when `e` refers back to no such list, or the names asked hold no place (or more than one) in it."""
    if not names:
        return None
    wanted = {n.lower() for n in names}
    placed = _carried_places(evidence, e, lambda label: label.lower() in wanted)
    if placed is None or len(placed) != 1:
        return None
    return [placed[0][1]]


def carried_named(names: tuple[str, ...], evidence: list[Evidence], e: Evidence,
                  named: Callable[[str, str], bool]) -> dict[str, Figure]:
    """Each name's figure of `e` (a sentence referring back to a list) at the place the name holds in the list
    of the sentence before ('MATH and HumanEval' of 'these gaps narrowed to 0.3%, 8.1%, 1.6% and 3.7%');
    `named(label, name)` says whether a label of the list names a name; {} unless each name holds one place."""
    out: dict[str, Figure] = {}
    for n in names:
        placed = _carried_places(evidence, e, lambda label: named(label, n))
        if placed is None or len(placed) != 1:
            return {}
        out[n] = placed[0][1]
    return out if len({id(f) for f in out.values()}) == len(names) else {}


def _carried_places(evidence: list[Evidence], e: Evidence,
                    wanted: Callable[[str], bool]) -> list[tuple[str, Figure]] | None:
    """The (label, figure of `e`) pairs of the labels `wanted` in the list of the sentence before, at their
    places; None when `e` refers back to no list of as many figures as its own run."""
    if not _REFERS_BACK.search(e.text[:80]):
        return None
    before = neighbour(evidence, e, -1)
    if before is None:
        return None
    pairs = paired(before.text, before.figures)
    run = next((r for r in runs(e.text, e.figures) if len(r) == len(pairs)), None) if pairs else None
    if run is None:
        return None
    return [(label, run[i]) for i, (label, _) in enumerate(pairs) if wanted(label)]

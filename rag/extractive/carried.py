"""A sentence referring back to a parallel list gives its figures in the list's order.

'In 2023, top U.S. models outperformed Chinese ones by 17.5%, 13.5% and 31.6% on MMLU, MMMU and HumanEval.
By the end of 2024, these gaps had narrowed to 0.3%, 8.1% and 3.7%, respectively.': asked HumanEval's gap in
2024, the second sentence answers with its third figure, the place HumanEval holds in the first.
"""

from __future__ import annotations

import re

from ingest.figures import Figure

from .features import Evidence, neighbour
from .superlative import paired, runs

_REFERS_BACK = re.compile(r"\b(?:these|those|the same|both)\b", re.I)


def carried_figure(names: tuple[str, ...], evidence: list[Evidence], e: Evidence) -> list[Figure] | None:
    """[the figure of `e` at the place the one name asked holds in the list of the sentence before], or None
    when `e` refers back to no such list, or the names asked hold no place (or more than one) in it."""
    if not names or not _REFERS_BACK.search(e.text[:80]):
        return None
    before = neighbour(evidence, e, -1)
    if before is None:
        return None
    pairs = paired(before.text, before.figures)
    wanted = {n.lower() for n in names}
    at = [i for i, (label, _) in enumerate(pairs) if label.lower() in wanted]
    if len(at) != 1:
        return None
    run = next((r for r in runs(e.text, e.figures) if len(r) == len(pairs)), None)
    return [run[at[0]]] if run is not None else None

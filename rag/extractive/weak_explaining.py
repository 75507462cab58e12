"""An explanation hedged because its explaining sentence scored too low and the sentence quoted in its
place explains nothing (`explained_fallback`): the hedge quotes the explaining sentence first, since a
weak score is no missing slot, and showing what each passage gives beats hiding the likelier answer."""

from __future__ import annotations

from collections.abc import Sequence

from .features import Evidence
from .fallthrough import Verdict

# Gates that only score (no slot the evidence misses): a sentence they block may still be shown
_SCORE_ONLY = frozenset({"evidence_score"})
WEAK_EXPLAINING = "the explaining sentence found [1] scores low, and the one judged in its place says nothing of why or how"


def weak_explaining(unexplained: str | None, verdicts: Sequence[Verdict]) -> Evidence | None:
    """The explaining sentence to show beside a hedged fallback: the first judged one, when it was blocked only for
    scoring low and `unexplained` (`unexplained_fallback`'s reason, computed once by the lead checks) holds; else None."""
    if not unexplained or not verdicts or verdicts[0].gate is None or verdicts[0].gate[0] not in _SCORE_ONLY:
        return None
    return verdicts[0].evidence

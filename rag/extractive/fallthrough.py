"""Fall-through: the gates judge each candidate sentence, not only the preferred one. When a gate
blocks the preferred sentence, the next candidate (best first, within `fallback_margin` of its
score) that passes every gate and covers the question's slots at least as strongly answers;
the answerer abstains only when none passes, with the preferred sentence's gate as the reason."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ingest.figures import Figure

from .features import Evidence

FALL_DEPTH = 5  # candidates judged: the preferred one and the best-scoring others
_EPS = 1e-9
# what a sentence covers of the question (more is better) and what it misses (less is better)
_COVERS = ("names", "passage_names", "overlap", "unit_primary")
_MISSES = ("year_other", "year_absent_passage", "metric_missing", "qualifier_missing", "place_missing_near",
           "other_source", "unit_absent")


@dataclass
class Verdict:
    """One candidate as the gates judged it: its figures and the gate that blocked it (or None)."""

    evidence: Evidence
    figures: list[Figure]
    gate: tuple[str, str] | None


def as_strong(e: Evidence, top: Evidence) -> bool:
    """Whether `e` covers the question's slots at least as strongly as `top`: as many of its names
    (in the sentence and in the passage), as much of its key terms, the unit asked if `top` has it,
    and no slot `top` covers missed (another year, no year, the measure, the variant, the place,
    the source)."""
    f, t = e.features, top.features
    if any(f.get(k, 0.0) < t.get(k, 0.0) - _EPS for k in _COVERS):
        return False
    return all(f.get(k, 0.0) <= t.get(k, 0.0) + _EPS for k in _MISSES)


def judge(evidence: list[Evidence], best: Evidence, figures_of: Callable[[Evidence], list[Figure]],
          gate_of: Callable[[Evidence, list[Figure], list[Evidence]], tuple[str, str] | None],
          margin: float) -> tuple[Verdict | None, list[Verdict]]:
    """(the verdict that answers or None, every verdict in the order judged). `best` is judged
    first; then the others of the top `FALL_DEPTH`, best first, that score within `margin` of it
    and cover the question's slots as strongly (`as_strong`). `gate_of(e, figures, ordered)` runs
    the gates with `e` leading the evidence."""
    verdicts: list[Verdict] = []
    pool = [best] + [e for e in evidence[:FALL_DEPTH] if e is not best]
    for e in pool:
        if e is not best and (margin <= 0 or best.score - e.score > margin or not as_strong(e, best)):
            continue
        figures = figures_of(e)
        ordered = [e] + [x for x in evidence if x is not e]
        verdict = Verdict(e, figures, gate_of(e, figures, ordered))
        verdicts.append(verdict)
        if verdict.gate is None:
            return verdict, verdicts
    return None, verdicts

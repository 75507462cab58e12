"""Fall-through: the gates judge each candidate sentence, not only the preferred one. When a gate
blocks the preferred sentence, the next candidate (best first, within `fallback_margin` of its
score) that passes every gate and covers the question's slots at least as strongly answers, or,
supplying the slot the preferred one was blocked for, one within `supply_margin` that covers every
slot the gates check (`covers_all`); the answerer abstains only when none passes, with the preferred sentence's gate as the reason."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ingest.figures import Figure
from ingest.keyword import tokenize

from .features import Evidence

FALL_DEPTH = 5  # candidates judged: the preferred one and the best-scoring others
_EPS = 1e-9
# what a sentence covers of the question (more is better) and what it misses (less is better)
_COVERS = ("names", "passage_names", "overlap", "unit_primary")
_MISSES = ("year_other", "year_absent_passage", "metric_missing", "qualifier_missing", "place_missing_near",
           "other_source", "unit_absent")
# gates that block a sentence for a slot of the question it lacks, and the feature by which a
# candidate shows it supplies that slot (+1: more of it, -1: less missed). A candidate supplying it
# may be weaker on the other slots (`supplies`); span_ends checks the candidate's own passage for
# the span's years, so passing it is the supply.
SLOT_OF: dict[str, tuple[str, int] | None] = {
    "span_ends": None,
    "period_covered": ("year_match", 1),  # the sentence names the year asked (the passage's may be lenient)
    "metric_covered": ("metric_missing", -1),
    "qualifier_matches": ("qualifier_missing", -1),
    "measure_narrowed": ("overlap", 1),  # the narrowing words are key terms of the question
    "coverage": ("overlap", 1),  # the best passage covers too few key terms: a sentence covering more
    "share_not_change": None,  # the lead percent is a rate of change: passing the gate is a share given
}

# slots that are the measure's own words (its name, its variant, its narrowing words)
_MEASURE_SLOTS = frozenset({"metric_covered", "qualifier_matches", "measure_narrowed", "coverage"})


@dataclass
class Verdict:
    """One candidate as the gates judged it: its figures and the gate that blocked it (or None)."""

    evidence: Evidence
    figures: list[Figure]
    gate: tuple[str, str] | None
    supplied: bool = False  # judged only because it supplies the slot the best lacks (not `as_strong`)


@dataclass(frozen=True)
class Asked:
    """The slots of the question a supplying candidate must cover in full: its names, its period."""

    names: bool = False
    period: bool = False
    narrowed: tuple[frozenset[str], ...] = ()  # the terms of each narrowing phrase of a measure asked ('large model')


def covers_all(e: Evidence, best: Evidence, asked: Asked) -> bool:
    """Whether `e` covers every slot of the question the gates check, not only the one `best` lacked:
    all its names (in the sentence or its passage), the year asked (in the sentence, or it stands in
    `best`'s passage, which names it), the unit, the measure and its variant, the place, the source
    (no `_MISSES`). A sentence that supplies one slot and drops another answers a near miss."""
    f = e.features
    if asked.names and max(f.get("names", 0.0), f.get("passage_names", 0.0)) < 1.0 - _EPS:
        return False
    if asked.period and f.get("year_match", 0.0) <= _EPS and not (
            e.passage_index == best.passage_index and best.features.get("year_match", 0.0) > _EPS):
        return False
    return all(f.get(k, 0.0) <= _EPS for k in _MISSES)


def as_strong(e: Evidence, top: Evidence) -> bool:
    """Whether `e` covers the question's slots at least as strongly as `top`: as many of its names
    (in the sentence and in the passage), as much of its key terms, the unit asked if `top` has it,
    and no slot `top` covers missed (another year, no year, the measure, the variant, the place,
    the source)."""
    f, t = e.features, top.features
    if any(f.get(k, 0.0) < t.get(k, 0.0) - _EPS for k in _COVERS):
        return False
    return all(f.get(k, 0.0) <= t.get(k, 0.0) + _EPS for k in _MISSES)


def names_narrowed(e: Evidence, narrowed: tuple[frozenset[str], ...]) -> bool:
    """Whether `e`'s own sentence names every word of one narrowing phrase of the measure asked: it is
    about the narrowed measure ('China's large model market size'), whatever else it covers less."""
    terms = set(tokenize(e.text))
    return any(p and p <= terms for p in narrowed)


def supplies(e: Evidence, top: Evidence, gate: str, narrowed: tuple[frozenset[str], ...] = ()) -> bool:
    """Whether `e` may stand for `top`, which `gate` blocked for a slot it lacks: it covers more of
    that slot (`SLOT_OF`; for a narrowed measure, its sentence names the narrowing words, `names_narrowed`),
    misses no slot `top` covers and covers some of each (fewer names, say)."""
    if gate not in SLOT_OF:
        return False
    f, t = e.features, top.features
    if (slot := SLOT_OF[gate]) is not None and (f.get(slot[0], 0.0) - t.get(slot[0], 0.0)) * slot[1] <= _EPS and not (
            gate == "measure_narrowed" and names_narrowed(e, narrowed)):
        return False
    if any(t.get(k, 0.0) > _EPS and f.get(k, 0.0) <= _EPS and not (gate in _MEASURE_SLOTS and _named_by_passage(f, t, k))
           for k in _COVERS):
        return False
    return all(f.get(k, 0.0) <= t.get(k, 0.0) + _EPS for k in _MISSES)


def _named_by_passage(f: dict[str, float], t: dict[str, float], key: str) -> bool:
    """Whether a candidate whose sentence names none of the question's names has them from its passage as
    fully as the blocked one ('In 2024, application-layer financing exceeded RMB 50B' on a page about China).
    Only for a measure's slot (`_MEASURE_SLOTS`): the sentence names the very measure the other lacked, so
    it is about what is asked; a sentence merely dated the year asked may be about another subject."""
    return key == "names" and f.get("passage_names", 0.0) >= t.get("passage_names", 0.0) - _EPS > 0.0


def _considered(e: Evidence, best: Evidence, gate: str, margin: float, wide: float, asked: Asked = Asked()) -> str | None:
    """How the fall-through comes to judge `e` after `best` (blocked by `gate`): 'strong' (close and
    as strong), 'supplies' (supplying the slot `best` lacks, up to `wide` below it, and covering all the
    question's slots, `covers_all`: so it keeps the year asked, or stands in `best`'s passage, which dates it)
    or None (not judged)."""
    if margin <= 0:
        return None
    gap = best.score - e.score
    if gap <= margin and as_strong(e, best):
        return "strong"
    if gap > wide or not supplies(e, best, gate, asked.narrowed) or not covers_all(e, best, asked):
        return None
    return "supplies"


SUPPLIED_UNCLEAR = ("it answers for a better-scoring sentence a check set aside, and does not clearly "
                    "outscore the other passages")


def supplied_unclear(chosen: Verdict, evidence: list[Evidence], verdicts: list[Verdict], margin: float) -> str | None:
    """A doubt (no bold lead) for a candidate judged only because it supplies the slot the blocked best
    lacks, from beyond `margin` under it, unless it is clearly ahead: it outscores every candidate the
    gates did not judge by `margin`. So far under the best, it answers by elimination; a near miss often
    reads this way."""
    if not chosen.supplied or verdicts[0].evidence.score - chosen.evidence.score <= margin + _EPS:
        return None
    judged = {id(v.evidence) for v in verdicts}
    rest = [e.score for e in evidence if id(e) not in judged]
    return SUPPLIED_UNCLEAR if rest and chosen.evidence.score - max(rest) < margin - _EPS else None


def judge(evidence: list[Evidence], best: Evidence, figures_of: Callable[[Evidence], list[Figure]],
          gate_of: Callable[[Evidence, list[Figure], list[Evidence]], tuple[str, str] | None],
          margin: float, supply_margin: float | None = None,
          asked: Asked = Asked()) -> tuple[Verdict | None, list[Verdict]]:
    """(the verdict that answers or None, every verdict in the order judged). `best` is judged
    first; then the others of the top `FALL_DEPTH`, best first, that score within `margin` of it
    and cover the question's slots as strongly (`as_strong`), or supply the slot `best` was blocked
    for (`SLOT_OF`, `supplies`), which may score up to `supply_margin` below it (it has the very
    slot the best lacks) and covers all the question's slots `asked` (`covers_all`). `gate_of(e, figures, ordered)` runs the gates with `e` leading the evidence."""
    verdicts: list[Verdict] = []
    pool = [best] + [e for e in evidence[:FALL_DEPTH] if e is not best]
    wide = margin if supply_margin is None else max(margin, supply_margin)
    for e in pool:
        how = None if e is best else _considered(e, best, verdicts[0].gate[0], margin, wide, asked)
        if e is not best and how is None:
            continue
        figures = figures_of(e)
        ordered = [e] + [x for x in evidence if x is not e]
        verdict = Verdict(e, figures, gate_of(e, figures, ordered), how == "supplies")
        verdicts.append(verdict)
        if verdict.gate is None:
            return verdict, verdicts
    return None, verdicts

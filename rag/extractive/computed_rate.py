"""A rate of change the question asks of two years whose figures one sentence gives, no rate stated:
'what annual growth rate is implied by X rising from 2020 to 2025' of 'X is projected to rise from
640 EB in 2020 to 1,800 EB by 2025'. The rate is computed with its derivation, cited to the sentence.

General properties, of questions and passages:
- a rate asked (percentage change, growth rate) is a percentage of the figures, not a figure in
  percent the passage must give: the figures may be of any unit, one per year asked;
- the sentence names what the rate is of: every word of the question's subject but those of the rate;
- a rate asked per year ('compound annual', 'CAGR', 'annual growth rate') over years further apart
  than one is the compound annual rate over the years between them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ingest.figures import Figure
from ingest.keyword import tokenize

from .. import compute
from ..types import Answer, AnswerContext, Citation
from .derivation import tidy
from .features import Evidence
from .operations import asked_operation
from .slots import SCALE_WORD, Slots
from .topic import off_topic

# a rate asked a year: 'compound annual growth rate', 'CAGR', 'annual growth rate', 'annualized growth'
COMPOUND = re.compile(r"\bcompound(?:ed)?\s+(?:annual\s+)?growth\b|\bcagr\b|\bannual(?:ized|ised)?\s+(?:growth|rate)\b|"
                      r"\bgrowth (?:rate )?(?:per|a|each) year\b", re.I)
# words naming the rate asked, not what it is of ('the annual growth rate implied by X rising')
_RATE_TERMS = frozenset(tokenize("annual annually annualized compound compounded growth grow grows grew grown rate rates "
                                 "change changes changed implied imply implies rise rises rising rose risen increase "
                                 "increased decline declined fall fell projected expected forecast average year years "
                                 "per cagr percentage percent between from"))
_NAMES = {"cagr": "compound annual growth", "percent_change": "percentage change", "change": "change"}
_DEPTH = 5


def rate_operation(question: str, slots: Slots) -> str | None:
    """'cagr', 'percent_change' or 'change' when the question asks that rate of change; else None."""
    op = asked_operation(slots, question)
    if op in ("percent_change", "change") and COMPOUND.search(question):
        return "cagr"
    return op if op in ("percent_change", "change") else None


def rate(op: str, later: compute.Operand, earlier: compute.Operand, years: int) -> compute.Computed | None:
    """The rate over the two figures (the later first); a compound rate a year over `years`."""
    try:
        if op == "cagr" and years > 1:
            return replace(compute.cagr(later, earlier, years), years=years)
        if op in ("cagr", "percent_change"):
            return compute.percent_change(later, earlier)
        return compute.change(later, earlier)
    except compute.ComputeError:
        return None


def year_figures(e: Evidence, years: list[int]) -> tuple[Figure, Figure] | None:
    """(later, earlier): the sentence's one figure of each year asked, of one unit and scale; else None."""
    found: dict[int, list[Figure]] = {}
    for f in e.figures:
        if f.unit != "year" and f.year in years:
            found.setdefault(f.year, []).append(f)
    if set(found) != set(years) or any(len(v) != 1 for v in found.values()):
        return None
    later, earlier = found[years[0]][0], found[years[1]][0]
    scales = {(m.group(1).lower() if (m := SCALE_WORD.search(f.text)) else None) for f in (later, earlier)}
    if later.unit != earlier.unit or later.currency != earlier.currency or len(scales) != 1:
        return None
    return later, earlier


def rate_from_years(ctx: AnswerContext, slots: Slots, evidence: list[Evidence], backend: str,
                    gate: Callable[[Slots, Evidence, list[Figure]], object] | None = None) -> Answer | None:
    """The rate of change asked, computed from the best on-topic sentence giving one figure of each of
    the two years asked; None when no sentence does."""
    op = rate_operation(ctx.question, slots)
    years = sorted(set(slots.years), reverse=True)
    if op is None or len(years) != 2:
        return None
    # the rate is of the figures: the unit asked (percent) is the result's, not the figures'
    figures_slots = replace(slots, units=()) if op != "change" else slots
    named = set(slots.subject) - _RATE_TERMS
    for e in evidence[:_DEPTH]:
        if e.row or off_topic(ctx, slots, e) is not None or not named <= set(tokenize(e.text)):
            continue
        pair = year_figures(e, years)
        if pair is None or (gate is not None and gate(figures_slots, e, list(pair))):
            continue
        later, earlier = pair
        try:
            operands = [compute.Operand.of(SCALE_WORD.sub("", f.text).strip(), label=str(f.year), citation=1,
                                           unit="%" if f.unit == "percent" else None) for f in pair]
        except compute.ComputeError:
            continue
        result = rate(op, operands[0], operands[1], years[0] - years[1])
        if result is None:
            continue
        result = tidy(result)
        text = (f"**{result.text}** — {_NAMES[op]}: {result.derivation}. From {later.year}: {later.text} [1]; "
                f"{earlier.year}: {earlier.text} [1]. {e.text} [1]")
        citation = Citation.from_passage(1, ctx.passages[e.passage_index], quote=e.text, figure=later.text)
        return Answer(question=ctx.question, answer=text, figure=result.text, abstained=False, citations=[citation],
                      backend=backend, passages=list(ctx.passages), confidence=e.score, shape="computed",
                      derivation=result.as_dict())
    return None

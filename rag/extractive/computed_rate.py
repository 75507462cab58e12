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
from .derivation import calculate, tidy
from .dated_figures import comparative_pair, dated
from .computed_scales import in_one_scale, written_scales
from .features import Evidence
from .operations import asked_operation
from .slots import SCALE_WORD, Slots
from .topic import off_topic

# a rate asked a year: 'compound annual growth rate', 'CAGR', 'annual growth rate', 'annualized growth' (unlike
# operations.RATE_NAMED, not 'YoY'; rate_column._COMPOUNDED is a header's shorter 'CAGR' / 'Compound...')
COMPOUND = re.compile(r"\bcompound(?:ed)?\s+(?:annual\s+)?growth\b|\bcagrs?\b|\bannuali[sz]ed\b|"
                      r"\bannual(?:ized|ised)?\s+(?:growth|rate)\b|"
                      r"\bgrowth (?:rate )?(?:per|a|each) year\b", re.I)
# words naming the rate asked, not what it is of ('the annual growth rate implied by X rising')
_RATE_TERMS = frozenset(tokenize("annual annually annualized compound compounded growth grow grows grew grown rate rates "
                                 "change changes changed implied imply implies rise rises rising rose risen increase "
                                 "increased decline declined fall fell projected expected forecast average year years "
                                 "per cagr percentage percent between from times fold factor multiple larger bigger "
                                 "greater higher"))
# words naming where the figures are shown ('Frost's chart', 'the table'), not what they are of: a chart's data
# line need not say 'chart'
_SHOWN_IN = frozenset(tokenize("chart charts graph graphs table tables figure figures exhibit slide slides page diagram"))
_NAMES = {"cagr": "compound annual growth", "percent_change": "percentage change", "change": "change",
          "multiple": "multiple"}
# 'how many times larger in 2030 than in 2024', 'by how many times will X grow from 2023 to 2029': a multiple
MULTIPLE = re.compile(r"\bhow many times\b|\bby what (?:factor|multiple)\b|\bwhat multiple\b|\b\w+-fold\b", re.I)
# a compound rate the passage states itself ('CAGR 44.9%', 'a CAGR of 6.4%'): the report's own, not recomputed
_STATED_CAGR = re.compile(r"\b(?:cagr|compound annual growth rate)\b\W{0,3}(?:of\s+|at\s+)?(?:about\s+|approximately\s+|around\s+)?"
                          r"\d+(?:\.\d+)?\s*%", re.I)
# a rate or multiple is of the figures' sizes: their scales may differ ('USD 615.7 billion' to 'USD 2.6 trillion')
_SCALE_FREE = ("cagr", "percent_change", "multiple")
_DEPTH = 5
_LABEL_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def rate_operation(question: str, slots: Slots) -> str | None:
    """'cagr', 'percent_change' or 'change' when the question asks that rate of change; else None."""
    op = asked_operation(slots, question)
    if MULTIPLE.search(question) or op == "multiple":  # 'the growth multiple of X from 2021 to 2023E'
        return "multiple"
    if op in ("percent_change", "change") and COMPOUND.search(question):
        return "cagr"
    return op if op in ("percent_change", "change") else None


def rate_unstated(question: str, slots: Slots, figures: list[Figure]) -> bool:
    """A multiple or compound rate asked of two years and the lead figure is none ('over USD 2.6 trillion'
    for 'how many times larger in 2030 than in 2024'): the lead is an operand, not the answer."""
    op = rate_operation(question, slots)
    if op not in ("multiple", "cagr") or len(set(slots.years)) != 2 or not figures:
        return False
    return figures[0].unit != ("multiple" if op == "multiple" else "percent")


def rate(op: str, later: compute.Operand, earlier: compute.Operand, years: int) -> compute.Computed | None:
    """The rate over the two figures (the later first); a compound rate a year over `years`."""
    try:
        if op == "multiple":
            return compute.multiple(later, earlier)
        if op == "cagr" and years > 1:
            return replace(compute.cagr(later, earlier, years), years=years)
        if op in ("cagr", "percent_change"):
            return compute.percent_change(later, earlier)
        return compute.change(later, earlier)
    except compute.ComputeError:
        return None


def per_year(question: str, op: str, operands: list[compute.Operand]) -> compute.Computed | None:
    """`op` over the operands (the later first), unless the question names a rate a year (COMPOUND) of a percentage
    change: then the compound rate over the years between the two periods (their labels' years: '2030E', '2024(b)'
    count by their year), one period's change a year apart, and None when the labels give no years a year apart."""
    if op != "percent_change" or not COMPOUND.search(question):
        return calculate(op, operands)
    years = [int(m.group(1)) if (m := _LABEL_YEAR.search(o.label or "")) else None for o in operands]
    if len(years) != 2 or None in years or years[0] - years[1] < 1:  # type: ignore[operator]
        return None
    return rate("cagr", operands[0], operands[1], years[0] - years[1])  # type: ignore[operator]


def year_figures(e: Evidence, years: list[int], scales_may_differ: bool = False) -> tuple[Figure, Figure] | None:
    """(later, earlier): the sentence's one figure of each year asked, of one unit and scale (or any
    scales, for a rate or multiple); else None."""
    found: dict[int, list[Figure]] = {}
    for f in dated(e.text, e.figures):  # 'A (2018: B)', 'A and B for 2019 and 2018, respectively'
        if f.unit != "year" and f.year in years:
            found.setdefault(f.year, []).append(f)
    if set(found) != set(years) or any(len(v) != 1 for v in found.values()):
        return None
    later, earlier = found[years[0]][0], found[years[1]][0]
    scales = {(m.group(1).lower() if (m := SCALE_WORD.search(f.text)) else None) for f in (later, earlier)}
    if later.unit != earlier.unit or later.currency != earlier.currency or len(scales) != 1 and not scales_may_differ:
        return None
    return later, earlier


def rate_from_years(ctx: AnswerContext, slots: Slots, evidence: list[Evidence], backend: str,
                    gate: Callable[[Slots, Evidence, list[Figure]], object] | None = None) -> Answer | None:
    """The rate of change asked, computed from the best on-topic sentence giving one figure of each of
    the two years asked; None when no sentence does."""
    op = rate_operation(ctx.question, slots)
    years = sorted(set(slots.years), reverse=True)
    if op is None or len(years) not in (0, 2) or years == [] and (slots.periods or op not in ("change", "percent_change")):
        return None
    # the rate is of the figures: the unit asked (percent) is the result's, not the figures'
    figures_slots = replace(slots, units=()) if op != "change" else slots
    named = set(slots.subject) - _RATE_TERMS - _SHOWN_IN
    # the words naming the rate ('compound annual growth rate ... imply') name the computation, not the topic:
    # the sentence is judged by what the rate is of
    figures_slots = replace(figures_slots, subject=tuple(t for t in slots.subject if t in named),
                            terms=tuple(t for t in slots.terms if t not in _RATE_TERMS and t not in _SHOWN_IN))
    for e in evidence[:_DEPTH]:
        if e.row or off_topic(ctx, slots, e) is not None or not named <= set(tokenize(e.text)):
            continue
        if op == "cagr" and _STATED_CAGR.search(ctx.passages[e.passage_index].chunk.text):
            continue  # the passage gives its own compound rate (rounded or compounded as it does)
        # 'the change in X', no period asked: the sentence's year against its own comparative ('A (2018: B)')
        asked = years or list(comparative_pair(e.text, e.figures) or ())
        pair = year_figures(e, asked, op in _SCALE_FREE) if asked else None
        if pair is None or (gate is not None and gate(figures_slots, e, list(pair))):
            continue
        later, earlier = pair
        operands = in_one_scale(list(pair), [str(f.year) for f in pair], 1)
        if operands is None:
            continue
        result = rate(op, operands[0], operands[1], asked[0] - asked[1])
        if result is None:
            continue
        result, derivation = written_scales(tidy(result), list(pair))
        text = (f"**{result.text}** — {_NAMES[op]}: {result.derivation}. From {later.year}: {later.text} [1]; "
                f"{earlier.year}: {earlier.text} [1]. {e.text} [1]")
        citation = Citation.from_passage(1, ctx.passages[e.passage_index], quote=e.text, figure=later.text)
        return Answer(question=ctx.question, answer=text, figure=result.text, abstained=False, citations=[citation],
                      backend=backend, passages=list(ctx.passages), confidence=e.score, shape="computed",
                      derivation=derivation)
    return None

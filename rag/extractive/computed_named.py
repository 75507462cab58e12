"""Computed answers over two things a question names, each with its own figure in prose: 'how many
times larger was the average U.S. deal than the Chinese one' (a multiple), 'how much more did A raise
than B', 'the gap between A and B' (a difference), 'the PSUs granted in April and December altogether'
(a sum). A report seldom states such a result; it gives each operand where it speaks of that thing,
often in two sentences or two clauses, so each name gets the figure the sentence gives it
(choice.figures_for) and the result is computed with its derivation, each operand cited.

General properties, of questions and passages:
- the operation is read from the question's comparative frame ('how many times ... than', 'how much
  more ... than', 'difference / gap / spread between', 'separate', 'combined', 'altogether');
- the operands are the two places or companies it names, else two names it joins by 'and' or 'than';
- the figures compared are of one kind: 'how many times' asks a count of times, not of the operands,
  so the unit compared is the question's other unit (money for 'the average deal').
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from ingest.figures import SCALE_NAMES, SCALES, Figure

from .. import compute
from ..types import Answer, AnswerContext, Citation
from .choice import figures_for
from .compared_frames import comparison
from .compared_verb import verb_sides
from .compose import hedged
from .derivation import shown, tidy
from .features import Evidence, metric_covered
from .operand_address import line_cell, operand_unaddressed
from .passage_tables import tables_of
from .topic import TOPIC_CHECKS
from .slots import Slots

_MULTIPLE = re.compile(r"\bhow many times\b|\bby what (?:factor|multiple)\b", re.I)
_DIFFERENCE = re.compile(r"\bhow (?:much|many) (?:more|higher|larger|bigger|greater|less|lower|smaller|fewer)\b|"
                         r"\b(?:difference|gap|spread)\s+(?:\w+\s+){0,3}?between\b|\bseparates?\b|"
                         r"\bhow far (?:ahead|behind)\b", re.I)
# 'how much of X was left after Y': X less Y, the whole first
_REMAINDER = re.compile(r"\bhow much of\s+(?:an?\s+|the\s+)?(?P<whole>.+?)\s+(?:was|is|were|are|remained|remains)\s+"
                        r"(?:left|remaining|left over)\s+(?:after|once)\s+(?:the\s+)?(?P<part>.+?)\s*\??\s*$", re.I)
# a noun phrase ends where a preposition's phrase begins ('disposable income in China')
_PHRASE_END = re.compile(r"\s+(?:in|of|for|on|at|by|from|during|across|among)\s+", re.I)
_SUM = re.compile(r"\b(?:combined|altogether|together|in total|total of|sum of)\b", re.I)
# the result is how far apart the two are, whichever is larger ('the gap between A and B')
_APART = re.compile(r"\b(?:difference|gap|spread)\b|\bseparates?\b", re.I)
_SCALES = {w: Decimal(int(SCALES[w])) for w in SCALE_NAMES}  # exact, from the one table
_SCALE_OF = [(re.compile(r"\b(?:thousand|k)\b|\dK\b", re.I), "thousand"),
             (re.compile(r"\b(?:million|mn|mm)\b|\dM\b", re.I), "million"),
             (re.compile(r"\b(?:billion|bn)\b|\dB\b", re.I), "billion"),
             (re.compile(r"\btrillion\b|\dT\b", re.I), "trillion")]
_SHARE = re.compile(r"\b(?:share|percent|percentage|proportion)\b|%", re.I)
_NAMES = {"multiple": "multiple", "change": "difference", "sum": "total"}


def remainder(question: str) -> tuple[str, str] | None:
    """The head words of the whole and the part a remainder question names ('how much of an urban
    resident's disposable income in China was left after consumption spending' -> income, spending)."""
    m = _REMAINDER.search(question)
    if m is None:
        return None
    heads = [_PHRASE_END.split(m.group(g))[0].split()[-1] for g in ("whole", "part")]
    heads = [re.sub(r"['’]s?$", "", h) for h in heads]
    return (heads[0], heads[1]) if all(re.fullmatch(r"[A-Za-z-]{3,}", h) for h in heads) and heads[0] != heads[1] else None


def named_operation(question: str) -> str | None:
    """The operation a question asks of two named things: 'multiple', 'change' (a difference, a remainder) or 'sum'."""
    if remainder(question):
        return "change"
    if _MULTIPLE.search(question):
        return "multiple"
    if _DIFFERENCE.search(question) or verb_sides(question):
        return "change"
    if (frame := comparison(question)) is not None:  # 'by how many points was A higher than B', 'A was how many times B'
        return frame.op
    if _SUM.search(question):
        return "sum"
    return None


def operand_names(question: str, slots: Slots) -> tuple[tuple[str, ...], dict[str, tuple[str, ...]]] | None:
    """The things whose figures are computed, in the question's order, with their other forms (an
    entity's aliases): two, or any number for a total ('the combined share of D, E and F'); None
    otherwise. A remainder's are its whole and part."""
    if (heads := remainder(question)) is not None:
        return heads, {}
    entities = slots.entities
    runs = joined_names(question, [e.name for e in entities])
    many = len(runs) > 2 and named_operation(question) == "sum"
    if len(runs) == 2 or many:
        forms = {e.name: tuple(a for a in e.aliases if len(a) > 2 or "." in a) for e in entities if e.name in runs}
        return _in_order(question, tuple(runs)), forms
    if len(entities) >= 2:
        return None
    joined = [(a, b) for a in slots.names for b in slots.names if a != b
              and re.search(rf"\b{re.escape(a)}s?\b\s*(?:,|and|than|vs\.?|versus)\s+(?:the\s+|in\s+|of\s+)?"
                            rf"\b{re.escape(b)}\b", question, re.I)]
    return (joined[0], {}) if len(joined) == 1 else None


def joined_names(question: str, names: list[str]) -> list[str]:
    """Names the question writes one after another, only spaces between them, as one name: 'Yangtze River Delta',
    'European Union' (a name of several capitalised words is one thing); the rest as they are."""
    spans = sorted((m.start(), m.end()) for n in dict.fromkeys(names)
                   if (m := re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", question)))
    if len(spans) != len(set(names)):
        return names
    runs: list[list[int]] = []
    for start, end in spans:
        if runs and runs[-1][1] <= start and not question[runs[-1][1]:start].strip():
            runs[-1][1] = end
        else:
            runs.append([start, end])
    return [question[s:e] for s, e in runs]


def _in_order(question: str, names: tuple[str, ...]) -> tuple[str, ...]:
    """Two names in the order of the difference asked: 'B trails A' and 'how much lower is B than A' put A first (A - B)."""
    frame = comparison(question)  # 'how much lower was A than B' asks B - A too
    sides = verb_sides(question) or ((frame.a, frame.b) if frame is not None and not frame.apart else None)
    if sides is None or len(names) != 2:
        return names
    a, b = (s.lower() for s in sides)
    first, second = (n.lower() for n in names)
    return names[::-1] if first in b and first not in a and second in a and second not in b else names


def _scale(text: str) -> str | None:
    return next((name for cue, name in _SCALE_OF if cue.search(text)), None)


def operands(found: list[tuple[Figure, Evidence]], names: tuple[str, ...],
             citation: Callable[[Evidence], int]) -> list[compute.Operand] | None:
    """Each figure as an operand in one scale (a smaller scale kept: 'RMB 1.55B' and 'RMB 120M' are 1,550
    and 120 million); None when a figure cannot be read."""
    scales = [_scale(f.text) for f, _ in found]
    common = min((s for s in scales if s), key=lambda s: _SCALES[s], default=None)
    out = []
    for (f, e), name, scale in zip(found, names, scales):
        value = Decimal(str(f.number))
        if scale and common and scale != common:
            value = value * _SCALES[scale] / _SCALES[common]
        elif (scale is None) != (common is None):
            return None  # one figure scaled, the other not: no one scale to compute in
        value = value.normalize()
        places = max(0, -value.as_tuple().exponent)
        out.append(compute.Operand(value, places, name, citation(e), "%" if f.unit == "percent" else None,
                                   common, value >= 1000))
    return out


def calculate(op: str, ops: list[compute.Operand], apart: bool) -> compute.Computed | None:
    """The operation over the two operands; a gap asked is the larger less the smaller."""
    if apart and op == "change" and ops[0].value < ops[1].value:
        ops = ops[::-1]
    try:
        if op == "multiple":
            return compute.multiple(ops[0], ops[1])
        if op == "change":
            return compute.change(ops[0], ops[1])
        return compute.total(ops)
    except compute.ComputeError:
        return None


def answer_named(ctx: AnswerContext, slots: Slots, evidence: list[Evidence], backend: str,
                 gate: Callable[[Slots, Evidence, list[Figure]], object] | None = None) -> Answer | None:
    """The multiple, difference or total of the things the question names, from each one's figure
    in the evidence, with the derivation; None unless both figures are found, of one unit."""
    op = named_operation(ctx.question)
    asked = operand_names(ctx.question, slots) if op else None
    if op is None or asked is None:
        return None
    names, forms = asked
    # 'how many times' asks a count of times: the figures compared are of the question's other unit (any, if none)
    units = tuple(u for u in slots.units if u not in ("multiple", "count")) if op == "multiple" else slots.units
    if remainder(ctx.question) and not _SHARE.search(ctx.question):
        units = tuple(u for u in units if u != "percent")  # what is left of an amount is an amount
    own = [n.lower() for n in names]
    rest = replace(slots, units=units,
                   entities=tuple(x for x in slots.entities if not any(x.name.lower() in n for n in own)),
                   names=tuple(x for x in slots.names if not any(x.lower() in n for n in own)))

    def on_topic(e: Evidence) -> bool:
        # the measure may be named once for both ('... of global AI financing (avg. deal size RMB 1.55B).
        # China ranked second with 14% (avg. deal size RMB 120M)'): the passage names it
        where = ctx.passages[e.passage_index].chunk.text.lower()
        # each sentence need name only its own side: the place check (of every place asked) is left out
        return all(check(ctx, rest, e) is None for check in TOPIC_CHECKS[:-1]) and \
            all(metric_covered(where, m) for m in slots.metrics)

    found = figures_for(names, evidence, rest, on_topic=on_topic, forms=forms)
    if found is None or any(f.unit in ("year", "multiple") for f, _ in found):
        return None
    if not units and any(len({g.unit for g in e.figures if g.unit != "year"}) > 1 for _, e in found):
        return None  # no unit asked and a sentence gives figures of two kinds: which is compared is not known
    if len({f.currency for f, _ in found}) > 1 or found[0][1] is found[1][1] and found[0][0] is found[1][0]:
        return None
    # each sentence names its own side, the figure after it: the side's place is named, not the world's
    sided = {"place_missing_near": 0.0, "world_scope": 0.0}
    if gate is not None and any(gate(rest, replace(e, features={**e.features, **sided}), [f]) for f, e in found):
        return None
    order: list[int] = []
    for _, e in found:
        if e.passage_index not in order:
            order.append(e.passage_index)
    ops = operands(found, names, lambda e: order.index(e.passage_index) + 1)
    result = calculate(op, ops, bool(_APART.search(ctx.question))) if ops else None
    if result is None:
        return None
    result = tidy(result)
    scale = f" {result.scale}" if result.scale and result.unit not in ("%", "x") else ""
    currency = found[0][0].currency if op != "multiple" and found[0][0].currency else ""
    lead = f"{currency + ' ' if currency else ''}{result.text}{scale}"
    each = "; ".join(f"{n}: {f.text} [{order.index(e.passage_index) + 1}]" for n, (f, e) in zip(names, found))
    quotes = list(dict.fromkeys(e.text for _, e in found))
    body = " ".join(f"{q} [{order.index(next(e for _, e in found if e.text == q).passage_index) + 1}]" for q in quotes)
    formula = f"{result.derivation} (in {result.scale})" if result.scale else result.derivation
    text = f"**{lead}** — {_NAMES[op]}: {formula}. From {each}. {body}"
    citations = [Citation.from_passage(i + 1, ctx.passages[p], quote=next(e.text for _, e in found if e.passage_index == p),
                                       figure=next(f.text for f, e in found if e.passage_index == p))
                 for i, p in enumerate(order)]
    d = result.as_dict()
    # a figure a table's row line writes ('Revenue — 2024 › France: 43,920') is its cell, at its row and column
    cells = [line_cell([t for i, t in tables_of(ctx) if i == e.passage_index], e.text, f.start, f.text)
             if e.text[f.start:f.end] == f.text else None for f, e in found]
    d["operands"] = [{"value": shown(o), "label": o.label, "citation": o.citation, "row": c[0] if c else "",
                      "column": c[1] if c else "", "unit": o.unit, "scale": o.scale} for o, c in zip(result.operands, cells)]
    answer = Answer(question=ctx.question, answer=text, figure=lead, abstained=False, citations=citations,
                    backend=backend, passages=list(ctx.passages), confidence=1.0, shape="computed", derivation=d)
    why = operand_unaddressed(ctx, answer) if any(cells) else None
    return hedged(answer, why) if why else answer

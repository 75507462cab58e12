"""Questions that name their alternatives: 'which ranks higher, A or B?', 'between A and B, which
is bigger?', 'did A or B grow faster?' (a choice) and 'A versus B', 'how do A and B compare' (a
comparison). Each alternative gets its own figure from the evidence: the measure of a table row
naming it and no other alternative, or in a sentence naming several, the first figure after its
name (in a clause ending 'respectively', the figures in the order the names come). A choice leads
with the name whose figure is larger (smaller when 'lower', 'less' ... is asked), then each
alternative's figure, cited; a comparison leads with both figures. When any alternative has no
figure, or the figures differ in unit, nothing is composed here (None) and the sentence path answers."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ingest.figures import Figure
from ingest.keyword import tokenize

from ..types import Answer, AnswerContext, Citation
from .alt_figures import (are_years, before_names, by_year, cell_is, listed_in_parallel, longest_mentions, measure_said,
                          other_named, owned_measures, positions, slashed, unlike)
from .carried import carried_named
from .carried_measure import measure_carried
from .choice_names import HIGH, LOW, Alternatives, alternatives, coordinated, shared_noun_first  # noqa: F401 (re-exported)
from .paired_measure import carried_by_pair
from .features import Evidence, metric_covered, near_top
from .figure_owner import RESPECTIVELY
from .gates import TOPIC_CHECKS, off_topic, place_named
from .leader_passage import passage_vouches
from .period_heading import previous_years
from .pick import is_label, is_numbering
from .slots import Slots
from .tied import rank_cell, tied

def _measures(text: str, figures: list[Figure], units: set[str]) -> list[Figure]:
    """The figures of `text` that measure: no years, ranks, labels or numbering; of the unit asked if any is."""
    out = [f for f in figures if f.unit != "year" and not is_numbering(text, f) and not is_label(text, f)]
    return [f for f in out if f.unit in units] if units else out


# 'did A or B grow faster', 'which rose more slowly': a rate of change is compared, whatever X is measured in
_RATE_ASKED = re.compile(r"\b(?:grow|grew|grown|rise|rose|risen|increase[sd]?|expand(?:ed)?|decline[sd]?|fall|fell|fallen|"
                         r"drop(?:ped)?|shr[iau]nk)\s+(?:faster|slower|more (?:quickly|rapidly|slowly)|less (?:quickly|rapidly)|"
                         r"(?:more|less)\b(?!\s+than\b)(?=\s*(?:[?,.]|in\b|on\b|during\b|over\b|from\b|between\b|$)))", re.I)
# 'did China record more AI financing deals in 2018 or 2021': things counted (a plural noun after 'more' / 'fewer',
# not one of money's plurals), so amounts of money do not answer
_MORE_COUNTED = re.compile(r"\b(?:more|fewer)\s+(?:[\w-]+\s+){0,3}?(?P<noun>[a-z][a-z-]*[^s\W]s)"
                           r"(?=\s+(?:in|on|at|for|by|than|did|does|do|was|were|is|are|has|have|had|or|and|during)\b|\s*[?,.]|$)",
                           re.I)
_MONEY_PLURALS = frozenset("sales revenues earnings profits assets expenses costs funds savings proceeds returns losses "
                           "investments incomes prices dollars yuan shares gains margins rates".split())


def counts_things(question: str) -> bool:
    """The question compares counts of things ('more deals', 'fewer unicorns'), not amounts."""
    m = _MORE_COUNTED.search(question)
    return m is not None and m.group("noun").lower() not in _MONEY_PLURALS


_UNITS = {"percent": {"percent"}, "money": {"money"}, "count": {"count", "number"}, "score": {"count", "number"},
          "multiple": {"multiple"}}


def figures_for(names: tuple[str, ...], evidence: list[Evidence], slots: Slots, depth: int = 12,
                on_topic: Callable[[Evidence], bool] = lambda e: True, forms: dict[str, tuple[str, ...]] | None = None,
                earlier: Callable[[Evidence], set[int]] = lambda e: set()):
    """For each alternative, (its figure, the evidence it comes from), or None when one has none.
    Only evidence of the period asked (dated so, or undated in a passage dated so) and `on_topic` counts."""
    units: set[str] = set()
    for u in slots.units:
        if u in _UNITS:
            units = _UNITS[u]
            break  # the first unit asked is the one compared
    if not units and counts_things(slots.text):
        units = _UNITS["count"]
    if _RATE_ASKED.search(slots.text):
        units = {"percent", "multiple"}  # 'did A or B grow faster': the rates of growth are compared, not the levels
    if are_years(names):  # 'which year had more projects, 2023 or 2024?': the figure the sentence dates each year
        return by_year(names, evidence, lambda e: _measures(e.text, e.figures, units), on_topic, depth)
    got: dict[str, tuple[Figure, Evidence]] = {}
    # a row whose cell is exactly the name ('Model: TTS-1') is the one meant, not a longer name's ('TTS-1 HD')
    exact = {n for n in names for e in evidence[:depth] if e.row and cell_is(e.text, n, (forms or {}).get(n, ()))}
    for e in evidence[:depth]:
        # dated a year asked, or undated in a passage that gives every year asked (the gates check the rest)
        dated = e.year_ok or (not e.years and all(y in (e.passage_years or earlier(e)) for y in slots.years))
        if not dated or not on_topic(e):
            continue
        low = e.text.lower()
        spots = longest_mentions(sorted((p, n) for n in names for p in positions(low, n, (forms or {}).get(n, ()))),
                                 low, forms)
        if not spots and not e.row:
            # 'By the end of 2024, these gaps had narrowed to 0.3%, 8.1%, 1.6% and 3.7%': each name's figure at
            # the place it holds in the list of the sentence before
            carried = carried_named(tuple(n for n in names if n not in got), evidence, e,
                                    lambda label, n: bool(positions(label.lower(), n, (forms or {}).get(n, ()))))
            for n, f in carried.items():
                if f.unit in units or not units:
                    got.setdefault(n, (f, e))
            if len(got) == len(names):
                break
            continue
        if not spots or all(n in got for _, n in spots):
            continue
        measures = _measures(e.text, e.figures, units)
        if not measures:
            continue
        named = {n for _, n in spots}
        if e.row and len(named) == 1:  # a row naming one alternative: its measure
            n = spots[0][1]
            if n not in exact or cell_is(e.text, n, (forms or {}).get(n, ())):
                got.setdefault(n, (measures[-1], e))
            continue
        ends = [p for p, _ in spots[1:]] + [len(e.text)]
        # 'by 17.5% and 31.6% on MMLU and HumanEval': a list of names and a run of as many figures pair in order;
        # 'About 20 in the UK and 6-8 in Israel': each figure before its name
        mine: dict[str, Figure] = (listed_in_parallel(e.text, e.figures, spots, measures)
                                   or before_names(e.text, spots, measures, forms))
        if mine:
            for n, f in mine.items():
                got.setdefault(n, (f, e))
            if len(got) == len(names):
                break
            continue
        for (p, n), end in zip(spots, ends):  # the first figure after a mention, before the next mention,
            # in its clause: 'scenarios: knowledge Q&A, digital humans, ..., with a total of 700 million' gives
            # the figure of the whole list, not of its first item
            fig = next((f for f in measures if p <= f.start < end and e.text.count(",", p, f.start) <= 1), None)
            if fig is not None and other_named(low[p + len(n):fig.start], n, names):
                fig = None  # 'rural areas grew, with urban spending up 4.7%': the figure is the other one's
            if fig is not None and n not in mine:
                mine[n] = fig
        if len(mine) < len(named):  # 'language/vision/multimodal models accounted for 78%, 12%, and 10%'
            mine = slashed(low, spots, measures) or mine
        if len(mine) < len(named) and RESPECTIVELY.search(e.text):
            # 'A and B ... at 158 million and 170 million respectively': figures in the order of the names
            order = list(dict.fromkeys(n for _, n in spots))
            tail = [f for f in measures if f.start >= spots[-1][0]]
            mine = dict(zip(order, tail)) if len(tail) == len(order) else {}
        if len(mine) == len(named):
            for n, f in mine.items():
                got.setdefault(n, (f, e))
        if len(got) == len(names):
            break
    if len(got) < len(names):
        return None
    if len({got[n][0].unit for n in names}) != 1:
        return None
    return [got[n] for n in names]


def answer_choice(ctx: AnswerContext, slots: Slots, evidence: list[Evidence], backend: str,
                  gate: Callable[[Slots, Evidence, list[Figure]], object] | None = None, depth: int = 12) -> Answer | None:
    """The choice or comparison answer composed from each alternative's figure (sought in the first `depth`
    sentences), or None. `gate` (the answerer's gates for a sentence and its figure) must pass for each one's evidence."""
    alt = shared_noun_first(alternatives(ctx.question), coordinated(ctx.question))
    forms: dict[str, tuple[str, ...]] = {}
    if alt is None and slots.shape == "comparison" and len(slots.entities) == 2:
        # 'how did the deal size in the U.S. stack up against China's': the two entities named are compared
        alt = Alternatives(tuple(e.name for e in slots.entities), "comparison")
        # a short form ('US') would be found in a common word ('us') of a lower-case sentence
        forms = {e.name: tuple(a for a in e.aliases if len(a) > 2 or "." in a) for e in slots.entities}
    if alt is None or slots.shape == "explanation":
        return None
    # each passage need name only its own alternative, so the alternatives are no entities the topic checks ask for
    own = [n.lower() for n in alt.names]
    # 'A's downloads or B's developers': each owner is sought, its sentence naming its own measure, not the other's
    owned = owned_measures(alt.names)
    own_measures = {t for m in owned[1] for t in tokenize(m)} if owned else set()
    metrics = tuple(m for m in slots.metrics if not set(tokenize(m)) & own_measures)
    searched = owned[0] if owned else alt.names
    if not forms:  # an alternative naming an entity is found in the entity's other forms too ('United States' as 'U.S.')
        forms = {n: tuple(a for a in e.aliases if len(a) > 2 or "." in a) for n in searched for e in slots.entities
                 if n.lower() in {x.lower() for x in (e.name, *e.aliases)}}
    rest = replace(slots, entities=tuple(x for x in slots.entities if not any(x.name.lower() in n for n in own)),
                   names=tuple(x for x in slots.names if not any(x.lower() in n for n in own)), metrics=metrics)

    def on_topic(e: Evidence) -> bool:
        """The passage passes the topic checks and the sentence (a row: its passage) names the measure asked."""
        where = (ctx.passages[e.passage_index].chunk.text if e.row else e.text).lower()
        return off_topic(ctx, rest, e) is None and all(metric_covered(where, m) or carried(e, m) for m in metrics)

    def carried(e: Evidence, metric: str) -> bool:
        """An amount asked, the sentence's measure the one its passage named last ('A led with 272 million yuan');
        or the other side's sentence just before gives it (paired_measure)."""
        return (slots.unit == "money" and not e.row and measure_carried(ctx.passages, e, metric)) \
            or carried_by_pair(evidence, e, searched, metric)

    def earlier(e: Evidence) -> set[int]:
        """The years of the chunk a passage naming none continues (period_heading.previous_years)."""
        return previous_years(ctx.snapshot, ctx.passages[e.passage_index].chunk)

    found = figures_for(searched, evidence, slots, depth, on_topic=on_topic, forms=forms, earlier=earlier)
    # 'the UK's unicorn count or Israel's': every side an owner of one measure, the last written as an owner too
    one_measure = bool(owned) and len(set(owned[1])) == 1 and \
        re.search(re.escape(alt.names[-1]) + r"['’]s?(?:\W|$)", ctx.question) is not None

    def said(e: Evidence, measure: str) -> bool:
        """The sentence names the side's measure; or, every side an owner of one measure, its passage does
        ('About 20 in the UK and 6-8 in Israel' under a unicorn heading)."""
        return measure_said(e.text, measure) or (one_measure and
                                                 measure_said(ctx.passages[e.passage_index].chunk.text, measure))

    if found and owned and not all(said(e, m) for (_, e), m in zip(found, owned[1])):
        found = None
    if found and one_measure:
        alt = replace(alt, names=owned[0])  # one measure of each owner: the owners name the sides ('UK', 'Israel')
    if found is None and (shared := coordinated(ctx.question)) is not None and shared != alt:
        alt, found = shared, figures_for(shared.names, evidence, slots, depth, on_topic=on_topic, earlier=earlier)
    if found is None:
        return None
    if owned:  # the measures asked are each alternative's own, checked above, not one every passage must name
        found = [(f, replace(e, features={**e.features, "metric_missing": 0.0})) for f, e in found]
    # a sentence whose measure its passage carries names it as well as one saying it
    found = [(f, replace(e, features={**e.features, "metric_missing": 0.0})
              if metrics and all(carried(e, m) for m in metrics) else e)
             for f, e in found]
    if gate is not None and any(gate(rest, e, [f]) for f, e in found):
        return None  # an alternative's sentence would not answer alone (another period, too little evidence ...)
    # figures of different years or currencies are each shown, none leads (no year asked: none was required)
    doubt = None if slots.years or are_years(alt.names) else unlike(found)
    order: list[int] = []
    for _, e in found:
        if e.passage_index not in order:
            order.append(e.passage_index)
    quotes: list[str] = []
    for _, e in found:
        if e.text not in quotes:
            quotes.append(e.text)
    each = " vs ".join(f"{n}: {f.display} [{order.index(e.passage_index) + 1}]"
                       for n, (f, e) in zip(alt.names, found))
    if alt.kind == "choice":
        values = [f.value for f, _ in found]
        high, low = HIGH.search(ctx.question), LOW.search(ctx.question)
        low = bool(low) and (not high or low.start() < high.start())  # the first comparative word asked
        pick = values.index(min(values) if low else max(values))
        # a tie: when the ranking itself is asked, its own order (rank 8 above rank 9) decides; else no one leads
        if values.count(values[pick]) > 1:
            ranks = [rank_cell(e.text) for _, e in found]
            if "rank" not in slots.units or len(found) != 2 or None in ranks or ranks[0] == ranks[1]:
                return tied(ctx, alt.names, found, backend, each, order, quotes)
            pick = ranks.index(min(ranks))
            each = f"ranked {ranks[pick]} vs {ranks[1 - pick]}; " + each
        lead, figure, shape = f"**{alt.names[pick]}**", alt.names[pick], "which"
    else:
        lead = "**" + " vs ".join(f.display for f, _ in found) + "**"
        figure, shape = " and ".join(f.display for f, _ in found), "comparison"
    body = " ".join(f"{q} [{order.index(next(e for _, e in found if e.text == q).passage_index) + 1}]" for q in quotes)
    citations = [Citation.from_passage(i + 1, ctx.passages[p], quote=next(e.text for _, e in found if e.passage_index == p),
                                       figure=next(f.text for f, e in found if e.passage_index == p))
                 for i, p in enumerate(order)]
    if doubt:
        return Answer(question=ctx.question, answer=f"Not certain: {doubt}. {each}. {body}", figure=None,
                      abstained=False, citations=citations, backend=backend, passages=list(ctx.passages),
                      confidence=1.0, shape=shape, warnings=[f"not certain: {doubt}"])
    return Answer(question=ctx.question, answer=f"{lead} ({each}). {body}", figure=figure, abstained=False,
                  citations=citations, backend=backend, passages=list(ctx.passages), confidence=1.0, shape=shape)


def unit_other(figures: list, unit: str | None) -> bool:
    """Whether a lead's first figure is measured in another unit than the one asked (a count for a share)."""
    return bool(figures) and unit in _UNITS and figures[0].unit not in _UNITS[unit]


# 'Structurally, intelligent analysis and decision-making led with 272 million yuan', 'By geography, the U.S. led
# with 34%': a sentence saying which one leads, with its figure (the name is the clause before the verb)
LED = re.compile(r"(?:^|[,;:(]\s*|\.\s+)(?:the\s+)?(?P<name>[A-Za-z][^,;:()]{1,70}?)\s+(?:led|leads|topped|tops|ranked first|"
                  r"came first|took the lead)\s+(?:with|at|by|on)\s+(?:(?:about|around|approximately|over|nearly|roughly)\s+)?"
                  r"(?P<figure>[$€¥£]?\s?\d)", re.I)
_PRONOUN = re.compile(r"(?i)(it|they|this|these|which|that|others?)$")


def names_nobody(name: str) -> bool:
    """A pronoun ('it', 'they', 'others') or a clause of more than eight words stands where a name should:
    the sentence names no one that leads or follows."""
    return bool(_PRONOUN.match(name)) or len(name.split()) > 8


def leader(ctx: AnswerContext, slots: Slots, evidence: list[Evidence], backend: str, share: float,
           gate: Callable[[Slots, Evidence, list[Figure]], object] | None = None) -> Answer | None:
    """'Which scenario attracted the most investment?', 'Who has more AI unicorns, the U.S. or China?': a
    sentence on topic, scoring at least `share` of the best, that says which one leads with its figure
    ('X led with 272 million yuan') answers with that name (one of the alternatives, when the question
    names them), then the figure and the sentence. None when the question asks the lowest, or no such sentence."""
    q = ctx.question
    high, low = HIGH.search(q), LOW.search(q)
    if slots.shape != "which" or not high or (low and low.start() < high.start()) or not evidence:
        return None
    alt = alternatives(q)
    if alt is not None:  # the sentence need name only the one that leads: no alternative is asked of it
        own = [n.lower() for n in alt.names]
        slots = replace(slots, entities=tuple(x for x in slots.entities if not any(x.name.lower() in n for n in own)),
                        names=tuple(x for x in slots.names if not any(x.lower() in n for n in own)))
    for e in near_top(evidence, share):
        if e.row or not (m := LED.search(e.text)):
            continue
        name = m.group("name").strip()
        if names_nobody(name):
            continue
        if alt is not None and not any(positions(name.lower(), n) or positions(n.lower(), name) for n in alt.names):
            continue
        # the topic checks of the passage (not the place one, precomputed with the alternatives asked)
        if (off_topic(ctx, slots, e) if alt is None else
                any(check(ctx, slots, e) for check in TOPIC_CHECKS if check is not place_named)) \
                or not all(metric_covered(ctx.passages[e.passage_index].chunk.text.lower(), mt) for mt in slots.metrics):
            continue
        figs = [f for f in e.figures if f.start >= m.start("figure") and f.unit != "year"][:1]
        if unit_other(figs, slots.unit):
            continue  # 'the largest share' is not led by '1,509 models': the lead is measured in the unit asked
        if gate is not None and (why := gate(slots, e, figs)) and not passage_vouches(slots, evidence, e, why, gate):
            continue
        shown = f" ({figs[0].display})" if figs else ""
        citation = Citation.from_passage(1, ctx.passages[e.passage_index], quote=e.text, figure=name)
        return Answer(question=q, answer=f"**{name}**{shown}. {e.text} [1]", figure=name, abstained=False,
                      citations=[citation], backend=backend, passages=list(ctx.passages), confidence=e.score, shape="which")
    return None

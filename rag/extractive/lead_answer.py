"""The answer a lead sentence gives once judged, checked and composed: the last stage of answerer.py."""

from __future__ import annotations

from functools import cache, partial
from typing import TYPE_CHECKING

from . import rivalry, verify
from ..types import Answer, AnswerContext
from .answer_explanation import explained
from .before_amount import before_amount
from .before_change import before_change
from .carried import carried_figure
from .chart_rate import printed_rate
from .compose import abstain, compose, compose_quotes, compose_rivals, hedged
from .computed_midpoint import midpoint
from .computed_named import answer_named
from .computed_per import per_thing
from .computed_rate import rate_from_years, rate_unstated
from .computed_text import from_sentence
from .enumeration import compose_items
from .fallthrough import Asked, judge
from .features import Evidence
from .gates import SAYS_WHY, Decision, first_gate
from .gates import fired as soft_fired
from .gates_measure import narrowed_terms
from .given_whole import given_whole
from .hedge_refusal import hedge_refused
from .label_runs import label_extreme
from .lead_checks import first_doubt, sentence_checks, undoubted
from .other_ones import with_other_part
from .part_of_whole import part_of_whole, share_of_world
from .stated_share import row_share, stated_share
from .share_of_cell import share_of_cell
from .pick import pick_figures, stated_in
from .prose_change import quoted_change
from .prose_part import part_of_lead
from .scope_parts import place_and_whole
from .second_ask import with_second
from .shown_doubt import shown_by
from .slots import Slots
from .title_read_on import items_read_on
from .weak_explaining import WEAK_EXPLAINING, weak_explaining

if TYPE_CHECKING:
    from .answerer import ExtractiveAnswerer


def lead_answer(a: ExtractiveAnswerer, ctx: AnswerContext, slots: Slots, evidence: list[Evidence], best: Evidence,
                items: Evidence | None, item_parts: list) -> Answer:
    """The answer the preferred sentence leads once judged: the gates pick the candidate (or a computed figure,
    or an abstention, answers when none passes), the check scores it, rivals and doubts hedge it, and it is composed."""
    def gate(s: Slots, e: Evidence, figs) -> object:  # reads `evidence` as it stands when called, reordered below
        return first_gate(Decision(ctx, s, evidence, e, figs, a.weights, a.threshold, a.min_coverage))

    def figures_of(e: Evidence) -> list:
        if e is items:  # the items a list asks, named in words: no figure leads them
            return []
        if (slots.entity and slots.unit not in ("money", "percent", "count")) or slots.shape == "explanation" \
                or (slots.asks == "description" and not slots.units):
            # 'which company ranked first': the rank is the condition, a name the answer; 'how is the
            # discount rate determined': the explaining sentence, no figure forced first; 'what is the plan
            # for the losing investments': a description asked in words leads with no figure either
            return []
        # 'these gaps had narrowed to 0.3%, 8.1% and 3.7%': the figure at the place of the name asked
        figs = carried_figure(slots.names, evidence, e) or pick_figures(e.text, e.figures, slots)
        if slots.entity and figs and all(stated_in(f, ctx.question) for f in figs):
            return []  # 'which framework took over 30%': the question's own figure is its condition, a name answers
        return figs

    def gate_of(e: Evidence, figs, ordered: list[Evidence]):
        return first_gate(Decision(ctx, slots, ordered, e, figs, a.weights, a.threshold, a.min_coverage),
                          a.verifier.soft)

    # 'of the 220 incidents, how many stemmed from X': the whole is given, the part's share of it computed
    if (given := given_whole(ctx, slots, evidence, a.name)) is not None:
        return explained(ctx, given, slots, evidence, None)
    # 'the market reached USD 24.0bn ... software accounted for 38% of the market': the part asked is the share's
    if (stated := stated_share(ctx, slots, evidence, a.name) or row_share(ctx, slots, evidence, a.name)) is not None:
        return explained(ctx, stated, slots, evidence, None)
    # 'Biosimilars accounted for 14% of 2024 revenue' beside a table's 2024 Revenue cell: the part asked, hedged
    if (stated := share_of_cell(ctx, slots, evidence, a.name)) is not None:
        return explained(ctx, stated, slots, evidence, None)
    # 'the highest competitiveness score on the chart': the extreme of a measure's repeated data labels
    if (extreme := label_extreme(ctx, slots, evidence, a.name)) is not None:
        return explained(ctx, extreme, slots, evidence, None)
    # 'X in 2023, backing out the 4.7% rise': the amount a sentence of 2024 says that change reached, over it
    if (before := before_change(ctx, slots, evidence, a.name) or before_amount(ctx, slots, evidence, a.name)):
        return explained(ctx, before, slots, evidence, None)  # or '8,958, a decrease of 19 compared with FY2019'
    chosen_, verdicts = judge(evidence, best, figures_of, gate_of, a.weights.fallback_margin,
                              a.weights.supply_margin, Asked(bool(slots.names), bool(slots.years),
                                                              narrowed_terms(slots)))
    if chosen_ is None:  # no candidate passes: the preferred sentence's gate is the reason
        fired = verdicts[0].gate
        # the world's figure, not the place's: the place's share of that world total gives its amount
        part = part_of_whole(ctx, slots, evidence, a.name) if fired[0] == "world_figure" else None
        # 'the US count and the valuation of all X': the place's sentence, the whole's quoted with it
        part = part or (place_and_whole(ctx, slots, evidence, a.name)
                        if fired[0] == "world_figure" else None)
        part = part or share_of_world(ctx, slots, evidence, a.name)  # the share from the two counts
        # no one sentence answers 'how many times larger was A than B': each one's figure, the result computed
        part = part or answer_named(ctx, slots, evidence, a.name, gate)
        # 'what annual growth rate is implied by X rising from 2020 to 2025': the rate of the two years' figures
        part = part or rate_from_years(ctx, slots, evidence, a.name, gate)
        if part is not None:
            return explained(ctx, part, slots, evidence, None, verdicts)
        evidence = [best] + [e for e in evidence if e is not best]
        answer = abstain(ctx, evidence, best.score, fired[1], a.name, a.max_chars,
                         say_why=fired[0] in SAYS_WHY)
        return explained(ctx, answer, slots, evidence, fired[0], verdicts)
    best, figures = chosen_.evidence, chosen_.figures
    # is the lead the answer: one calibrated score over the lead's named features (verify.py)
    checked = verify.features(ctx, slots, evidence, best, figures)
    evidence = [best] + [e for e in evidence if e is not best]
    soft = soft_fired(Decision(ctx, slots, evidence, best, figures, a.weights, a.threshold, a.min_coverage),
                 a.verifier.soft) if a.verifier.soft else {}
    checked.update({f"gate_{n}": 1.0 for n in soft})
    p, why = a.verifier.decide(checked, {f"gate_{n}": r for n, r in soft.items()})
    # the rate computed from two years' figures, asked of the same evidence up to three times below: run once
    rated_once = cache(partial(rate_from_years, ctx, slots, evidence, a.name, gate))
    if why and (named := answer_named(ctx, slots, evidence, a.name, gate) or rated_once()) is not None:
        return explained(ctx, named, slots, evidence, None, verdicts)
    if why:
        answer = abstain(ctx, evidence, best.score, why, a.name, a.max_chars, say_why=True)
        return explained(ctx, answer, slots, evidence, "answer_check", verdicts, (p, checked))
    if rate_unstated(ctx.question, slots, figures) \
            and (rated := rated_once()) is not None:
        return explained(ctx, rated, slots, evidence, None, verdicts)  # a multiple asked, an amount led
    blocked = {id(v.evidence) for v in verdicts if v.gate}  # a sentence a gate blocked is no rival
    unblocked = [e for e in evidence if id(e) not in blocked]
    rival = rivalry.passage_rival(slots, unblocked, best, figures, a.weights.rival_margin)
    # two passages differing is a doubt too: refused, as a hedge is, when a slot is plainly missing
    if rival is not None and (refused := hedge_refused(ctx, slots, best, figures, a.verifier.against(checked))):
        answer = abstain(ctx, evidence, best.score, refused, a.name, a.max_chars, say_why=True)
        return explained(ctx, answer, slots, evidence, "hedge_refused", verdicts, (p, checked))
    if rival is not None and (apart := rivalry.rows_apart(slots, best, rival[0], p, a.verifier.hedge)):
        answer = abstain(ctx, evidence, best.score, apart, a.name, a.max_chars, say_why=True)
        return explained(ctx, answer, slots, evidence, "rows_apart", verdicts, (p, checked))
    if rival is not None:
        answer = compose_rivals(ctx, slots, best, rival[0], figures, rival[1], best.score, a.name,
                                a.max_chars)
        return explained(ctx, answer, slots, evidence, "rival_figure", verdicts, (p, checked))
    if best is items:
        answer = compose_items(ctx, item_parts, best, a.name, a.max_chars)
    else:
        # a sentence a gate blocked is no complement either: its figures never join the lead
        answer = compose(ctx, slots, evidence, best, figures, best.score, a.name, a.max_chars,
                         blocked=frozenset(blocked))
    answer = from_sentence(ctx, slots, answer, figures) or answer  # 'the total in 2019 and 2018'
    answer = quoted_change(ctx, answer) or answer  # 'by how much did X decline': 'A, down from B' quoted
    answer = part_of_lead(ctx, answer) or answer  # 'how many tons of S': 'W, of which P% was S' quoted
    answer = midpoint(ctx, answer) or answer  # 'the midpoint of the charges expected': of the range written
    answer = printed_rate(ctx, slots, answer, best) or answer  # the chart's own 'CAGR 44.9%' over its span
    answer = with_second(ctx, answer, best, evidence) or answer  # 'since when and for how many X': the next sentence counts X
    answer = with_other_part(ctx, answer, best, evidence) or answer  # 'the top X, and the secondary ones': both lists
    if slots.shape == "explanation":
        answer.shape = "explanation"
    kind, doubt = first_doubt(sentence_checks(ctx, slots, answer, best, figures, evidence, chosen_, verdicts, checked,
                                              partial(a.verifier.doubt, checked, p), a.weights))
    if doubt and answer.derivation is None and (named := answer_named(ctx, slots, evidence, a.name, gate)
                                                or rated_once() or undoubted(ctx, per_thing(ctx, slots, a.name))):
        return explained(ctx, named, slots, evidence, None, verdicts)  # no lead to trust: computed instead
    if kind == "quantity_without_figure":  # a quantity asked and only words to give: the reports do not state it
        answer = abstain(ctx, evidence, best.score, doubt, a.name, a.max_chars, say_why=True)
        return explained(ctx, answer, slots, evidence, "quantity_without_figure", verdicts, (p, checked))
    if doubt and answer.derivation is None and (refused := hedge_refused(ctx, slots, best, figures, a.verifier.against(checked))):
        answer = abstain(ctx, evidence, best.score, refused, a.name, a.max_chars, say_why=True)
        return explained(ctx, answer, slots, evidence, "hedge_refused", verdicts, (p, checked))
    if doubt and kind == "unexplained_fallback" and (weak := weak_explaining(doubt, verdicts)) is not None:
        answer = compose_quotes(ctx, slots, [weak, best], best, figures, best.score, a.name, a.max_chars)
        answer.shape, doubt = "explanation", WEAK_EXPLAINING  # the explaining sentence scoring low, then its stand-in
    if kind == "verb_object_elsewhere" and (writes := shown_by(doubt)):
        # the sentence writing the asked verb shown first, beside the lead
        answer = compose_quotes(ctx, slots, [writes, best], best, figures, best.score, a.name, a.max_chars)
    if kind == "title_lead" and (under := items_read_on(ctx, answer, best, slots.shape)) is not None:
        answer = under  # a list led by a title ending its passage: what is printed under it, read on
    if doubt:  # let through, but too weak to bold: say what the passage gives and why it is uncertain
        return explained(ctx, hedged(answer, doubt), slots, evidence, "answer_doubt", verdicts, (p, checked))
    # a bold lead from a sentence covering little of the question, a rival close behind: show both
    rival = rivalry.weak_lead_rival(slots, unblocked, best, figures, checked.get("sentence_coverage", 1.0),
                                    a.weights.rival_weak_coverage, a.weights.rival_weak_gap)
    if rival is not None and "**" in answer.answer:
        answer = compose_rivals(ctx, slots, best, rival[0], figures, rival[1], best.score, a.name,
                                a.max_chars)
        return explained(ctx, answer, slots, evidence, "weak_lead_rival", verdicts, (p, checked))
    # a bold lead from a table row the check scores low, another passage giving another figure: show both
    rival = rivalry.weak_row_rival(slots, unblocked, best, figures, p, a.weights.rival_row_check,
                                   a.weights.rival_row_gap)
    if rival is not None and "**" in answer.answer and (apart := rivalry.rows_apart(slots, best, rival[0], p, a.verifier.hedge)):
        answer = abstain(ctx, evidence, best.score, apart, a.name, a.max_chars, say_why=True)
        return explained(ctx, answer, slots, evidence, "rows_apart", verdicts, (p, checked))
    if rival is not None and "**" in answer.answer:
        answer = compose_rivals(ctx, slots, best, rival[0], figures, rival[1], best.score, a.name,
                                a.max_chars)
        return explained(ctx, answer, slots, evidence, "weak_row_rival", verdicts, (p, checked))
    return explained(ctx, answer, slots, evidence, None, verdicts, (p, checked))

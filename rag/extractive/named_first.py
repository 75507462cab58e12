"""Answers naming one of several from the scored evidence, tried before a lead sentence is chosen (answerer.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import choice_page
from ..types import Answer, AnswerContext
from .answer_explanation import explained
from .change_form import levels_for_change
from .choice import answer_choice, leader
from .compose import hedged
from .choice_page import with_page_chunks
from .column_extreme import column_extreme
from .computed_named import answer_named, remainder
from .crossing import first_crossing, year_extreme
from .features import Evidence, build
from .gates import Decision, first_gate
from .lead_kind import kind_unmatched
from .prose_order import ranked_in_prose
from .slots import Slots
from .superlative import called_superlative, largest_listed

if TYPE_CHECKING:
    from .answerer import ExtractiveAnswerer


def _kind_kept(chosen: Answer | None) -> Answer | None:
    """`chosen` unless its bold lead is of another kind than asked (a header path or 'Column 2' for which market, an
    amount for which thing: lead_kind.py); then None, and the paths after it read the evidence for the right label."""
    return chosen if chosen is None or kind_unmatched(chosen.question, chosen.answer) is None else None


def named_first(a: ExtractiveAnswerer, ctx: AnswerContext, slots: Slots, evidence: list[Evidence], gate) -> Answer | None:
    """The answer naming one of several from the scored evidence, or None: the one a sentence says led or ranked,
    the largest listed, one side of a choice, the first year crossing a mark, an extreme year or column, a remainder."""
    # 'which attracted the most investment?': a sentence saying which one led, with its figure
    chosen = _kind_kept(leader(ctx, slots, evidence, a.name, a.weights.leader_share, gate))
    # 'which ranked second': the one a sentence says followed the one that led
    chosen = chosen or _kind_kept(ranked_in_prose(ctx, slots, evidence, a.name, a.weights.leader_share, gate))
    if chosen is not None:
        return explained(ctx, chosen, slots, evidence, None)
    # 'which benchmark shows the widest gap': the label a sentence lists with the largest of its parallel figures
    chosen = _kind_kept(largest_listed(ctx, slots, evidence, a.name, a.weights.leader_share, gate)) \
        or _kind_kept(called_superlative(ctx, slots, evidence, a.name, a.weights.leader_share, gate))  # 'X remained the hottest track'
    if chosen is not None:
        return explained(ctx, chosen, slots, evidence, None)
    chosen = _kind_kept(answer_choice(ctx, slots, evidence, a.name, gate))  # 'which is higher, A or B?': each one's figure
    if chosen is not None and (why := levels_for_change(ctx.question, chosen.answer)):
        return explained(ctx, hedged(chosen, why), slots, evidence, "answer_doubt")  # one change asked, its two levels led
    if chosen is None and (paged := with_page_chunks(ctx, lambda c: build(c, slots, a.weights, len(c.passages)))):
        wider, deeper = paged  # a side in a chunk of the page retrieval left out (a table split over chunks)

        def gate_wider(s: Slots, e: Evidence, figs) -> object:
            return first_gate(Decision(wider, s, deeper, e, figs, a.weights, a.threshold, a.min_coverage))
        chosen = _kind_kept(answer_choice(wider, slots, deeper, a.name, gate_wider, choice_page.DEPTH))
        if chosen is not None:
            return explained(wider, chosen, slots, deeper, None)
    chosen = chosen or _kind_kept(first_crossing(ctx, slots, evidence, a.name, gate))  # 'the first year X passes 1,000'
    chosen = chosen or _kind_kept(year_extreme(ctx, slots, evidence, a.name, gate))  # 'which year had the most deals'
    chosen = chosen or _kind_kept(column_extreme(ctx, slots, evidence, a.name, gate))  # 'in which quarter was X lowest'
    if chosen is None and remainder(ctx.question):  # 'how much of X was left after Y': X less Y
        chosen = _kind_kept(answer_named(ctx, slots, evidence, a.name, gate))
    if chosen is not None:
        return explained(ctx, chosen, slots, evidence, None)
    return None

"""The sentence preferred to lead an extractive answer, before the gates judge it (answerer.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Answer, AnswerContext
from .announced import announced
from .answer_explanation import explained
from .explaining import explaining
from .features import Evidence
from .footnotes import footnote_of
from .gates import off_topic
from .heading_line import past_heading
from .list_sentence import list_sentence
from .period_heading import heading_years_at
from .pick import unit_figures
from .read_on import read_on
from .set_aside import rest_listed
from .side_subject import named_pair, side_subject
from .sides import contrasted
from .slots import Slots
from .titled_definition import titled_definition

if TYPE_CHECKING:
    from .answerer import ExtractiveAnswerer


def lead_sentence(a: ExtractiveAnswerer, ctx: AnswerContext, slots: Slots, evidence: list[Evidence]
                  ) -> tuple[Answer | None, list[Evidence], Evidence, Evidence | None, list]:
    """The sentence preferred to lead, before the gates judge it, as (a list's answer or None, evidence, best,
    the list's items sentence or None, its item parts): the best on-topic sentence with the unit asked, past a
    heading, the one contrasting the sides or about one side, the explaining one, or the one naming a list's items."""
    items, item_parts = None, []  # a list's items quoted whole (enumeration.py)
    # the best sentence of a passage about what was asked (and, for a figure question, with a
    # figure of the unit asked for)
    best = next((e for e in evidence[:5] if off_topic(ctx, slots, e) is None
                 and (e is evidence[0] or not slots.units or unit_figures(e.figures, slots))), evidence[0])
    best = past_heading(ctx, evidence, best, lambda e: off_topic(ctx, slots, e) is None,  # a title says nothing
                        words=not slots.units and not slots.years)
    if slots.shape == "comparison" and not slots.units:  # two sides asked in words: a sentence setting one against the other
        best = contrasted(ctx.question, evidence, best, a.weights.contrast_margin) or best
    if not slots.units and (slots.shape == "comparison" or named_pair(ctx.question, slots.entities) is not None):
        # a sentence about one side (its subject), the other side's quoted with it, over one naming both in passing
        # (or over a chart's data label): 'what do A and B focus on, respectively' asks in words whatever its shape
        best = side_subject(ctx.question, evidence, best, lambda e: off_topic(ctx, slots, e) is None,
                            slots.entities) or best
    if slots.shape == "explanation":  # the explaining sentence, not a row of figures
        best = explaining(evidence, best, lambda e: off_topic(ctx, slots, e) is None, a.weights.explain_margin,
                          slots, a.weights.explain_wide_margin,
                          lambda e: heading_years_at(ctx.snapshot, ctx.passages[e.passage_index].chunk, e.text),
                          lambda e: read_on(ctx.passages, evidence, e))
        best = footnote_of(evidence, best) or best  # a marked row is explained by its footnote
        # 'what does S mean by X': the sentence under the title naming X defines it
        best = titled_definition(ctx, slots, evidence, lambda e: off_topic(ctx, slots, e) is None) or best
        # 'faces several challenges.': quoted with the sentences naming them
        evidence, best = announced(evidence, best)
    elif slots.shape == "list" and (rest := rest_listed(evidence, lambda e: off_topic(ctx, slots, e) is None)) is not None:
        best = rest  # 'apart from A and B, what other X': the sentence listing the other X
    elif slots.shape == "list":  # the sentence naming the items, not one that only introduces them
        listed, evidence, best, items, item_parts = list_sentence(ctx, slots, evidence, best, a.name, a.weights)
        if listed is not None:
            return explained(ctx, listed, slots, evidence, None), evidence, best, items, item_parts
    return None, evidence, best, items, item_parts

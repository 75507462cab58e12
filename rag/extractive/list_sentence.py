"""The evidence a list question is answered from: a section or series whose labels are the items, else the sentence
naming the items (an ordinal run or an announcing sentence read on), never one that only introduces them. Taken out
of the answerer's composition, which calls it for the list shape."""

from __future__ import annotations

from ..types import Answer, AnswerContext
from .announced import announced
from .enumeration import absorbing, enumerated, kind_in_passage, kind_listed, kind_named
from .explaining import enumerating
from .features import Evidence
from .gates import off_topic
from .heading_series import series_listed
from .listing import listed_under_heading
from .parallel_labels import labels_asked
from .parallel_openings import parallel_listed
from .pointed_back import pointed_listed
from .scoped import scoped_listed
from .slots import Slots
from .weights import Weights


def list_sentence(ctx: AnswerContext, slots: Slots, evidence: list[Evidence], best: Evidence, name: str,
                  weights: Weights) -> tuple[Answer | None, list[Evidence], Evidence, Evidence | None, list]:
    """(an answer of labels, or None; the evidence; the best sentence; the items quoted whole, or None; their parts)."""
    def on(e: Evidence) -> bool:
        return off_topic(ctx, slots, e) is None

    # a section headed by what the question asks ('Competitive barriers'): its title lines are the items
    # a series written as numbered headings ('X (1/3): A', '(2/3): B'): its n labels
    listed = series_listed(ctx, evidence, on, name) \
        or listed_under_heading(ctx, slots.terms, evidence, on, name, labels=not slots.units) \
        or labels_asked(ctx, evidence, on, name) \
        or scoped_listed(ctx, slots.terms, evidence, on, name) \
        or parallel_listed(ctx, evidence, on, name) \
        or pointed_listed(ctx, evidence, on, name)
    if listed is not None:
        return listed, evidence, best, None, []
    # 'what are the three stages': the sentence announcing that kind read on, or an ordinal run
    found = enumerated(evidence, best, ctx.question, on, weights.list_margin)
    if found is not None:
        items, item_parts = found
        return None, absorbing(evidence, items), items, items, item_parts
    best = enumerating(evidence, best, on, weights.list_margin, slots.subject)
    # 'offers broad use cases' introduces what 'Top use cases include A, B and C' names
    if (named := kind_listed(evidence, best, ctx.question, on, weights.list_wide_margin)) is not None:
        evidence, best = absorbing(evidence, named), named
    # 'alternatives, including A and B' lists no frameworks; 'frameworks like C and D' does
    best = kind_named(evidence, best, ctx.question, on, weights.list_margin) or best
    # 'Application scenarios include A, B and C' in the best's passage, however far down the ranking
    if (named := kind_in_passage(evidence, best, ctx.question, on, weights.list_wide_margin)) is not None:
        evidence, best = absorbing(evidence, named), named
    evidence, best = announced(evidence, best)
    return None, evidence, best, None, []

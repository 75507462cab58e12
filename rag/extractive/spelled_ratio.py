"""A standard ratio the page does not print ('the current ratio'), computed from the two table rows its definition
names (named_ratios), and its change over two years (ratio_change); the answerer's ratio branch, kept apart."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ..types import Answer, AnswerContext
from .lead_checks import cell_checks, first_doubt
from .named_ratios import ratio_sides, spelled_margins, spelled_ratios
from .ratio_change import asks_ratio_change, ratio_change, yearly_question
from .shapes import answer_by_cells
from .slots import Slots


def cells_ratio(spelled: AnswerContext, slots_of: Callable[[AnswerContext], Slots], backend: str) -> Answer | None:
    """The computed answer the table cells give a spelled-out ratio question, None unless free of doubt."""
    shaped = answer_by_cells(spelled, slots_of(spelled), backend)
    if shaped is not None and shaped.shape == "computed" and first_doubt(cell_checks(spelled, shaped))[1] is None:
        return shaped
    return None


def spelled_ratio(ctx: AnswerContext, slots_of: Callable[[AnswerContext], Slots],
                  backend: str) -> tuple[AnswerContext, Answer] | None:
    """(the context the answer read, the answer) for a ratio named but not printed, None unless the cells answer it
    with no doubt; its change over two years is the change of the two years' ratios, each computed so."""
    years = sorted(set(slots_of(ctx).years), reverse=True)
    texts = [p.chunk.text for p in ctx.passages]
    if asks_ratio_change(ctx.question, years):
        for a, b in ratio_sides(ctx.question, texts):
            yearly = [cells_ratio(replace(ctx, question=yearly_question(a, b, y)), slots_of, backend) for y in years]
            if None not in yearly and (changed := ratio_change(ctx.question, *yearly, backend, (a, b))) is not None:
                return ctx, changed
        return None
    for question in spelled_ratios(ctx.question, texts) or spelled_margins(ctx.question, texts):
        spelled = replace(ctx, question=question)
        if (shaped := cells_ratio(spelled, slots_of, backend)) is not None:
            return spelled, shaped
    return None

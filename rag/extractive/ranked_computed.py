"""A figure computed over ranked rows: the sum of their figures ('the combined share of the two largest'), the gap
between two ('how far apart'), or several together over the ranking's one whole row ('what share of world capacity do
the top three hold'), each operand cited from its located cell."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Answer, AnswerContext
from .cells import RowHit
from .shape_text import citation_n

if TYPE_CHECKING:
    from .ranking import Ranking


def computed_from_ranks(ctx: AnswerContext, r: Ranking, rows, figures, op: str, backend: str) -> Answer | None:
    """The sum of the rows' figures ('the combined share of the two largest') or the gap between the two
    ('how far apart'), with its derivation from the cited cells."""
    from .derivation import calculate, computed_answer, operand
    from .period_cells import located

    if any(f is None for f in figures) or (op in ("change", "multiple") and len(rows) != 2) or len(rows) < 2:
        return None
    hits = [located(ctx, h, [f]) for (_, _, h), f in zip(rows, figures)]
    if any(h is None for h in hits):
        return None
    if op == "share":  # 'what share of world capacity do the top three hold': together, of the total row
        from .ranking_share import whole_row
        whole = whole_row(rows[0][2], figures[0].column)
        at = rows[0][2]
        hit = located(ctx, RowHit(at.passage, at.table, whole.row, at.score), [whole]) \
            if whole is not None and whole.value else None
        if hit is None or whole.row in {h.row for _, _, h in rows}:
            return None
        figures, hits = [*figures, whole], [*hits, RowHit(hit.passage, hit.table, whole.row, hit.score)]
    operands = [operand(f, citation_n(ctx, hits, h)) for h, f in zip(hits, figures)]
    if op == "share":
        from .. import compute
        try:
            result = compute.parts_share(operands[:-1], operands[-1])
        except compute.ComputeError:
            return None
    else:
        result = calculate(op, operands)
    return computed_answer(ctx, hits, result, backend) if result is not None else None


def measure_computed(ctx: AnswerContext, r: Ranking, rows, question: str, op: str, backend: str) -> Answer | None:
    """The rows' figures in the measure the question asks (Ranking.measure_asked) computed, a gap the larger less the
    smaller; None unless every row has a figure there."""
    measure = r.measure_asked(question)
    figures = [r.cells(h).get(measure) for _, _, h in rows]
    if any(f is None or f.value is None for f in figures):
        return None
    if op == "change" and figures[0].value < figures[1].value:  # a gap: the larger less the smaller
        rows, figures = rows[::-1], figures[::-1]
    return computed_from_ranks(ctx, r, rows, figures, op, backend)

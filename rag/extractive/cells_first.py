"""Answers the extractive answerer reads before it scores any sentence: table cells and figures computed from
cells and prose answer first (answerer.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Answer, AnswerContext
from .acronym_meaning import meaning_answer
from .answer_explanation import explained
from .compose import abstain, hedged
from .computed_complement import complement
from .computed_mixed import text_complement, text_part_share
from .computed_per import per_thing
from .computed_prose_share import sentence_share
from .gates_version import setting_other
from .lead_checks import cell_checks, first_doubt, undoubted
from .prose_pairs import prose_difference
from .shapes import answer_by_cells
from .slots import Slots
from .spelled_ratio import spelled_ratio

if TYPE_CHECKING:
    from .answerer import ExtractiveAnswerer


def cells_first(a: ExtractiveAnswerer, ctx: AnswerContext, slots: Slots) -> Answer | None:
    """The answer read before any sentence is scored, or None: a definition asked, the table cells the question
    addresses, a complement, share, difference, ratio or per-unit figure computed from cells and prose."""
    if (meant := meaning_answer(ctx, slots.sources, a.name)) is not None:
        return explained(ctx, meant, slots, [], None)  # 'what does CPC stand for': the reports' definition
    shaped = answer_by_cells(ctx, slots, a.name)  # table cells the question addresses answer first
    if (rest := undoubted(ctx, complement(ctx, slots, a.name))) is not None:
        return explained(ctx, rest, slots, [], None)  # 'non-subscription revenue': the total less the row
    # the whole a table row, the part a sentence of its page: 'what proportion of Europe revenue came from Germany'
    if (mixed := undoubted(ctx, text_complement(ctx, slots, a.name) or text_part_share(ctx, slots, a.name)
                           or sentence_share(ctx, slots, a.name)  # or both in one sentence
                           or prose_difference(ctx, slots, a.name))):  # two amounts prose gives compared
        return explained(ctx, mixed, slots, [], None)
    if shaped is not None and (other := setting_other(ctx.question, " ".join(c.quote for c in shaped.citations))):
        # 'GPT-5 Codex (low)' asked, the cells read are GPT-5 Codex (high)'s: the reports give that variant
        return explained(ctx, abstain(ctx, [], 0.0, other, a.name, a.max_chars, say_why=True),
                               slots, [], "version_other")
    # a ratio or margin the page does not print is no cell read as it stands: computed from its definition
    def slots_of(c: AnswerContext) -> Slots:  # this context's slots are parsed already: not twice
        return slots if c is ctx else a.slots(c)
    if (shaped is None or shaped.derivation is None) and (spelled := spelled_ratio(ctx, slots_of, a.name)) is not None:
        return explained(spelled[0], spelled[1], slots_of(spelled[0]), [], None)  # 'the current ratio'
    if shaped is not None:
        # a computed figure asked, a cell read as it stands; another row named; a percentage added to an amount
        _, doubt = first_doubt(cell_checks(ctx, shaped))
        per = undoubted(ctx, per_thing(ctx, slots, a.name)) if doubt and shaped.derivation is None else None
        if per is not None:
            return explained(ctx, per, slots, [], None)  # 'revenue per store' no row states: computed
        return explained(ctx, hedged(shaped, doubt) if doubt else shaped, slots, [], "answer_doubt" if doubt else None)
    return None

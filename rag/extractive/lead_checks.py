"""The doubts a bold lead is checked against, in order and lazily: the first that holds names why the lead is not
bolded, and the checks after it are never run (some read the index). `cell_checks` and `sentence_checks` are the
two ordered lists, by the path that composed the lead (table cells, or a sentence)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial

from ..types import Answer, AnswerContext, bold_lead
from .caption_alternative import caption_other_alternative
from .cause_elsewhere import cause_elsewhere_led
from .change_ends import change_ends_unsaid
from .cell_doubt import mixed_units, other_cell_named, other_cell_of_row
from .cell_owned import repeated_row_led, year_other_led
from .chart_doubt import chart_figure
from .complement_led import complement_led, computed_complement
from .computed_doubt import change_for_level, uncomputed
from .computed_per import count_for_rate
from .plan_actual import plan_read
from .fallthrough import supplied_unclear
from .explained_fallback import unexplained_fallback
from .features import Evidence
from .heading_series import other_count_led
from .items_asked import fewer_items_led
from .layout_lead import layout_led
from .lead_alone import figure_for_several
from .lead_amount import share_for_amount
from .computed_mixed import share_part_unnamed
from .lead_claim import index_number_led, restated_claim
from .lead_evidence import figure_for_words, levels_disagree, pairs_mixed, percent_for_unit, rate_for_amount
from .lead_operand import actual_for_counterfactual, amount_for_rate, divisor_led, part_for_sum
from .lead_doubt import (bound_not_precise, joint_figure, part_over_whole, quantity_without_figure,
                         sentence_without_rare_term, title_for_explanation, title_lead)
from .lead_half import figure_for_two_parts
from .lead_given import aside_led, echoed_lead, given_figure_led
from .lead_owners import quoted_owner_other
from .lead_forecast import undated_for_forecast
from .change_form import figure_for_direction, levels_for_change
from .lead_points import points_for_growth
from .lead_quoted import quoted_term_unsaid
from .lead_sibling import sibling_led
from .lead_owned import finer_version, half_other, heading_lead, period_other, respectively_one_led, unit_other
from .lead_scope import example_member, narrower_kind_unsaid, sibling_list_led
from .neither_side import neither_side_led
from .parts_asked import figure_for_parts
from .per_other import per_other_led
from .row_partial import sentence_names_more
from .row_unsaid import row_word_unsaid
from .sides import figure_for_which, figure_for_which_year, no_alternative_led, one_side_led
from .slots import Slots
from .split_year import part_year_led, split_year_led
from .trend_rival import closer_trend_rival
from .two_measures import second_measure_missing
from .verb_object import verb_object_elsewhere
from .weights import Weights
from .words_led import amount_for_words, period_unnamed
from .excluded_led import excluded_led
from .count_led import count_not_led, out_of_range, residual_counted
from .lead_form import count_for_times, no_name_for_which, pair_for_one
from .one_row_named import one_row_for_several
from .self_listed import self_listed
from .operand_period import mean_over_periods
from .operand_address import operand_unaddressed
from .operand_set import half_of_total, mean_of_ends, points_of_amounts, sum_over_years, whole_for_part
from .titled_definition import term_unnamed
from .lead_kind import KIND_CHECKS, cause_kind_unsaid

Check = tuple[str, Callable[[], "str | None"]]


def lazily(check: Callable[..., str | None], *args: object) -> Check:
    """A check by its function's name, run on `args` only when reached."""
    return check.__name__, partial(check, *args)


def first_doubt(checks: Iterable[Check]) -> tuple[str | None, str | None]:
    """The name and reason of the first check that doubts the lead, or (None, None) when none does."""
    for name, check in checks:
        if why := check():
            return name, why
    return None, None


def framed(ctx: AnswerContext, answer: Answer, middle: Iterable[Check], last: Iterable[Check] = ()) -> list[Check]:
    """Every lead's checks: first a computed quantity asked and not made (or a change's amount led for a
    quantity asked as it stands; two levels led for one change asked; a header, an amount or a figure leading
    words asked: lead_kind.py), then `middle`, then a sentence with
    another figure saying more of the question than the lead's row, then `last`, then a quoted row or sentence
    giving the product asked to another owner than the question's. The lead's own evidence contradicting it
    (lead_evidence.py) and a lead copied that is one operand of the quantity asked (lead_operand.py) are checked
    with the first."""
    return [lazily(uncomputed, ctx.question, answer, ctx.passages), lazily(change_for_level, ctx.question, answer),
            lazily(amount_for_words, ctx.question, answer), lazily(excluded_led, ctx.question, answer),
            lazily(count_not_led, ctx.question, answer.answer), lazily(period_unnamed, ctx.question, answer.answer),
            lazily(pair_for_one, ctx.question, answer.answer), lazily(no_name_for_which, ctx.question, answer.answer),
            lazily(one_row_for_several, ctx.question, answer.answer), lazily(self_listed, ctx.question, answer.answer),
            lazily(count_for_times, ctx.question, answer.answer), lazily(residual_counted, ctx.question, answer.answer),
            lazily(out_of_range, ctx.question, answer.answer),
            lazily(levels_for_change, ctx.question, answer.answer), lazily(half_of_total, ctx, answer),
            lazily(levels_disagree, ctx.question, answer), lazily(percent_for_unit, ctx.question, answer),
            lazily(pairs_mixed, answer), lazily(figure_for_words, ctx.question, answer),
            lazily(rate_for_amount, ctx.question, answer),
            lazily(divisor_led, ctx.question, answer), lazily(part_for_sum, ctx.question, answer),
            lazily(actual_for_counterfactual, ctx.question, answer), lazily(amount_for_rate, ctx.question, answer),
            *(lazily(check, ctx.question, answer.answer) for check in KIND_CHECKS),
            *middle, lazily(sentence_names_more, ctx, answer),
            *last, lazily(quoted_owner_other, ctx.question, answer.answer)]


def undoubted(ctx: AnswerContext, computed: Answer | None) -> Answer | None:
    """A figure computed from table cells, kept only when no cell check doubts it (else None)."""
    return computed if computed is not None and first_doubt(cell_checks(ctx, computed))[1] is None else None


def cell_checks(ctx: AnswerContext, shaped: Answer) -> list[Check]:
    """A lead read from table cells: a computed figure asked and a cell read as it stands, another row named, a
    percentage added to an amount, the row's words unsaid, another version, period, part or unit than asked."""
    quoted = " ".join(c.quote for c in shaped.citations)
    return framed(ctx, shaped, [lazily(other_cell_named, ctx, shaped), lazily(mean_over_periods, ctx.question, shaped),
                                lazily(mixed_units, shaped), lazily(operand_unaddressed, ctx, shaped),
                                lazily(whole_for_part, ctx.question, shaped),
                                lazily(sum_over_years, ctx.question, shaped), lazily(points_of_amounts, ctx.question, shaped),
                                lazily(mean_of_ends, ctx.question, shaped),
                                lazily(complement_led, ctx.question, [c.quote for c in shaped.citations],
                                       computed_complement(shaped)),
                                lazily(caption_other_alternative, ctx.question, shaped)],
                  [lazily(row_word_unsaid, ctx, shaped), lazily(finer_version, ctx.question, quoted),
                   lazily(period_other, ctx.question, quoted), lazily(half_other, ctx.question, shaped.answer),
                   lazily(year_other_led, ctx.question, shaped.answer), lazily(split_year_led, ctx.question, shaped.answer),
                   lazily(part_year_led, ctx.question, shaped.answer),
                   lazily(repeated_row_led, ctx, shaped),
                   lazily(respectively_one_led, ctx.question, shaped.answer),
                   lazily(unit_other, ctx.question, shaped.answer), lazily(per_other_led, ctx.question, shaped.answer),
                   lazily(count_for_rate, ctx.question, shaped), lazily(plan_read, ctx.question, shaped),
                   lazily(figure_for_two_parts, ctx.question, shaped.answer)])


def sentence_checks(ctx: AnswerContext, slots: Slots, answer: Answer, best: Evidence, figures: list,
                    evidence: list[Evidence], chosen: object, verdicts: list, checked: dict,
                    verifier_doubt: Callable[[], str | None], weights: Weights) -> list[Check]:
    """A lead read from a sentence (`best`, its `figures`), in order: the checks the verifier's `checked` features
    feed, `verifier_doubt` among them, and those of what the question asks against what the lead says."""
    q, said = ctx.question, answer.answer
    chunk = ctx.passages[best.passage_index].chunk  # the lead's passage
    return framed(ctx, answer, [
        lazily(chart_figure, answer, best), lazily(supplied_unclear, chosen, evidence, verdicts, weights.fallback_margin),
        lazily(joint_figure, slots, best, figures), lazily(figure_for_several, slots, best, figures),
        lazily(bound_not_precise, slots, figures), lazily(part_over_whole, q, answer),
        lazily(other_cell_of_row, q, best.text, best.row, figures),
        lazily(example_member, slots, best, figures), lazily(narrower_kind_unsaid, q, best, figures),
        lazily(sibling_list_led, q, bold_lead(said)), lazily(figure_for_direction, q, slots.units, said),
        ("verifier", verifier_doubt),
        lazily(no_alternative_led, q, said), lazily(one_side_led, q, said, best, figures),
        lazily(neither_side_led, q, said, best, figures), lazily(fewer_items_led, q, said),
        lazily(other_count_led, ctx, best), lazily(second_measure_missing, q, said, best, figures),
        lazily(change_ends_unsaid, q, said, best.text), lazily(caption_other_alternative, q, answer),
        lazily(layout_led, q, said), lazily(figure_for_which, q, said),
        lazily(figure_for_which_year, q, said), lazily(figure_for_parts, q, said),
        lazily(figure_for_two_parts, q, said),
        lazily(sentence_without_rare_term, q, answer, best, checked),
        lazily(unexplained_fallback, slots, best, [v.evidence for v in verdicts]),
        lazily(title_for_explanation, slots, answer, best), lazily(title_lead, slots, answer, best),
        lazily(restated_claim, slots, best.text), lazily(cause_elsewhere_led, slots, said, best, evidence),
        lazily(cause_kind_unsaid, slots, said, best.text, tuple(c.quote for c in answer.citations)),
        lazily(index_number_led, q, said, best.text),
        lazily(heading_lead, q, said), lazily(finer_version, q, best.text), lazily(period_other, q, best.text),
        lazily(half_other, q, said),
        lazily(year_other_led, q, said), lazily(split_year_led, q, said), lazily(part_year_led, q, said),
        lazily(repeated_row_led, ctx, answer),
        lazily(respectively_one_led, q, said), lazily(unit_other, q, said), lazily(per_other_led, q, said),
        lazily(count_for_rate, q, answer), lazily(plan_read, q, answer), lazily(points_for_growth, slots, best.text, figures),
        lazily(undated_for_forecast, slots.years, best.text, figures, chunk.date),
        lazily(quoted_term_unsaid, slots, chunk.text),
        lazily(sibling_led, [e.name for e in slots.entities], best.text),
        lazily(quantity_without_figure, q, answer), lazily(aside_led, q, said), lazily(given_figure_led, slots, figures),
        lazily(echoed_lead, q, said), lazily(share_for_amount, q, figures),
        lazily(share_part_unnamed, q, best.text, figures),
        lazily(closer_trend_rival, slots, evidence, best, figures, weights.trend_rival_gap),
        lazily(verb_object_elsewhere, q, evidence, best),
        lazily(term_unnamed, slots, chunk.text),
        lazily(operand_unaddressed, ctx, answer)])  # a figure computed from a table's row line, its cells addressed

"""A plan against its outturn: a row whose columns of one period are a plan (budget, target, forecast, guidance) and
an actual (outturn) figure. A variance, overspend, shortfall or '% of budget spent' is the actual against the plan of
the same period; a year's figure, asked with no plan named, is the actual one."""

from __future__ import annotations

import re

from ingest.tables import Cell

from ..types import Answer, AnswerContext, lead_of
from .cells import RowHit, year_of
from .plan_columns import PLAN, kind
from .derivation import calculate, computed_answer, operand
from .period_cells import located
from .shape_text import citation_n
from .slots import Slots

# the question's words for a figure short of its plan (the plan less the actual: 'underspend of 348')
_SHORT = re.compile(r"\b(?:under[- ]?spen[dt]\w*|under\b|below|short\w*|less than|saving\w*|missed?)\b", re.I)
# the question's words for the actual measured against the plan
_AGAINST = re.compile(r"\b(?:exceed\w*|over[- ]?spen[dt]\w*|under[- ]?spen[dt]\w*|over|under|above|below|beat|miss\w*|"
                      r"short\w*|variance|differen\w*|ahead|behind|compared)\b", re.I)
# an overspend or underspend names its budget
_SPEND = re.compile(r"\b(?:over|under)[- ]?spen[dt]\w*", re.I)
# a share of the plan used ('what percentage of the budget was spent', 'as a percentage of plan')
_PERCENT = re.compile(r"\b(?:percent(?:age)?|per cent|%)", re.I)
_OF_PLAN_USED = re.compile(r"\b(?:spent|used|achieved|delivered|met|realised|realized|drawn|utili[sz]ed|outturn|actual)\b",
                           re.I)


def plan_operation(question: str, op: str | None) -> str | None:
    """The operation a question naming a plan asks of its actual and plan ('exceed its budget': change; 'the overspend
    as a percentage of budget': percent_change; 'what percentage of the target was used': share); None otherwise."""
    if not (PLAN.search(question) or _SPEND.search(question)) or op not in (None, "change", "percent_change", "share", "ratio"):
        return None
    percent = _PERCENT.search(question) is not None and "percentage point" not in question.lower()
    if _AGAINST.search(question) or op in ("change", "percent_change"):  # 'the overspend as a percentage of budget'
        return "percent_change" if percent or op == "percent_change" else "change"
    return "share" if percent and _OF_PLAN_USED.search(question) else None  # 'what percentage of the budget was spent'


def plan_pair(hit: RowHit, year: int | None) -> tuple[Cell, Cell] | None:
    """The row's (actual, plan) cells of `year` (of the one period giving both when no year is asked): one plan
    column and one actual column, the actual one's header saying so or saying neither; else None."""
    row = [c for c in hit.table.cells if c.row == hit.row and c.value is not None]
    years = {year} if year is not None else {year_of(c.column) for c in row}
    pairs = []
    for y in years:
        cells = [c for c in row if year_of(c.column) == y]
        plans = [c for c in cells if kind(c.column) == "plan"]
        actuals = [c for c in cells if kind(c.column) == "actual"] or [c for c in cells if kind(c.column) is None]
        if len(plans) == 1 and len(actuals) == 1:
            pairs.append((actuals[0], plans[0]))
    return pairs[0] if len(pairs) == 1 else None


def plan_answer(ctx: AnswerContext, slots: Slots, hit: RowHit, op: str | None, backend: str) -> Answer | None:
    """The actual against the plan of the period asked ('by how much did X exceed its budget in 2023/24': actual less
    budget; 'the underspend': budget less actual; 'by what percentage below budget': its share of the budget; 'what
    percentage of the target was used': actual over target); None unless one row gives both of one period."""
    asked = plan_operation(ctx.question, op)
    years = sorted(set(slots.years))
    if asked is None or len(years) > 1:
        return None
    pair = plan_pair(hit, years[0] if years else None)
    if pair is None:
        return None
    actual, plan = pair
    found = located(ctx, hit, [actual, plan])
    if found is None:
        return None
    n = citation_n(ctx, [found], found)
    short = asked == "change" and _SHORT.search(ctx.question) is not None  # (a rate stays against the plan, signed)
    cells = [plan, actual] if short else [actual, plan]
    result = calculate(asked, [operand(c, n) for c in cells])
    return computed_answer(ctx, [found, found], result, backend) if result is not None else None


# a lead whose own row or column is the difference already ('Variance', 'Over/(under) budget')
_DIFFERENCE = re.compile(r"\b(?:variance|differen\w*|over|under|saving\w*|shortfall|excess|%)", re.I)


def plan_read(question: str, answer: Answer) -> str | None:
    """Why a lead is not bolded when the question asks an actual against its plan (a variance, how far it exceeded or
    fell short, a share of plan achieved) and the lead is one cell as it stands, no difference itself: a plan or an
    actual figure (or a total's) is an operand of the figure asked, not it."""
    if answer.abstained or answer.derivation is not None or plan_operation(question, None) is None:
        return None
    head = answer.answer.split(" — ")[0]
    lead = lead_of(answer.figure, answer.answer)
    if lead is None or not re.search(r"\d", lead) or _DIFFERENCE.search(head.replace(question, "")):
        return None  # words led ('Participants are required to meet ...'), or a variance column read
    return "the question asks the actual against its plan; the lead is one plan or actual figure as it stands"

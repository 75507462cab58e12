"""The items whose actual figure came out below (above) their plan ('How many revenue items came in below plan?'):
each item row's actual column against its plan column (plan_columns), of the year asked when several are planned."""

from __future__ import annotations

import re

from ingest.tables import Table

from ..types import Answer, AnswerContext
from .item_rows import item_rows
from .measure_meeting import WHICH_ITEMS, pairs_answer
from .passage_tables import one_table
from .plan_columns import kind
from .row_sets import HOW_MANY_ROWS

# the plan named as the side the actual figure fell on: 'below plan', 'less than planned', 'over budget',
# 'exceeded their targets' (a figure after it, 'below a plan of 40', is a bound, no plan column)
_SIDE = re.compile(r"\b(?:(?P<down>below|under|short of|less than|lower than|fewer than|missed)|"
                   r"(?P<up>above|over|more than|higher than|ahead of|exceed(?:ed|ing)?|beat|outperformed))\s+"
                   r"(?:the\s+|its\s+|their\s+)?(?:(?:budget|plan|target)ed\s+|planned\s+)?"
                   r"(?P<plan>plan(?:ned)?|budget(?:ed)?|targets?|guidance|forecasts?)\b(?!\s*(?:of\s+)?[$€£\d])", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d{2}(?:[/-]\d{2})?\b")


def _pair(table: Table, question: str) -> tuple[str, str] | None:
    """The (actual, plan) columns: the one of each kind, or of each kind in the year the question names."""
    years = _YEAR.findall(question)
    cols = [c for c in table.columns if not years or any(y in c for y in years)]
    actual = [c for c in cols if kind(c) == "actual"]
    plan = [c for c in cols if kind(c) == "plan"]
    return (actual[0], plan[0]) if len(actual) == 1 and len(plan) == 1 else None


def plan_meeting(ctx: AnswerContext, question: str, tables: list[tuple[int, Table]], backend: str) -> Answer | None:
    """The count ('how many') or names ('which') of the item rows whose actual figure is below (above) their plan,
    both figures shown; None unless one table holds one actual and one plan column for every item."""
    counted = bool(HOW_MANY_ROWS.match(question))
    m = _SIDE.search(question)
    if m is None or not (counted or WHICH_ITEMS.match(question)):
        return None
    reads = []
    for passage, table in tables:
        if (pair := _pair(table, question)) is None:
            continue
        index = {(c.row, c.column): c for c in table.cells if c.value is not None}
        rows = item_rows(table, question)
        pairs = [(index.get((r, pair[0])), index.get((r, pair[1]))) for r in rows]
        if len(pairs) < 2 or any(a is None or p is None for a, p in pairs):
            continue
        reads.append((passage, table, pairs))
    read = one_table(reads)
    if read is None:
        return None
    return pairs_answer(ctx, read, m.group("down") is None, counted, backend, " planned")

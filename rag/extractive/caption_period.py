"""A table's period stated where the table is introduced, not in its cells: 'The following table summarizes our
portfolio as of December 31, 2019:', 'Segment information for the year ended December 31, 2019 was as follows'.
A row naming no period (no year in its label or its column headers) gives figures of the period that sentence
states first; a later one is a comparative the table labels itself ('with comparative totals as at 30 June 2023'
over a row 'Total programmes at 30 June 2023')."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..types import AnswerContext
from .passage_tables import table_intro

if TYPE_CHECKING:
    from .features import Evidence

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# a period marker and the date or year it opens: 'as of December 31, 2019', 'as at 30 June 2024', 'for the year
# ended 31 March 2025', 'at the end of 2019', 'for fiscal 2024', 'in 2023'
_STATED = re.compile(
    r"\b(?:as\s+(?:of|at)|at(?:\s+the\s+end\s+of)?|(?:years?|periods?|quarters?|months?|weeks?)\s+ended|"
    r"for(?:\s+the)?(?:\s+(?:fiscal|financial))?(?:\s+years?)?|in(?:\s+(?:fiscal|financial))?|during)\s+"
    rf"(?:(?:{_MONTH}\s+\d{{1,2}},?|\d{{1,2}}\s+{_MONTH}|{_MONTH})\s+)?((?:19|20)\d{{2}})(?![\d/–-])", re.I)


def stated_period(sentence: str) -> int | None:
    """The year of the first period `sentence` states ('as at 30 June 2024, with comparative totals as at 30 June
    2023' -> 2024); None when it states none (a year in a name, 'JORC Code 2012', is no period)."""
    m = _STATED.search(sentence or "")
    return int(m.group(1)) if m else None


def caption_year(ctx: AnswerContext, e: Evidence) -> int | None:
    """The period dating table row `e` by its table's introducing sentence: only for a row whose own text (label
    and column headers) names no year; None otherwise, or when nothing introduces the table with a period."""
    if not e.row or e.years:
        return None
    return stated_period(table_intro(ctx, e.passage_index) or "")

"""The parts of a ratio a table states as a row ('Net debt to EBITDA', 'Loan-to-value ratio'): the
question asking what the ratio is calculated from is answered by the two rows its label names, each
side named by its words, by a row's bracketed name ('Total (loan)') or by its initials ('EBITDA' for
'Earnings before interest, tax, depreciation and amortisation')."""

from __future__ import annotations

import re

from ingest.tables import SEP

from ..types import Answer, AnswerContext
from .cells import RowHit, acronym, words
from .shape_text import shaped_answer

_TO = re.compile(r"\s+to\s+|(?<=\w)-to-(?=\w)", re.I)
_RATIO = re.compile(r"\s+ratio\s*$", re.I)


def _names(row: str, side: str) -> bool:
    """Whether the row's label is the side of a ratio: the same words, its bracketed name ('Total
    (loan)' for 'loan'), or the side is its initials."""
    label = row.split(SEP)[-1]
    said = words(side)
    bracketed = [set(words(b)) for b in re.findall(r"\(([^)]*)\)", label)]
    return set(words(label)) == set(said) or set(said) in bracketed or (len(said) == 1 and acronym(label) == said[0])


def ratio_parts_answer(ctx: AnswerContext, question: str, tables, backend: str) -> Answer | None:
    """The two rows a ratio row's label names ('Net debt' and 'Earnings before ...' for 'Net debt to
    EBITDA'), in table order, when the question names that ratio row; None otherwise."""
    asked = set(words(question))
    for passage, table in tables:
        for row in table.rows:
            label = row.split(SEP)[-1]
            sides = _TO.split(_RATIO.sub("", re.sub(r"\s*\([^)]*\)", " ", label).strip()))
            if len(sides) != 2 or not set(words(label)) <= asked:
                continue
            parts = [next((r for r in table.rows if r != row and _names(r, side)), None) for side in sides]
            if None in parts or parts[0] == parts[1]:
                continue
            ordered = [r for r in table.rows if r in parts]
            labels = [r.split(SEP)[-1] for r in ordered]
            lead = " and ".join(labels)
            text = f"**{lead}**. {label} divides: " + "; ".join(labels) + " [1]"
            return shaped_answer(ctx, [RowHit(passage, table, row, 0.0)], text, lead, "list", backend)
    return None

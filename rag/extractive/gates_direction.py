"""A table row whose label names the opposite direction of the question's ('Amounts owed by X' for
'owed to X', 'receivable' for 'payable', 'expense' for 'income') is another row, not the one asked.
gates.py lists the gate with the others."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .kept_patterns import compiled
from .rows import is_row

if TYPE_CHECKING:
    from .gates import Decision

# pairs of words naming the two directions of one kind of amount
OPPOSITES: tuple[tuple[str, str], ...] = (
    (r"owed to", r"owed by"), (r"payables?", r"receivables?"), (r"inflows?", r"outflows?"),
    (r"income", r"expenses?"), (r"gains?", r"loss(?:es)?"), (r"assets?", r"liabilit(?:y|ies)"),
)


def _says(pattern: str, text: str) -> bool:
    return compiled(rf"\b{pattern}\b", re.I).search(text) is not None


def opposite_word(question: str, label: str) -> str | None:
    """The direction word `label` says opposite to one `question` says, when the label lacks the
    question's own word and the question lacks the opposite one; else None."""
    for a, b in OPPOSITES:
        for asked, other in ((a, b), (b, a)):
            if _says(asked, question) and not _says(other, question) and _says(other, label) \
                    and not _says(asked, label):
                return re.search(rf"\b{other}\b", label, re.I).group()
    return None


def row_label(text: str) -> str:
    """A row passage's own label: the last part of its path before its cells ('Debts › Amounts owed by X'), or
    its first cell when it has no path ('Company: X; Net income: 5' -> 'Company: X'), never its other cells."""
    label, dash, _ = text.partition(" — ")
    return (label if dash else text.partition("; ")[0]).split(" › ")[-1]


def direction_other(d: Decision) -> str | None:
    """The lead table row's label names the opposite direction of the amount asked."""
    if not (d.best.row or is_row(d.best.text)):
        return None
    word = opposite_word(d.slots.text, row_label(d.best.text))
    return f"the row found is for {word}, the opposite of what the question asks" if word else None

"""A row of expenses or costs whose figures asked are all written negative ('(21,387)') writes the deduction's sign,
not a negative expense: the amounts asked of it (a change, an average, a total) are computed on their sizes. A
provision's utilization (usage) is its use, deducted in the roll-forward as an expense is."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import compute

# the row's own label names an expense or cost, not a net figure, a gain or loss, income, or cash used
_EXPENSE = re.compile(r"\b(?:expenses?|costs?|utili[sz]ations?|usage)\b", re.I)
_SIGNED = re.compile(r"\b(?:net|income|gains?|loss(?:es)?|profit|cash|benefits?|tax(?:es)?|deferred|liabilit(?:y|ies))\b", re.I)


def names_expense(label: str) -> bool:
    """The row label (its last part) names an expense or cost and nothing whose sign is its own."""
    return bool(_EXPENSE.search(label)) and not _SIGNED.search(label)


def as_amounts(label: str, operands: list[compute.Operand]) -> list[compute.Operand]:
    """The operands as their sizes when the row names an expense and every figure is in parentheses; else as given."""
    if len(operands) < 2 or not names_expense(label) or not all(o.value < 0 for o in operands):
        return operands
    return [replace(o, value=-o.value) for o in operands]

"""A row of expenses or costs whose figures asked are all written negative ('(21,387)') writes the deduction's sign, not
a negative expense: the amounts asked of it (a change, an average, a total) are computed on their sizes; so is a row
whose label says it deducts what it names ("Less: loss allowance"). A provision's utilization (usage) is its use,
deducted in the roll-forward as an expense is. So are amounts the question itself calls paid, spent or incurred, and
an outflow or liability whose size the question asks grew. A difference of two rows' amounts takes an expense row's
figure in parentheses at its size (net sales 5,968 less cost of goods sold (3,189) is 2,779)."""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.tables import SEP

from .. import compute

# the row's own label names an expense or cost, not a net figure, a gain or loss, income, or cash used
_EXPENSE = re.compile(r"\b(?:expenses?|costs?|utili[sz]ations?|usage)\b", re.I)
_SIGNED = re.compile(r"\b(?:net|income|gains?|loss(?:es)?|profit|cash|benefits?|tax(?:es)?|deferred|liabilit(?:y|ies))\b", re.I)
# the question calls the amounts outflows it paid: their sizes ('the total of X and Y paid in 2024')
_PAID = re.compile(r"\b(?:paid|spent|incurred|outlays?)\b", re.I)
# the question asks a rise and no fall ('by how much did X increase'; not 'the increase / (decrease) in X')
_RISE = re.compile(r"\b(?:increase[sd]?|grow|grew|grown|rise|rose|risen)\b", re.I)
_FALL = re.compile(r"\b(?:decrease[sd]?|decline[sd]?|fall|fell|fallen|drop(?:ped)?|reduc\w*|lower|change[sd]?)\b", re.I)


def names_expense(label: str) -> bool:
    """The row label (its last part) names an expense or cost and nothing whose sign is its own."""
    return bool(_EXPENSE.search(label)) and not _SIGNED.search(label)


def _sizes(operands: list[compute.Operand]) -> list[compute.Operand]:
    return [replace(o, value=-o.value) for o in operands]


# a label opening with its sign ('Less: loss allowance', 'Deduct - impairment'): the row deducts the amount it names
# (and a heading naming its rows deductions, 'Deductions from gross revenue': each row deducts what it names)
_DEDUCTED = re.compile(r"^\s*(?:less|deduct)\b(?!\s+than\b)|^\s*deductions\b", re.I)


def as_amounts(label: str, operands: list[compute.Operand]) -> list[compute.Operand]:
    """The operands as their sizes when the row names an expense, or says it deducts what it names ('Less: loss
    allowance'), and every figure is in parentheses; else as given."""
    if len(operands) < 2 or not (names_expense(label) or _DEDUCTED.match(label)) or not all(o.value < 0 for o in operands):
        return operands
    return _sizes(operands)


def deducted_amount(label: str) -> bool:
    """The row (its last part) names an expense or cost, or says it deducts what it names ('Less: loss allowance')."""
    leaf = label.split(SEP)[-1]
    return names_expense(leaf) or bool(_DEDUCTED.match(leaf))


def differed_as_amounts(question: str, op: str, operands: list[compute.Operand]) -> list[compute.Operand]:
    """A difference of two rows' amounts ('net sales less cost of goods sold', 'how much more SG&A than R&D') takes
    a figure in parentheses in an expense or cost row (or one the question calls paid / incurred) at its size: the
    parentheses write the deduction's sign, so 5,968 and (3,189) differ by 2,779, not 9,157."""
    # two items, not one item's periods written as row groups ('December 31, 2019 › Total', 'December 31, 2018 › Total')
    if op != "change" or len(operands) != 2 or not all(o.row for o in operands) \
            or operands[0].row.split(SEP)[-1] == operands[1].row.split(SEP)[-1]:
        return operands
    return [replace(o, value=-o.value) if o.value < 0 and (deducted_amount(o.row) or _PAID.search(question)) else o
            for o in operands]


def as_asked(question: str, op: str, operands: list[compute.Operand]) -> list[compute.Operand]:
    """Figures all in parentheses taken as the sizes the question asks of them: a total or average of amounts it
    calls paid / spent / incurred, and the rise asked of an amount whose size grew ((4,318) after (4,102) rose by
    216; its signed change -216 contradicts the rise asked). A change's operands come later first. Two rows'
    difference of amounts: `differed_as_amounts`."""
    operands = differed_as_amounts(question, op, operands)
    if len(operands) < 2 or not all(o.value < 0 for o in operands):
        return operands
    if op in ("sum", "average") and _PAID.search(question):
        return _sizes(operands)
    if op == "change" and len(operands) == 2 and _RISE.search(question) and not _FALL.search(question) \
            and operands[0].value < operands[1].value:
        return _sizes(operands)
    return operands

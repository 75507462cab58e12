"""'The amount of X' asks a quantity of whatever X is measured in (a rate, a count, years): money only
when another word of the question says so. A table row the question names that gives a figure for the
year asked answers it, whatever its unit."""

from __future__ import annotations

from .slots import Slots
from .unit_cues import money_words


def amount_only(question: str) -> bool:
    """'amount' is the question's only money word ('the amount of affordable housing credit in 2019')."""
    found = money_words(question)
    return bool(found) and all(w == "amount" for w in found)


def row_amount(slots: Slots, row: bool, dated: bool) -> bool:
    """A money figure asked only by 'amount', and the best candidate is a table row (`row`) with a figure
    of any unit dated the year asked (`dated`): the row's figure is the amount."""
    return slots.unit == "money" and row and dated and amount_only(slots.text)

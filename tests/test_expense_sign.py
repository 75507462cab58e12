"""A row of expenses written all in parentheses is computed on its sizes (rag/extractive/expense_sign.py); no model."""

from rag import compute
from rag.extractive.derivation import calculate
from rag.extractive.expense_sign import as_amounts, names_expense


def _ops(*figures: str) -> list[compute.Operand]:
    return [compute.Operand.of(f) for f in figures]


def test_an_expense_row_in_parentheses_is_its_sizes():
    ops = as_amounts("Voyage expenses", _ops("(21,387)", "(28,237)"))
    assert [o.value for o in ops] == [21387, 28237]
    assert calculate("change", ops).exact == -6850
    assert calculate("average", as_amounts("Less Voyage expenses", _ops("(141,770)", "(165,012)"))).exact == 153391


def test_signed_rows_and_mixed_signs_keep_their_signs():
    for label in ("Net cash used in financing activities", "Realized losses", "Non-current deferred tax liabilities",
                  "Excess tax benefits", "Revenues"):
        assert not names_expense(label)
        assert [o.value for o in as_amounts(label, _ops("(5)", "(3)"))] == [-5, -3]
    assert [o.value for o in as_amounts("Operating costs", _ops("(5)", "3"))] == [-5, 3]  # a credit in one year
    assert [o.value for o in as_amounts("Operating costs", _ops("(5)"))] == [-5]  # one figure: nothing computed


def test_a_provisions_utilization_in_parentheses_is_its_sizes():
    assert calculate("sum", as_amounts("Utilization", _ops("(529,861)", "(487,905)"))).exact == 1017766

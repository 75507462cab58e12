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


def test_amounts_the_question_calls_paid_are_summed_as_sizes():
    from rag.extractive.expense_sign import as_asked
    q = "What was the total of maintenance capital expenditure and incentives and leasing costs paid in 2024?"
    assert calculate("sum", as_asked(q, "sum", _ops("(8.9)", "(11.4)"))).exact == compute.Operand.of("20.3").value
    assert [o.value for o in as_asked("What was the total of X and Y in 2024?", "sum", _ops("(8.9)", "(11.4)"))] \
        == [compute.Operand.of("-8.9").value, compute.Operand.of("-11.4").value]  # nothing says paid: signed


def test_a_rise_asked_of_a_growing_outflow_is_the_growth_of_its_size():
    from rag.extractive.expense_sign import as_asked
    q = "By how much did Cash CAPEX increase from 2020 to 2021?"
    assert calculate("change", as_asked(q, "change", _ops("(4,318)", "(4,102)"))).exact == 216
    # the size shrank: a rise asked is the signed change; a plain or two-way change keeps the signs
    assert calculate("change", as_asked(q, "change", _ops("(4,102)", "(4,318)"))).exact == 216
    for other in ("What was the change in X from 2020 to 2021?", "What was the increase / (decrease) in X?"):
        assert calculate("change", as_asked(other, "change", _ops("(1,950)", "(1,726)"))).exact == -224


def test_a_row_deducting_what_it_names_is_its_sizes():
    assert calculate("average", as_amounts("Less: loss allowance", _ops("(9.7)", "(8.3)"))).exact == 9
    assert [o.value for o in as_amounts("Deduct - impairment losses", _ops("(5)", "(3)"))] == [5, 3]
    assert [o.value for o in as_amounts("Less than one year", _ops("(5)", "(3)"))] == [-5, -3]  # a maturity, no sign


def _cell_op(figure: str, row: str) -> compute.Operand:
    from dataclasses import replace
    return replace(compute.Operand.of(figure), row=row, column="Fiscal 2025")


def test_a_difference_of_two_rows_takes_a_bracketed_expense_at_its_size():
    from rag.extractive.expense_sign import as_asked
    q = "What was the difference between net sales and cost of goods sold in fiscal 2025?"
    got = calculate("change", as_asked(q, "change", [_cell_op("5,968", "Net sales"), _cell_op("(3,189)", "Cost of goods sold")]))
    assert got.exact == 2779  # not 5,968 - (3,189) = 9,157
    both = as_asked("How much more was spent on SG&A than on R&D?", "change",
                    [_cell_op("(1,318)", "Selling › Selling expenses"), _cell_op("(540)", "Research and development costs")])
    assert calculate("change", both).exact == 778
    incurred = as_asked("What was the difference between premiums written and claims incurred?", "change",
                        [_cell_op("7,960", "Premiums written"), _cell_op("(5,214)", "Claims incurred")])
    assert calculate("change", incurred).exact == 2746  # the question calls the amount incurred


def test_signed_rows_and_one_rows_periods_keep_their_signs_in_a_difference():
    from rag.extractive.expense_sign import as_asked
    q = "What was the difference between revenue and the net loss in 2025?"
    signed = as_asked(q, "change", [_cell_op("5,968", "Revenue"), _cell_op("(120)", "Net loss")])
    assert calculate("change", signed).exact == 6088  # a loss's parentheses are its own sign
    same_row = as_asked("What was the change in cost of sales?", "change",
                        [_cell_op("(3,189)", "Cost of sales"), _cell_op("(2,947)", "Cost of sales")])
    assert calculate("change", same_row).exact == -242  # one row's periods: `as_amounts` decides, not this rule
    prose = as_asked("What was the difference between net sales and cost of goods sold?", "change",
                     _ops("5,968", "(3,189)"))
    assert calculate("change", prose).exact == 9157  # figures of prose carry no row: nothing said of an expense

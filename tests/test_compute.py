"""Computed answers (rag/compute.py, rag/extractive/computed*.py): each operation and each rule addressing its
operands in a table, on the smallest input; exact decimal arithmetic
rounded as the report writes its figures, sign and scale kept, and a wrong derivation caught."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ingest.tables import Cell, read_block
from rag.compute import (ComputeError, Operand, average, cagr, change, multiple, operands_of, percent_change,
                         ratio, recompute, share, total)

SALES = read_block(["\tYears Ended September 30,\t\t", "\t2019\t2018\t2017",
                    "Total sales\t$1,496.5\t$1,202.9\t$1,107.7", "Other\t(3.0)\t44.1\t56.7"],
                   caption="(in millions)")[0].table


def cell(row, col):
    return Operand.from_cell(SALES.cell(row, col), citation=1)


def test_percent_change_from_two_cells_with_its_derivation():
    got = percent_change(cell("Total sales", "2019"), cell("Total sales", "2018"))
    assert got.text == "24.4%" and got.result == Decimal("24.4")
    assert got.derivation == "(1,496.5 - 1,202.9) / 1,202.9 = 24.4%"
    # each operand carries its cell's row label, column header path, unit and scale as typed fields
    assert got.as_dict()["operands"] == [{"value": "1,496.5", "label": "2019", "citation": 1, "row": "Total sales",
                                          "column": "Years Ended September 30 › 2019", "unit": "USD", "scale": "million"},
                                         {"value": "1,202.9", "label": "2018", "citation": 1, "row": "Total sales",
                                          "column": "Years Ended September 30 › 2018", "unit": "USD", "scale": "million"}]


def test_change_keeps_sign_unit_and_scale():
    got = change(cell("Other", "2018"), cell("Other", "2017"))
    assert (got.text, got.unit, got.scale) == ("-12.6", "USD", "million")
    assert got.derivation == "44.1 - 56.7 = -12.6"


def test_negative_cell_in_parentheses_is_negative():
    got = change(cell("Other", "2019"), cell("Other", "2018"))
    assert got.derivation == "(-3.0) - 44.1 = -47.1"


def test_arithmetic_is_exact_decimal():
    got = total([Operand.of("0.1"), Operand.of("0.2")])
    assert got.text == "0.3" and got.exact == Decimal("0.3")


def test_average_rounds_like_the_operands():
    got = average([cell("Total sales", y) for y in ("2019", "2018", "2017")])
    assert got.text == "1,269.0" and got.derivation == "(1,496.5 + 1,202.9 + 1,107.7) / 3 = 1,269.0"


def test_sum_of_whole_numbers_stays_whole():
    assert total([Operand.of("1,180"), Operand.of("1,655")]).text == "2,835"


def test_ratio_share_and_multiple():
    assert ratio(Operand.of("1,496.5"), Operand.of("1,202.9")).text == "1.24"
    assert share(Operand.of("112.5"), Operand.of("1,496.5")).derivation == "112.5 / 1,496.5 = 7.5%"
    assert multiple(Operand.of("63.4"), Operand.of("47.9")).text == "1.32x"


def test_cagr_over_years():
    got = cagr(Operand.of("121.0"), Operand.of("100.0"), years=2)
    assert got.text == "10.0%" and got.derivation == "(121.0 / 100.0)^(1/2) - 1 = 10.0%"


def test_zero_base_and_empty_cell_are_clear_errors():
    with pytest.raises(ComputeError, match="zero|0"):
        percent_change(Operand.of("5"), Operand.of("0"))
    with pytest.raises(ComputeError, match="no figure"):
        Operand.from_cell(Cell("Other", "2016", "—", None))
    with pytest.raises(ComputeError):
        average([Operand.of("5")])


def test_recompute_accepts_the_right_derivation_and_flags_wrong_ones():
    assert recompute("percent_change", ["1,496.5", "1,202.9"], "24.4%")
    assert recompute("percent_change", ["1,496.5", "1,202.9"], "24.41%")  # more decimals, still right
    assert recompute("change", ["44.1", "56.7"], "-12.6")
    assert recompute("average", ["1,496.5", "1,202.9", "1,107.7"], "1,269.03")
    assert not recompute("change", ["44.1", "56.7"], "12.6")            # sign lost
    assert not recompute("percent_change", ["1,496.5", "1,107.7"], "24.4%")  # wrong operand
    assert not recompute("sum", ["1,180", "1,655"], "2,845")              # wrong arithmetic
    assert not recompute("percent_change", ["5", "0"], "10%") and not recompute("median", ["1", "2"], "1.5")


def test_operands_of_a_row_by_period():
    new, old = operands_of(SALES, "Total sales", ["2019", "2018"], citation=2)
    assert change(new, old).derivation == "1,496.5 - 1,202.9 = 293.6" and new.citation == 2
    with pytest.raises(ComputeError, match="no cell"):
        operands_of(SALES, "Total sales", ["2016"])


# -- computed answers addressed in tables (rag/extractive/computed.py) ---------------------------------
def _ask(question, grid, caption=None):
    from ingest.tables import read_grid, tables_to_json
    from ingest.types import Chunk
    from rag.assistant import check_citations
    from rag.extractive.shapes import answer_by_cells
    from rag.extractive.slots import parse
    from rag.types import AnswerContext, Passage

    read = read_grid(grid, caption)
    text = "\n".join([read.header_line] + read.lines)
    chunk = Chunk("c1", "d1", text, "Report", "Pub", "2020", "r.html", 1, 1, None, 0, len(text),
                  tables_json=tables_to_json([read.table]))
    answer = answer_by_cells(AnswerContext(question, [Passage(chunk, 1.0)]), parse(question), "extractive")
    return check_citations(answer) if answer is not None else None


def _lead(answer):
    assert answer is not None and answer.shape == "computed", answer
    assert not answer.unsupported_figures, answer.unsupported_figures  # the figure checker accepts it
    return answer.figure


def test_a_change_column_naming_the_year_is_not_that_years_figure():
    grid = [["", "2019", "% Change 2018 to 2019", "2018"], ["Services", "$59,545", "(8)%", "$64,476"]]
    assert _lead(_ask("What was the change in services between 2018 and 2019?", grid)) == "-4,931"


def test_same_label_under_two_parents_takes_the_one_with_fewest_unasked_words():
    grid = [["", "2019", "2018"], ["Current", "", ""], ["Other receivables", "4,223", "4,082"],
            ["Non-current", "", ""], ["Other receivables", "118", "601"]]
    assert _lead(_ask("What is the change in Other receivables from 2018 to 2019?", grid)) == "141"


def test_a_label_with_words_the_question_does_not_ask_loses_the_tie():
    grid = [["", "2019", "2018", "2017"], ["Free cash flow (pre-spectrum)", "5,443", "5,417", "4,056"],
            ["Free cash flow", "4,411", "4,044", "3,316"]]
    assert _lead(_ask("What is the 2019 average free cash flow?", grid)) == "4,227.5"


def test_a_label_said_verbatim_wins_a_tie_of_words():
    grid = [["", "2019", "2018"], ["Amounts owed to members", "(0.1)", "(0.2)"], ["Amounts owed by members", "0.3", "0.5"]]
    assert _lead(_ask("What is the change in the amounts owed by members from 2018 to 2019?", grid)) == "-0.2"


def test_a_label_word_that_is_an_operation_word_still_names_the_row():
    grid = [["", "2019", "2018"], ["Discount rate", "2.0%", "2.6%"], ["Expected rate of salary increase", "2.5%", "2.4%"]]
    assert _lead(_ask("What is the change in expected rate of salary increase between 2018 and 2019?", grid)) == "0.1%"


def test_change_in_a_percentage_is_in_points():
    grid = [["", "2019", "2018"], ["Risk-free interest rate", "2.0%", "1.2%"]]
    assert _lead(_ask("What was the absolute percentage change in risk-free interest rate between 2018 and 2019?",
                      grid)) == "0.8%"


def test_periods_named_by_the_column_headers_the_question_repeats():
    grid = [["", "2017/2018", "2018/2019"], ["EBIT", "713", "828"]]
    assert _lead(_ask("What was the change in EBIT in 2018/2019 from 2017/2018?", grid)) == "115"
    grid = [["", "Total", "2020", "2021-2022"], ["Operating leases", "19,437", "4,143", "7,111"]]
    assert _lead(_ask("What was the increase in operating leases from 2020 to 2021-2022?", grid)) == "2,968"


def test_difference_between_two_rows_is_the_larger_less_the_smaller():
    grid = [["", "Useful life (years)", "Fair value"], ["Purchased technology", "4.2", "$232"],
            ["Trademarks and tradenames", "5.0", "$25"]]
    a = _ask("What was the difference in the fair value between purchased technology and trademarks and tradenames?",
             grid)
    assert _lead(a) == "207" and a.derivation["operands"][0]["value"] == "232"


def test_difference_between_two_columns_of_one_row():
    grid = [["", "Domestic", "", "International", ""], ["", "2019", "2018", "2019", "2018"],
            ["Discount rate", "4.00%", "3.75%", "1.90%", "2.80%"]]
    assert _lead(_ask("What is the difference between the domestic and international discount rates in 2019?",
                      grid)) == "2.1%"


def test_share_of_one_column_in_the_total_column_of_a_row():
    grid = [["", "Total", "Less Than 1 Year", "More Than 5 Years"], ["Operating leases", "$98,389", "$37,427", "$11,825"]]
    assert _lead(_ask("What is the percentage of the operating leases of more than 5 years in the total operating leases?",
                      grid)) == "12.02%"


def test_sum_of_two_rows_and_total_in_both_years():
    grid = [["", "2019", "2018"], ["Accrued expenses", "$6", "$6"], ["Other long-term liabilities", "$29", "$25"],
            ["Total cost of revenue", "48,881", "51,896"]]
    assert _lead(_ask("What was the sum of accrued expenses and other long-term liabilities in 2019?", grid)) == "35"
    assert _lead(_ask("What is the total cost of revenue in both 2019 and 2018?", grid)) == "100,777"


def test_a_total_over_years_prefers_the_row_that_is_not_a_total():
    grid = [["", "2019", "2018"], ["Audit fees", "$58,000", "$55,000"], ["Total fees", "$86,000", "$66,000"]]
    assert _lead(_ask("What is the total amount of audit fees in 2018 and 2019?", grid)) == "113,000"


def test_a_change_with_no_period_is_between_the_two_years_the_table_gives():
    grid = [["", "2019", "2018", "Change (%)"], ["Closing cash", "183.2", "121.6", "50.7"]]
    assert _lead(_ask("What was the change in closing cash?", grid)) == "61.6"
    grid = [["", "2019", "2018", "2017"], ["Closing cash", "183.2", "121.6", "99.0"]]
    assert _ask("What was the change in closing cash?", grid) is None  # three years: which change?


def test_count_of_the_rows_under_the_heading_named_without_its_total():
    grid = [["", "2019", "2018"], ["Finite-lived intangible assets", "", ""], ["Customer relationships", "3.4", "2.7"],
            ["Underlying rights and other", "1.9", "2.1"], ["Total", "5.3", "4.8"],
            ["Indefinite-lived intangible assets", "", ""], ["Certifications", "0.8", "0.8"]]
    a = _ask("How many types of finite-lived intangible assets are there?", grid)
    assert _lead(a) == "2" and a.derivation["op"] == "count"


def test_count_of_years_meeting_a_condition_asked_mid_question():
    grid = [["", "2019", "2018", "2017"], ["Research and development", "4,804", "6,137", "7,949"]]
    a = _ask("From 2017 to 2019, how many of the years was the research and development more than 5 million?",
             grid, caption="(in thousands)")
    assert _lead(a) == "2"


def test_periods_as_row_groups_a_row_per_year_and_the_column_named():
    grid = [["", "Accounts Receivable, Gross", "Allowance for Losses", "Accounts Receivable, Net"],
            ["December 31, 2019", "", "", ""], ["Total", "$19,731", "$(238)", "$19,493"],
            ["December 31, 2018", "", "", ""], ["Total", "$15,568", "$(168)", "$15,400"]]
    a = _ask("What was the change in the total gross accounts receivable between 2018 and 2019?", grid)
    assert _lead(a) == "4,163"


def test_a_question_about_the_cause_of_a_change_computes_nothing():
    from rag.extractive.operations import operation
    assert operation("What is the increase in prepared chicken inventory due to?") is None
    assert operation("What was the reason for the decrease in revenue from 2018 to 2019?") is None
    assert operation("What was the change in revenue from 2018 to 2019?") == "change"


def test_the_reports_own_rounded_change_leads_and_the_computed_one_follows():
    # a change the table states itself leads as the report writes it; the derivation still shows
    grid = [["", "2019", "2018", "Change"], ["Modules", "1,460,116", "502,001", "191%"]]
    a = _ask("What was the percentage increase in modules sales from 2018 to 2019?", grid)
    assert _lead(a) == "191%" and a.answer.startswith("**191%** (Change) [1]") and "= 190.86%" in a.answer
    assert a.derivation["op"] == "percent_change"


def test_a_change_the_table_does_not_state_leads_as_computed():
    grid = [["", "2019", "2018", "Change"], ["Modules", "1,460,116", "502,001", "150%"]]
    a = _ask("What was the percentage increase in modules sales from 2018 to 2019?", grid)
    assert _lead(a) == "190.86%"


def test_a_short_label_written_as_the_table_writes_it_names_its_row():
    grid = [["", "2019", "2018"], ["UK", "83.2", "73.5"], ["USA", "40.1", "38.0"],
            ["Total revenue from external customers by country", "123.3", "111.5"]]
    assert _lead(_ask("What was the change in revenue from external customers from UK in 2019 from 2018?",
                      grid)) == "9.7"


def test_a_sign_word_before_a_label_is_no_part_of_its_name():
    grid = [["", "2019", "2018"], ["Voyage revenue", "300,000", "280,000"], ["Less Voyage expenses", "(165,012)", "(141,770)"]]
    # the row read is the expenses row; its parentheses are the deduction's sign, the average is of its sizes
    assert _lead(_ask("What is the average voyage expenses in 2018 and 2019?", grid)) == "153,391"


def test_the_difference_between_two_years_is_the_later_less_the_earlier():
    grid = [["", "2019", "2018"], ["Granted during the period", "5,691,731", "4,465,617"]]
    assert _lead(_ask("What is the difference in the number of rights granted during the period between 2018 and 2019?",
                      grid)) == "1,226,114"

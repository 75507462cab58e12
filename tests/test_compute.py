"""Computed answers (rag/compute.py): each operation on the smallest input, exact decimal arithmetic
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
    assert got.as_dict()["operands"] == [{"value": "1,496.5", "label": "2019", "citation": 1},
                                         {"value": "1,202.9", "label": "2018", "citation": 1}]


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

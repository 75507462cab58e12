"""Footnote marks on cells and labels (w-marks48): a mark points to a note, it is no part of a figure or a name;
an estimate mark on a period is part of the period; nil marks are no figure."""

from __future__ import annotations

import pytest

from ingest.cell_values import nil_mark, parse_value, unmarked_label, without_footnote_mark
from ingest.clean import normalise_unicode
from ingest.tables import read_block
from rag.extractive.ranked import period_printed


@pytest.mark.parametrize("text, shown, value", [
    ("518*", "518", 518.0), ("6.4†", "6.4", 6.4), ("28.6(2)", "28.6", 28.6), ("0.30(1)", "0.30", 0.3),
    ("(1.2)", "(1.2)", -1.2), ("(1,234)(a)", "(1,234)", -1234.0), ("12**", "12", 12.0)])
def test_a_mark_glued_to_a_figure_is_no_part_of_it(text, shown, value):
    assert without_footnote_mark(text) == shown
    assert parse_value(text) == value


@pytest.mark.parametrize("text", ["n.a.", "n/a", "-", "–", "—", "n.a"])
def test_nil_cells_are_no_figure(text):
    assert nil_mark(text) and parse_value(text) is None


@pytest.mark.parametrize("label, name", [
    ("Asia-Pacific(a)", "Asia-Pacific"), ("Delong Automation*", "Delong Automation"), ("Europe (1)", "Europe"),
    ("Other(2)(4)", "Other"), ("Incentive schemes1", "Incentive schemes"), ("Total†", "Total"),
    ("2024(1)", "2024"), ("2025E", "2025E"), ("Scope 1", "Scope 1"), ("Section 401(k)", "Section 401(k)"), ("(2)", "(2)")])
def test_a_label_names_without_its_marks(label, name):
    assert unmarked_label(label) == name


@pytest.mark.parametrize("text, out", [
    ("Sales 2024¹ (000 units)", "Sales 2024(1) (000 units)"), ("510²", "510(2)"),
    ("¹ Provisional. ² Excludes pedelecs", "(1) Provisional. (2) Excludes pedelecs"),
    ("thousands of m³", "thousands of m3"), ("1,200 km²", "1,200 km2"), ("10⁶ units", "106 units"),
    ("Emissions¹", "Emissions1")])
def test_superscript_footnote_marks_stay_marks_and_powers_stay_powers(text, out):
    assert normalise_unicode(text) == out


def test_a_marked_cell_reads_as_its_figure_and_a_marked_period_keeps_its_estimate_mark():
    table = read_block(["Unit: USD million\t\t\t", "Region\t2023\t2024(1)\t2025E",
                        "Asia-Pacific(a)\t452\t518*\t602", "Europe\t1,186\t1,371\t1,590"])[0].table
    cell = next(c for c in table.cells if c.row.startswith("Asia") and "2024" in c.column)
    assert (cell.text, cell.value) == ("518", 518.0)
    assert [period_printed(table, y) for y in (2023, 2024, 2025)] == ["2023", "2024", "2025E"]


def test_a_year_ranked_of_fiscal_columns_leads_the_year_unless_a_fiscal_year_is_asked():
    from rag.extractive.ranked import _year_printed
    table = read_block(["Item\tFY2021\tFY2020", "Warranty reserve\t92,833\t77,601"])[0].table
    assert _year_printed(table, 2021, "In which year was the Warranty reserve larger?") == "2021"
    marked = read_block(["Item\t2025\t2026F", "Sales\t10\t12"])[0].table
    assert _year_printed(marked, 2026, "In which year are sales highest?") == "2026F"

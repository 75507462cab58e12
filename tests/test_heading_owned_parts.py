"""The rows a heading owns (session 45, w-tbl45): its parts run up to its subtotal (a 'Subtotal' row closes the
heading's rows, as a 'Total' row does) or up to a result row summing the rows directly above it ('Net operating
revenue' under 'Deductions:'); 'the total <heading>' of a heading with no total row sums its parts, in their sizes
when the heading names deductions. Built tables, no embedding model."""

from __future__ import annotations

from ingest.tables import read_grid
from rag.extractive.row_sets import owned_rows
from rag.extractive.heading_rows import heading_rows
from tests.test_compute import _ask, _lead

_REVENUE = [["", "2024", "2023"], ["Gross revenue from services", "", ""], ["Inpatient", "3,184", "2,846"],
            ["Outpatient", "1,062", "948"], ["Total gross revenue", "4,246", "3,794"],
            ["Deductions from gross revenue", "", ""], ["Taxes on revenue", "(336)", "(299)"],
            ["Disallowances", "(147)", "(126)"], ["Cancellations and discounts", "(31)", "(29)"],
            ["Net operating revenue", "3,732", "3,340"]]


def test_a_result_row_closing_a_heading_is_none_of_its_parts():
    table = read_grid(_REVENUE).table
    rows = owned_rows(table, heading_rows(table, "Deductions from gross revenue"))
    assert [r.split(" › ")[-1] for r in rows] == ["Taxes on revenue", "Disallowances", "Cancellations and discounts"]


def test_the_total_of_a_heading_of_deductions_is_its_parts_sizes_not_a_total_row_it_shares_words_with():
    a = _ask("What were the total deductions from gross revenue in 2024?", _REVENUE)
    assert _lead(a) == "514"  # 336 + 147 + 31, not 'Total gross revenue' 4,246
    assert _ask("What was the total gross revenue in 2024?", _REVENUE).answer.startswith("**4,246**")


def test_a_subtotal_closes_its_headings_rows():
    grid = [["", "2024", "2023"], ["Oncology", "", ""], ["Solid tumours", "3", "2"], ["Blood cancers", "2", "1"],
            ["Subtotal", "5", "3"], ["Immunology", "2", "2"], ["Neuroscience", "1", "1"], ["Total programmes", "8", "6"]]
    assert read_grid(grid).table.rows == ["Oncology › Solid tumours", "Oncology › Blood cancers", "Oncology › Subtotal",
                                          "Immunology", "Neuroscience", "Total programmes"]

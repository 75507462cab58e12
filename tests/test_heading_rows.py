"""The rows a heading owns, on the smallest table: an 'Other X' row of another kind ends them."""

from __future__ import annotations

from ingest.tables import SEP, Table
from rag.extractive.heading_rows import heading_rows, sibling_other


def test_an_other_row_of_another_kind_is_the_headings_sibling():
    assert sibling_other("Other social security costs", "Pension costs")
    assert not sibling_other("Other", "Pension costs")
    assert not sibling_other("Other pension costs (1)", "Pension costs")
    assert not sibling_other("Defined benefit plans", "Pension costs")


def test_a_headings_rows_end_before_an_other_row_of_another_kind():
    head = "Pension costs"
    rows = [f"{head}{SEP}{x}" for x in ("Defined contribution plans", "Defined benefit plans",
                                         "Other social security costs", "Share-based payments")]
    table = Table(None, ["2021"], ["Wages and salaries"] + rows + ["Total employee benefit expenses"])
    assert heading_rows(table, head) == rows[:2]
    other = Table(None, ["2021"], [f"Revenue{SEP}Product", f"Revenue{SEP}Other"])
    assert heading_rows(other, "Revenue") == other.rows


def test_a_heading_joining_two_kinds_owns_an_other_row_of_either():
    assert not sibling_other("Other non-current liabilities (2)", "Liabilities and Stockholders' Equity")

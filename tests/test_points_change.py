"""A change in percentage points between two shares: the points a change is asked in name no row
(net_operation), a bracketed '(%)' header states a unit, not a change (period_cells.CHANGE_COLUMN), and a growth
multiple asks the row's amounts, not its percentages (operations.without_multiple)."""

from __future__ import annotations

from ingest.tables import read_grid
from rag.extractive.period_cells import CHANGE_COLUMN, period_cell
from rag.extractive.row_lookup import row_named

GRID = [["", "Market size (USD million)", "", "Share (%)", ""],
        ["Technology", "2024", "2030E", "2024", "2030E"],
        ["Proton exchange membrane (PEM)", "652.8", "5,236.7", "31.8", "36.4"],
        ["Total", "2,053.2", "14,402.9", "100.0", "100.0"]]


def test_points_name_no_row():
    tables = [(0, read_grid(GRID, "").table)]
    hit = row_named(tables, "By how many percentage points is PEM's share expected to change from 2024 to 2030E?")
    assert hit is not None and hit.row == "Proton exchange membrane (PEM)"


def test_a_share_change_in_points_reads_the_share_columns():
    tables = [(0, read_grid(GRID, "").table)]
    q = "By how many percentage points is PEM's share expected to change from 2024 to 2030E?"
    hit = row_named(tables, q)
    assert [period_cell(hit, y, q).text for y in (2030, 2024)] == ["36.4", "31.8"]


def test_a_growth_multiple_reads_the_amounts():
    tables = [(0, read_grid(GRID, "").table)]
    q = "What is the growth multiple of PEM revenue between 2024 and 2030E?"
    hit = row_named(tables, q)
    assert [period_cell(hit, y, q).text for y in (2030, 2024)] == ["5,236.7", "652.8"]


def test_a_bracketed_percent_is_a_unit_not_a_change():
    assert not CHANGE_COLUMN.search("Share (%) › 2024")
    for header in ("YoY (%)", "% change", "Change (%)", "2024 vs 2023 (%)", "Var. (%)", "CAGR 2024-2030E (%)"):
        assert CHANGE_COLUMN.search(header), header

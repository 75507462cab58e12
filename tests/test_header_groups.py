"""Two header rows: a group ('Market size (USD bn)', 'Share (%)') over period columns; the group the question names
is read before the unit it asks (column_choice.group_named, used by column_for and period_cell)."""

from ingest.tables import read_grid
from rag.extractive.cells import RowHit
from rag.extractive.column_choice import column_for, group_named
from rag.extractive.period_cells import period_cell

GRID = [["Region", "Market size (USD bn)", "", "Share (%)", ""], ["", "2023", "2024", "2023", "2024"],
        ["Europe", "28.7", "33.2", "21.2", "20.8"], ["Asia", "32.6", "38.9", "24.1", "24.4"]]


def test_the_group_named_comes_before_the_unit_asked():
    table = read_grid(GRID).table
    assert column_for(table, 2024, "the growth rate of Europe's market size", "Europe") == "Market size (USD bn) › 2024"
    assert column_for(table, 2024, "the change in Europe's share", "Europe") == "Share (%) › 2024"
    hit = RowHit(0, table, "Europe", 1.0)
    assert period_cell(hit, 2023, "What was the growth rate of Europe's market size from 2023 to 2024?").text == "28.7"
    assert period_cell(hit, 2023, "What was the change in Europe's share from 2023 to 2024?").text == "21.2"


def test_no_group_named_or_a_tie_keeps_every_column():
    cols = ["Market size (USD bn) › 2024", "Share (%) › 2024"]
    assert group_named(cols, 2024, "Europe in 2024", "Europe") == cols
    flat = ["Domestic 2024", "International 2024"]  # no group above the year: nothing to choose here
    assert group_named(flat, 2024, "domestic sales in 2024", None) == flat


def test_a_share_computed_reads_the_amounts_not_the_share_group():
    hit = RowHit(0, read_grid(GRID).table, "Europe", 1.0)
    assert period_cell(hit, 2023, "What share of the market did Europe hold in 2023?").text == "28.7"

"""A heading said in full, its bracketed unit too, names its total row, not a row elsewhere sharing its words."""

from ingest.tables import read_grid
from rag.extractive.cells import best_row
from rag.extractive.row_lookup import row_named

GRID = [["", "2019", "2018"],
        ["Weighted average number of shares (millions)", "", ""],
        ["Basic earnings per share", "1,305.7", "1,300.5"],
        ["Basic earnings per share (cents per share)", "", ""],
        ["Continuing operations", "114.3", "123.4"],
        ["Discontinued operations", "91.9", "9.2"],
        ["", "206.2", "132.6"]]


def test_the_heading_said_with_its_unit_names_its_total():
    table = read_grid(GRID).table
    question = "What is the difference for basic earnings per share (cents per share) between 2018 and 2019?"
    assert row_named([(0, table)], question).row.startswith("Basic earnings per share (cents per share)")
    assert best_row([(0, table)], question).row.startswith("Basic earnings per share (cents per share)")


def test_the_heading_without_its_unit_leaves_the_row_named():
    table = read_grid(GRID).table
    hit = row_named([(0, table)], "What is the basic earnings per share in 2019?")
    assert hit.row.endswith("› Basic earnings per share")

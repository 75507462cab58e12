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


GROUPS = [["", "2020", "2019"],
          ["North:", "", ""],
          ["Water", "9,412", "8,867"],
          ["Power", "6,108", "5,874"],
          ["Total North", "15,520", "14,741"],
          ["South:", "", ""],
          ["Water", "4,882", "4,716"],
          ["Gas", "3,761", "3,539"],
          ["Total South", "8,643", "8,255"],
          ["Total asset base", "24,163", "22,996"]]


def test_a_question_naming_one_row_group_asks_a_row_of_that_group():
    table = read_grid(GROUPS).table
    question = "What was the change in total asset base for South between 2019 and 2020?"
    assert row_named([(0, table)], question).row.endswith("Total South")
    assert best_row([(0, table)], question).row.endswith("Total South")
    assert row_named([(0, table)], "What was the change in South water between 2019 and 2020?").row.startswith("South")


def test_no_group_named_leaves_the_rows_as_scored():
    table = read_grid(GROUPS).table
    assert row_named([(0, table)], "What was the change in total asset base between 2019 and 2020?").row == \
        "Total asset base"

"""The row whose whole label the question says beats a longer label containing it, in any copy of its table."""

from ingest.tables import read_grid
from rag.extractive.cells import best_row

GRID = [["", "2019", "2018"], ["Free cash flow (pre-spectrum)", "5,443", "5,417"],
        ["Licence payments", "(837)", "(1,123)"], ["Free cash flow", "4,411", "4,044"]]


def test_the_exact_label_wins_over_one_adding_bracketed_words():
    table = read_grid(GRID).table
    hit = best_row([(0, table), (1, read_grid(GRID).table)], "What was the Free cash flow in 2018?")
    assert hit is not None and hit.row == "Free cash flow"

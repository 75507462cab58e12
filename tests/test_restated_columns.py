"""A year's restated and as-reported columns: the question's 'before the restatement' or 'as restated' chooses."""

from ingest.tables import read_grid
from rag.extractive.column_choice import column_for
from rag.extractive.restated_columns import restated_column
from rag.extractive.rows import best_cell
from rag.extractive.slots import parse

COLS = ["2023 as restated", "2023 as previously reported"]
ROW = "Operating profit — 2024: 734; 2023 as restated: 652; 2023 as previously reported: 688"


def test_restated_column_as_asked():
    assert restated_column(COLS, "operating profit in 2023 before the restatement") == "2023 as previously reported"
    assert restated_column(COLS, "the unrestated 2023 operating profit") == "2023 as previously reported"
    assert restated_column(COLS, "operating profit in 2023 after the restatement") == "2023 as restated"
    assert restated_column(["2023 (restated)(1)", "2023 (reported)"], "2023 revenue as originally reported") == "2023 (reported)"
    assert restated_column(COLS, "operating profit in 2023") is None


def test_column_for_and_row_cell_read_the_column_asked():
    table = read_grid([["(€ million)", "2024"] + COLS, ["Operating profit", "734", "652", "688"]], "").table
    assert column_for(table, 2023, "operating profit in 2023 before the restatement", "Operating profit") == COLS[1]
    q = "What was operating profit in 2023 before the restatement?"
    a, b = best_cell(ROW, parse(q))
    assert ROW[a:b] == "688"
    a, b = best_cell(ROW, parse("What was operating profit in 2023 as restated?"))
    assert ROW[a:b] == "652"

"""column_extreme: the column holding the extreme cell of the on-topic row, read from the row line (no embedding model)."""

from __future__ import annotations

from rag.extractive.column_extreme import cells, column_extreme
from rag.extractive.question_readings import extreme_asked
from rag.extractive.features import Evidence
from rag.extractive.rows import row_line
from rag.extractive.slots import parse
from rag.types import AnswerContext, Chunk, Passage


def test_reads_a_row_lines_columns_without_the_total():
    label, pairs = cells("Balance at 2020 — Analog: $ 447; Embedded: $ 345; Connectivity: $ 171; Total: $ 963")
    assert label == "Balance at 2020"
    assert [c for c, _ in pairs] == ["Analog", "Embedded", "Connectivity"]
    assert max(pairs, key=lambda p: p[1].value)[0] == "Analog"


def test_lowest_cell_names_its_column():
    _, pairs = cells("Broadband churn — Q1: 1.6%; Q2: 1.5%; Q3: 1.7%; Q4: 1.4%")
    assert min(pairs, key=lambda p: p[1].value)[0] == "Q4"


def test_not_a_row_line():
    assert cells("Churn was lowest in the fourth quarter.") is None


def test_asks_a_column_kind_but_not_a_year():
    assert extreme_asked("In which quarter was broadband churn the lowest?") == ("quarter", True)
    assert extreme_asked("Which segment had the largest goodwill balance?") == ("segment", False)
    assert extreme_asked("What was the churn in Q4?") is None


def test_row_line_reads_the_label_and_every_cell():
    assert row_line("Broadband churn — Q1: 1.6%; Q2: 1.5%") == ("Broadband churn", [("Q1", "1.6%"), ("Q2", "1.5%")])
    assert row_line("Churn was 1.6% in Q1.") is None


_CHURN = "Broadband churn — Q1: 1.6%; Q2: 1.5%; Q3: 1.7%; Q4: 1.4%"


def _extreme(question: str, row: str = _CHURN):
    chunk = Chunk("c1", "d1", row, "Report", "Pub", "2020", "r.html", 1, 1, None, 0, len(row))
    evidence = [Evidence(0, 0, row, [], set(), set(), True, True, {}, 0.5)]
    return column_extreme(AnswerContext(question, [Passage(chunk, 1.0)]), parse(question), evidence, "extractive")


def test_the_extreme_cells_column_is_the_bold_lead():
    got = _extreme("In which quarter was broadband churn the lowest?")
    assert got is not None and got.figure == "Q4" and got.answer.startswith("**Q4** (1.4%)")


def test_a_tie_a_column_named_or_a_dated_series_gives_none():
    assert _extreme("In which quarter was broadband churn the lowest?", _CHURN.replace("Q1: 1.6%", "Q1: 1.4%")) is None
    assert _extreme("In which quarter was broadband churn the highest, Q1 or Q3?") is None
    assert _extreme("In which year was broadband churn the lowest?") is None


def test_a_fiscal_year_asked_is_a_dated_series_not_a_column():
    """'which fiscal year': the alternatives are periods (crossing.py), never the columns of one year's row."""
    row = "Allowance › Fiscal 2021 — Beginning balance: 3,057; Additions: 776; Deductions: 453; Ending balance: 3,380"
    assert _extreme("In which fiscal year were additions to the allowance the lowest?", row) is None
    assert _extreme("In which financial year was churn the lowest?") is None


def test_a_full_year_column_is_the_whole_of_its_quarters_not_one_of_them():
    row = ("Total sales volume — 2024 › Q1: 315; 2024 › Q2: 342; 2024 › Q3: 259; 2024 › Q4: 363; 2024 › Full year: 1,279; "
           "2023 › Full year: 1,223")
    assert [c for c, _ in cells(row)[1]] == ["2024 › Q1", "2024 › Q2", "2024 › Q3", "2024 › Q4"]
    got = _extreme("Which quarter of 2024 had the highest total sales volume?", row)
    assert got is not None and got.figure == "Q4"  # the year the question names scopes the quarters


def test_a_placeholder_column_leading_which_one_is_dropped_before_any_lead_check():
    """named_first keeps a column only when its lead is of the kind asked: 'Column 2' names no service."""
    from rag.extractive.named_first import _kind_kept
    row = "Source: survey — Column 2: 18; Column 3: 25; Column 4: 31"
    got = _extreme("Which service had the lowest usage among all adults?", row)
    assert got is not None and got.answer.startswith("**Column 2**") and _kind_kept(got) is None
    assert _kind_kept(_extreme("In which quarter was broadband churn the lowest?")) is not None

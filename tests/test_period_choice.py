"""period_choice: the one of two offered parts of a year whose figure ranks as the comparative asks."""

from __future__ import annotations

from rag.extractive.passage_tables import tables_of
from rag.extractive.period_choice import offered, period_choice
from tests.test_shape_cues import _table_ctx

QUARTERS = [["", "Q1 2024", "Q2 2024", "Q3 2024", "2024"], ["Revenue", "396", "402", "431", "1,229"],
            ["Margin (%)", "9.1", "8.4", "10.2", "9.3"]]
ROWS = [["Period", "Orders", "Book-to-bill"], ["Q1 2024", "118", "1.23"], ["Q2 2024", "105", "0.86"],
        ["FY 2024", "422", "1.00"]]


def _ask(question, grid):
    ctx = _table_ctx(question, grid)
    return period_choice(ctx, question, tables_of(ctx), "extractive")


def test_the_two_periods_offered_are_those_said_either_side_of_or():
    assert offered(QUARTERS[0], "Was revenue higher in Q2 2024 or Q1 2024?") == ["Q2 2024", "Q1 2024"]
    assert offered(QUARTERS[0], "Was revenue higher in Q2 2024 and Q1 2024?") is None
    assert offered(QUARTERS[0], "Was revenue higher in 2024?") is None


def test_the_higher_or_lower_of_the_two_is_named_periods_as_columns_or_rows():
    got = _ask("Was revenue higher in Q1 2024 or Q2 2024?", QUARTERS)
    assert got is not None and got.figure == "Q2 2024"
    got = _ask("Which quarter had the lower margin, Q2 2024 or Q3 2024?", QUARTERS)
    assert got is not None and got.figure == "Q2 2024"
    got = _ask("Was the book-to-bill ratio higher in Q1 2024 or Q2 2024?", ROWS)
    assert got is not None and got.figure == "Q1 2024"
    assert _ask("What was revenue in Q1 2024 or Q2 2024?", QUARTERS) is None  # no comparative: no choice

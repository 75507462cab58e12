"""each_row: 'for each X' asks every row's figure (no embedding model)."""

from rag.extractive.each_row import each_asked, rows_of_kind


def test_each_kind_asked():
    assert each_asked("What was the low price for each quarter in 2018?") == "quarter"
    assert each_asked("What was the expense in each of the segments in 2019?") == "segments"


def test_each_year_asks_periods_not_rows():
    for q in ("What was the revenue in each year?", "What was X for each fiscal year?", "What was the revenue in 2019?"):
        assert each_asked(q) is None


def test_rows_naming_the_kind_else_all():
    labels = ["First Quarter", "Second Quarter", "Full year"]
    assert rows_of_kind(labels, "quarter") == ["First Quarter", "Second Quarter"]
    assert rows_of_kind(["Cost of revenues", "Sales and marketing"], "category") == ["Cost of revenues", "Sales and marketing"]

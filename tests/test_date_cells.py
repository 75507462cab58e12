"""Two dates of one year compared (rag/extractive/date_cells.py): each date's own column, the later first."""

from ingest.tables import Cell, Table
from rag.extractive.cells import RowHit
from rag.extractive.date_cells import date_cells, dates_asked

COLS = ["16 Weeks › September 29 › 2019", "12 Weeks Ended › July 7 › 2019", "12 Weeks Ended › April 14 › 2019",
        "16 Weeks › September 30 › 2018"]


def _hit() -> RowHit:
    values = [91.30, 87.84, 85.32, 93.98]
    cells = [Cell(row="High", column=c, text=f"${v:.2f}", value=v) for c, v in zip(COLS, values)]
    return RowHit(0, Table(None, COLS, ["High"], cells), "High", 1.0)


def test_dates_asked():
    assert dates_asked("What is the change from July 7, 2019 to Sept. 29th 2019?") == [(2019, 7, 7), (2019, 9, 29)]
    assert dates_asked("What was the high price in 2019?") == []


def test_two_dates_of_one_year_later_first():
    cells = date_cells(_hit(), 2019, "What is the percentage increase in the high price from July 7, 2019 to September 29, 2019?")
    assert [c.value for c in cells] == [91.30, 87.84]


def test_a_date_no_column_heads_or_one_date_gives_none():
    assert date_cells(_hit(), 2019, "What is the change from July 8, 2019 to September 29, 2019?") is None
    assert date_cells(_hit(), 2019, "What was the high price on September 29, 2019?") is None


def test_a_word_a_month_name_opens_is_no_month():
    # 'market', 'decline', 'Junior' open with a month's abbreviation but name no month
    assert dates_asked("What is the change from market 3, 2019 to Sept. 29, 2019?") == [(2019, 9, 29)]
    assert dates_asked("What is the change from Declines 1, 2019 to Junior 7, 2019?") == []
    assert dates_asked("What is the change from Sept 1, 2019 to December 7, 2019?") == [(2019, 9, 1), (2019, 12, 7)]

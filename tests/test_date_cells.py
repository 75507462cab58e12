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


def test_dates_written_day_first():
    # British and European reports write the day first: '30 Sep 2023', '31 December 2023'
    assert dates_asked("the change from the three months ended 30 Sep 2023 to 31 December 2023") == \
        [(2023, 9, 30), (2023, 12, 31)]
    cols = ["Three months ended › 31 Dec 2023", "Three months ended › 30 Sep 2023", "Three months ended › 31 Dec 2022"]
    cells = [Cell(row="Impairment", column=c, text=t, value=v) for c, t, v in zip(cols, ["(186)", "(214)", "(268)"],
                                                                                     [-186.0, -214.0, -268.0])]
    hit = RowHit(0, Table(None, cols, ["Impairment"], cells), "Impairment", 1.0)
    got = date_cells(hit, 2023, "What was the change in impairment from the three months ended 30 Sep 2023 to the "
                                "three months ended 31 Dec 2023?")
    assert [c.text for c in got] == ["(186)", "(214)"]  # the later date first

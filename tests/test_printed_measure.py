"""printed_measure: a column printing the measure asked (share, YoY, CAGR, points) is found by the question's words."""

from ingest.tables import Cell, Table
from rag.extractive.printed_measure import canonical, header_measure, printed_columns


def _table() -> Table:
    cols = ["2020 › Amount", "2020 › % of total", "2019 › Amount", "2019 › % of total"]
    rows = ["Subscription", "Total revenue"]
    cells = [Cell(r, c, t, float(t.strip("%").replace(",", ""))) for r, vals in
             zip(rows, [["612,840", "71.7%", "498,316", "64.3%"], ["855,000", "100.0%", "775,478", "100.0%"]])
             for c, t in zip(cols, vals)]
    return Table(None, cols, rows, cells)


def test_abbreviations_name_one_measure():
    assert "yoy" in canonical("year-on-year growth") and "change" in canonical("year-on-year growth")
    assert "cagr" in canonical("the compound annual growth rate")
    assert "share" in canonical("What proportion of revenue") and "points" in canonical("percentage points")


def test_header_measure_reads_the_measure_part():
    assert header_measure("Year Ended December 31 › 2020 › % of total") == ({"share", "total"}, {2020})
    assert header_measure("CAGR 2024-2030E") == ({"cagr"}, {2024, 2030})
    assert header_measure("2020 › Amount") is None


def test_share_column_of_the_year_asked():
    t = _table()
    assert printed_columns(t, "What share of total revenue was subscription in 2019?") == ["2019 › % of total"]


def test_no_printed_column_for_another_year_or_whole():
    t = _table()
    assert printed_columns(t, "What share of total revenue was subscription in 2018?") == []
    assert printed_columns(t, "What proportion of non-subscription revenue in 2020 was X?") == []


def test_one_year_rate_answers_only_the_adjacent_span():
    from rag.extractive.printed_measure import _years_fit
    assert _years_fit({2024}, {2023, 2024}, {2022, 2023, 2024}, {"yoy", "change"})
    assert not _years_fit({2024}, {2022, 2024}, {2022, 2023, 2024}, {"yoy", "change"})
    assert _years_fit({2024, 2030}, {2024, 2030}, {2019, 2024, 2030}, {"cagr"})
    assert not _years_fit({2019, 2024}, {2024, 2030}, {2019, 2024, 2030}, {"cagr"})

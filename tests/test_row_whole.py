"""A share of one part column of a row whose whole the question names by the row alone: the row's Total column."""

from tests.test_compute import _ask, _lead

SCHEDULE = [["", "Payments Due by Period", "", "", ""],
            ["(in thousands)", "Total", "Less than 1 Year", "1-3 Years", "More than 5 Years"],
            ["Operating lease obligations", "$ 48,652", "$ 6,118", "$ 12,904", "$ 16,168"],
            ["Purchase obligations", "62,340", "41,876", "20,464", "—"]]


def test_a_part_columns_share_of_the_row_is_over_its_total_column():
    assert _lead(_ask("What proportion of operating lease obligations is due in more than 5 years?", SCHEDULE)) == "33.23%"
    assert _lead(_ask("What proportion of purchase obligations is due in less than 1 year?", SCHEDULE)) == "67.17%"


def test_no_total_column_gives_no_whole():
    grid = [row[:1] + row[2:] for row in SCHEDULE]
    assert _ask("What proportion of operating lease obligations is due in more than 5 years?", grid) is None

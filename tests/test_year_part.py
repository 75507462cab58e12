"""A year's figure read from a table giving both a part of that year (a quarter, three months) and the whole year."""

from rag.extractive.year_part import whole_year
from tests.test_compute import _ask, _lead

BLOCKS = [["", "Three months ended December 31,", "", "Year ended December 31,", ""],
          ["", "2023", "2022", "2023", "2022"],
          ["Net premiums earned", "384,905", "352,170", "1,498,336", "1,336,582"]]
QUARTERS = [["", "2024", "", "", "", "", "2023"], ["('000 tonnes)", "Q1", "Q2", "Q3", "Q4", "Full year", "Full year"],
            ["Exports", "64", "71", "52", "78", "265", "238"], ["Total sales volume", "315", "342", "259", "363", "1,279", "1,223"]]


def test_part_columns_are_dropped_unless_a_part_of_the_year_is_named():
    cols = ["Three months ended › 2023", "Year ended › 2023"]
    assert whole_year(cols, "the change in premiums for the year ended 2023") == ["Year ended › 2023"]
    assert whole_year(cols, "the change in premiums for the three months ended 2023") == cols
    assert whole_year(["2024 › Q1", "2024 › Q2"], "revenue in 2024") == ["2024 › Q1", "2024 › Q2"]  # no whole to read


def test_a_year_asked_reads_the_whole_year_column():
    assert _lead(_ask("What was the percentage change in net premiums earned for the year ended December 31, 2023 "
                      "compared with 2022?", BLOCKS)) == "12.1%"
    assert _lead(_ask("What was the percentage change in exports between 2023 and 2024?", QUARTERS)) == "11.34%"
    assert _lead(_ask("What proportion of total 2024 sales volume was exports?", QUARTERS)) == "20.72%"


def test_a_part_of_the_year_asked_reads_its_column():
    assert _lead(_ask("What was the change in net premiums earned for the three months ended December 31, 2023 "
                      "compared with 2022?", BLOCKS)) == "32,735"


def test_the_year_alone_is_the_years_level_beside_a_measure_naming_the_year():
    from rag.extractive.year_part import year_alone
    cols = ["EFLOPS › 2024", "EFLOPS › Share of 2024 total", "EFLOPS › CAGR 2022-2024"]
    assert year_alone(cols, "Which region had the largest computing power in 2024?") == ["EFLOPS › 2024"]
    assert year_alone(cols, "Which region had the largest share of the 2024 total?") == cols  # its words said
    assert year_alone(["2030E", "Share of 2030E total"], "largest in 2030") == ["2030E"]
    assert year_alone(["Q4 2024", "FY 2024"], "the share from Q4 2023 to Q4 2024") == ["Q4 2024", "FY 2024"]

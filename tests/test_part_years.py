"""A quarter or half dated with two digits ('Q4 24') and a split fiscal year with a hyphen ('2023-24') name their year."""

from rag.extractive.split_years import part_years
from rag.extractive.years_covered import named


def test_a_quarter_or_half_with_two_digits_is_of_that_year():
    assert part_years("Q1 24 | 8.71") == [2024]
    assert part_years("Q4 24(p) | 0.42; 1H25 | 3.1; Q3 '23") == [2024, 2025, 2023]


def test_a_figure_or_share_after_a_quarter_is_no_year():
    assert part_years("Q4 24.5 million") == [] and part_years("H1 24% up") == []


def test_a_cited_row_names_its_quarters_year():
    assert named("Q4 24(p) | 9.78", 2024) and not named("Q4 24(p) | 9.78", 2023)
    assert named("1H24 revenue", 2024)


def test_a_split_fiscal_year_with_a_hyphen_names_the_year_it_ends_in():
    assert named("Q3 2023-24 | 115.7", 2024) and named("in 2023–24", 2024)
    assert not named("Q3 2023-24 | 115.7", 2025)


ROW = "**0.7** (2024). Net flows — Q4 23: (2.5); Q1 24: 0.7; Q2 24: (5.2); Q3 24: 1.4; Q4 24: (2.2) (GBP billions)"


def test_a_year_given_by_quarters_picks_no_cell_for_a_bold_lead():
    from rag.extractive.split_year import part_year_led
    assert part_year_led("What were total net flows across the four quarters of 2024?", ROW)
    assert part_year_led("What were net flows in Q1 24?", ROW) is None
    assert part_year_led("What were net flows in the first quarter of 2024?", ROW) is None


def test_a_row_giving_the_whole_year_too_or_years_only_is_left_alone():
    from rag.extractive.split_year import part_year_led
    assert part_year_led("What were net flows in 2024?", "**9** (2024). Net flows — Q1 2024: 4; Q2 2024: 5; 2024: 9") is None
    assert part_year_led("What were net flows in 2024?", "**0.7** (2024). Net flows — 2023: (2.5); 2024: 0.7") is None


def test_a_quarters_two_digit_year_is_no_figure():
    from ingest.figures import parse_figures
    figs = parse_figures("Net flows — Q4 23: (2.5); Q1 24: 0.7")
    assert [f.text for f in figs] == ["2.5", "0.7"] and [f.year for f in figs] == [2023, 2024]


def test_a_length_of_time_or_a_graded_grade_names_no_row_item():
    from rag.extractive.gates_row_item import asked_names
    assert asked_names("What is Japan's current 12-month forward P/E?") == ["Japan"]
    assert asked_names("What percentage of BB-rated issuers defaulted in 2024?") == []
    assert asked_names("What is o3-pro's score against GPT-4?") == ["o3-pro", "GPT-4"]

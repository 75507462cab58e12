"""The year a sentence pairs with the figure a year-asking question gives (rag.extractive.paired_year)."""

from rag.extractive.slots import parse
from rag.extractive.paired_year import paired_year


def test_year_dated_to_the_given_figure_not_the_first_year():
    s = "The market is expected to increase from 112.5 billion yuan in 2025 to 2463.2 billion yuan in 2075."
    assert paired_year(parse("When will the market reach 2,463.2 billion yuan?"), s) == "2075"


def test_given_figure_in_another_writing_is_not_the_answer():
    s = "In 2024 the market reached USD 615.7 billion and is projected to surpass USD 2.6 trillion by 2030."
    assert paired_year(parse("Which year is the market forecast to top USD 2,600 billion?"), s) == "2030"


def test_a_from_to_span_dates_a_period_not_the_point_reached():
    s = "The population will reach 1.37 billion with a negative growth rate from 2020 to 2024 continuing to 2029."
    assert paired_year(parse("When will the population reach 1.37 billion?"), s) == "2029"


def test_no_year_of_its_own_is_no_paired_year():
    s = "Revenue will reach USD 5 billion, up from USD 3 billion in 2023."
    assert paired_year(parse("When will revenue reach USD 5 billion?"), s) is None


def test_figure_not_given_or_year_not_asked():
    s = "Sales reached USD 4 billion in 2024."
    assert paired_year(parse("When will sales reach USD 5 billion?"), s) is None
    assert paired_year(parse("How much will sales reach by USD 4 billion?"), s) is None


def test_a_number_that_names_is_no_figure_given():
    s = "The Company adopted ASC 606 effective January 1, 2018 using the modified retrospective method."
    assert paired_year(parse("When did the company adopt ASC 606?"), s) is None


def test_the_whole_date_of_the_paired_year():
    s = "Its user base passed 10 million on March 3, 2024."
    assert paired_year(parse("When did its user base pass 10 million?"), s) == "March 3, 2024"


def test_time_said_after_the_measured_noun_asked():
    s = "AI is expected to autonomously handle 2-3-hour tasks by 2026, and one-month tasks within five years."
    assert paired_year(parse("When will AI autonomously handle one-month tasks?"), s) == "within five years"
    assert paired_year(parse("When will AI autonomously handle 2-3-hour tasks?"), s) == "2026"


def test_a_year_in_the_instrument_name_is_not_the_date():
    s = ("The EUR 500 million hybrid bond 2015/2075 was redeemed at its first call date in April 2020 and refinanced "
         "through the issuance of the EUR 600 million hybrid bond 2020/2080.")
    assert paired_year(parse("When was the EUR 500 million hybrid bond 2015/2075 redeemed?"), s) == "April 2020"

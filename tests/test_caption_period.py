"""caption_period: a table's period stated in the sentence introducing it dates its undated rows."""

from rag.extractive.caption_period import stated_period
from rag.extractive.periods import dated_months, titled_name_years


def test_stated_period_reads_the_first_date_of_an_introducing_sentence():
    assert stated_period("The following table summarizes our portfolio by market as of December 31, 2019:") == 2019
    assert stated_period("Segment information for the year ended December 31, 2019 was as follows (in millions):") == 2019
    assert stated_period("The table below summarises the programmes as at 30 June 2024, with comparative totals "
                         "as at 30 June 2023.") == 2024


def test_stated_period_ignores_a_year_in_a_name():
    assert stated_period("Ore Reserves are reported under the JORC Code 2012.") is None
    assert stated_period("The table below summarises the Group's eligible capital:") is None


def test_month_in_a_full_date_is_no_name():
    assert dated_months("How many programmes were in Phase 2 at 30 June 2024?") == {"June"}
    assert dated_months("What was the rate as of June 30, 2024?") == {"June"}
    assert dated_months("What did June deliveries reach?") == set()
    assert dated_months("The index table of November 7, 2025: which model is fourth?") == set()


def test_year_closing_a_capitalised_name_is_no_period():
    assert titled_name_years("What was the maximum approved by the Annual General Meeting 2020?") == {2020}
    assert titled_name_years("How much did Nvidia Data Center 2024 revenue grow?") == set()
    assert titled_name_years("What was revenue in the Fiscal Year 2024?") == set()
    assert titled_name_years("What were deposits at December 2024?") == set()

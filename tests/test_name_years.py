"""Numbers inside an instrument's name (ingest.name_years): its year dates nothing, its percent is its coupon."""

from ingest.figures import parse_figures
from ingest.name_years import coupon_named, name_year_spans, name_years
from rag.extractive.slots import parse


def test_years_that_name_an_instrument():
    assert name_years("What is the interest rate of the 2024 Notes?") == {2024}
    assert name_years("When was the EUR 500 million hybrid bond 2015/2075 redeemed?") == {2015, 2075}
    assert name_years("the 0.375% convertible senior notes due 2025") == {2025}
    assert name_years("How many shares remain under the 2019 Equity Incentive Plan?") == {2019}


def test_years_that_date_a_period_are_not_names():
    assert name_years("What were the 2019 loans?") == set()  # lower case: the loans of 2019
    assert name_years("What is the debt due in 2026?") == set()  # a maturity bucket
    assert name_years("the 2019 notes payable") == set()
    assert name_year_spans("bonds 2018/19") == []  # a split fiscal year
    assert name_years("What was the interest expense on the 2024 Notes in 2024?") == set()  # also a period


def test_a_name_year_dates_no_figure():
    figures = parse_figures("The initial conversion price of the 2026 Notes is approximately $235.20 per share.")
    assert [f.year for f in figures if f.unit == "money"] == [None]
    figures = parse_figures("In June 2019, we issued 0.125% convertible senior notes due 2024 (the 2024 Notes).")
    assert [f.year for f in figures if f.unit == "percent"] == [2019]


def test_slots_keep_the_name_year_as_an_address_not_a_period():
    s = parse("What is the interest rate of the 2024 Notes?")
    assert s.years == (2024,) and s.named_years == (2024,) and s.period_years == ()
    s = parse("What was the interest expense on the 2024 Notes in 2021?")
    assert s.period_years == (2021,)


def test_a_percent_naming_a_debt_instrument_is_its_coupon():
    assert coupon_named("we issued $575.0 million of 0.125% convertible senior notes due 2024")
    assert coupon_named("a 3.625% bond")
    assert not coupon_named("45% of total notes")
    assert not coupon_named("rose 3% in senior notes")

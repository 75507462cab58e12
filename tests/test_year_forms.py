"""Short period forms ("in '24", 'FY24', '2024-30', 'end-2029', '2025E') read as full years, the same on the question
side (slots) and the evidence side (years_covered.named)."""

from ingest.year_forms import FORECAST_YEAR, full_years
from rag.extractive.slots import parse
from rag.extractive.years_covered import named


def _periods(question: str) -> list[tuple[str, tuple[int, ...]]]:
    return [(p.kind, p.years) for p in parse(question).periods]


def test_apostrophe_year_is_this_century():
    assert full_years("in '24") == "in 2024"
    assert parse("What was revenue in '24?").years == (2024,)


def test_apostrophe_decade_and_quote_are_no_year():
    assert full_years("the '90s") == "the '90s"
    assert full_years("it's '24'") == "it's '24'"


def test_two_digit_fiscal_year_is_this_century():
    assert full_years("FY24") == "FY2024" and full_years("FY'24") == "FY2024"
    assert parse("What was revenue in FY24?").years == (2024,)


def test_range_with_two_digit_end_takes_the_start_century():
    assert full_years("over 2024-30") == "over 2024-2030"
    assert _periods("How did revenue grow over 2024-30?") == [("range", (2024, 2030))]


def test_consecutive_two_digit_end_stays_a_split_fiscal_year():
    assert full_years("2018-19") == "2018-19"
    assert parse("What was revenue in 2018-19?").years == (2019,)


def test_en_dash_range():
    assert _periods("How did revenue grow over 2024–2030?") == [("range", (2024, 2030))]


def test_apostrophe_range_end():
    assert _periods("How did revenue grow from 2024 to '30?") == [("range", (2024, 2030))]


def test_end_hyphen_year_is_the_end_of_that_year():
    assert full_years("by end-2029") == "by end of 2029"
    assert _periods("What will revenue be by end-2029?") == [("end", (2029,))]
    assert _periods("What was revenue at the end of 2024?") == [("end", (2024,))]


def test_forecast_mark_is_a_forecast_of_that_year():
    assert FORECAST_YEAR.search("the 2025E figure") and not FORECAST_YEAR.search("2025 figure")
    slots = parse("What is the 2025E revenue figure?")
    assert slots.years == (2025,) and slots.forecast


def test_evidence_reads_the_same_short_forms():
    assert named("CAGR 2024-30: 5%", 2030) and named("revenue in '24", 2024) and named("FY24 | FY25", 2025)
    assert not named("CAGR 2024-30: 5%", 2027) and not named("pages 12-30", 2030)


def test_two_digit_year_takes_the_century_nearest_the_reference():
    assert full_years("in '98") == "in 1998" and full_years("FY98") == "FY1998"
    assert full_years("in '49") == "in 2049" and full_years("in '50") == "in 1950"
    assert full_years("in '98", reference=2090) == "in 2098"


def test_apostrophe_number_before_a_unit_noun_is_no_year():
    assert full_years("open '24 hours") == "open '24 hours"
    assert full_years("within '7 days") == "within '7 days"
    assert full_years("'24/7 support") == "'24/7 support" and full_years("24/7 support") == "24/7 support"
    assert full_years("by '30, up 5%") == "by 2030, up 5%"


def test_apostrophe_year_before_a_split_year_end_is_a_year():
    # '24/7 counts hours and days (one digit after the slash); "'24/25" is a split year written short
    assert full_years("the '24/25 season") == "the 2024/25 season"

"""Split fiscal years and dashed month-year labels in report text (ingest/figures.py, periods.py)."""

from ingest.figures import parse_figures, split_years
from rag.extractive.periods import months_of


def _years(text: str) -> list[tuple[str, int | None]]:
    return [(f.text, f.year) for f in parse_figures(text) if f.unit != "year"]


def test_split_year_comparative_dates_the_figure_after_it():
    # a UK prior-year comparative: the bracketed figure is 2017/18's (ends 2018), the one before is not
    assert _years("The adjustments to prior periods of £1.7m (2017/18: £3.1m) relate mainly to tax.") == [
        ("£1.7m", None), ("£3.1m", 2018)]


def test_split_year_after_a_figure_is_the_year_it_ends_in():
    assert _years("Revenue was £3.5m in 2018/19 (2017/18: £3.1m).") == [("£3.5m", 2019), ("£3.1m", 2018)]


def test_plain_comparative_dates_the_figure_before_it_the_year_after():
    # 'A (YYYY: B)': B is of YYYY and A of the year after (ingest/comparative_brackets.py)
    assert _years("Revenue of £3.5m (2018: £3.2m)") == [("£3.5m", 2019), ("£3.2m", 2018)]


def test_split_years_consecutive_only():
    assert [y for _, _, y in split_years("FY 2017/18 and 2018-19; capacity 2021-2025")] == [2018, 2019]


def test_month_year_label_with_dash():
    # a table's issuance-date labels 'Aug - 2019', 'Jun-2018' name a month of the year
    assert months_of("Aug - 2019 — Outstanding: 842,000") == {2019: {8}}
    assert months_of("Jun-2018 Nov–2022") == {2018: {6}, 2022: {11}}
    assert months_of("December 31, 2019") == {2019: {12}}

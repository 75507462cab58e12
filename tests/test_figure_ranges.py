"""A range's bare end takes the unit, currency and scale its other end writes (ingest.figure_ranges)."""

from ingest.figures import parse_figures


def _read(text: str) -> list[tuple[float, float, str, str | None]]:
    return [(f.number, f.value, f.unit, f.currency) for f in parse_figures(text, with_years=False)]


def test_percent_range_both_ends_percent():
    assert _read("price erosion of 35-60% in three years") == [(35.0, 35.0, "percent", None), (60.0, 60.0, "percent", None)]


def test_currency_range_both_ends_money():
    assert _read("range USD 4,800-7,900/t") == [(4800.0, 4800.0, "money", "USD"), (7900.0, 7900.0, "money", "USD")]


def test_scale_shared_with_to():
    assert _read("from 12 to 15 million") == [(12.0, 12e6, "count", None), (15.0, 15e6, "count", None)]


def test_between_and():
    assert [u for _, _, u, _ in _read("between 40 and 50% of profit")] == ["percent", "percent"]


def test_bare_ranges_and_years_unchanged():
    assert _read("aged 18-24") == [(18.0, 18.0, "count", None), (24.0, 24.0, "count", None)]
    assert [f.unit for f in parse_figures("over 2020-2024")] == ["year", "year"]


def test_two_units_not_shared():
    assert _read("rose 5% to 8 million") == [(5.0, 5.0, "percent", None), (8.0, 8e6, "count", None)]


def test_a_change_by_then_its_level_is_no_range():
    assert _read("sales fell by 20% to 80 units") == [(20.0, 20.0, "percent", None), (80.0, 80.0, "count", None)]

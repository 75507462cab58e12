"""A bare number in brackets followed by a percent mark is a negative percentage (ingest.figure_brackets)."""

from ingest.figures import parse_figures


def _read(text: str) -> list[tuple[float, str, str]]:
    return [(f.value, f.unit, f.text) for f in parse_figures(text, with_years=False)]


def test_bracketed_percent_is_negative():
    assert _read("Currency effect: (2)%; Acquisitions: 1%") == [(-2.0, "percent", "(2)%"), (1.0, "percent", "1%")]
    assert _read("margin (0.8)ppt") == [(-0.8, "percent", "(0.8)ppt")]
    assert _read("(3.6) %") == [(-3.6, "percent", "(3.6) %")]


def test_footnote_mark_and_bare_bracket_unchanged():
    assert _read("Other (1) — 5") == [(1.0, "count", "1"), (5.0, "count", "5")]
    assert _read("see note (2) for details") == [(2.0, "count", "2")]

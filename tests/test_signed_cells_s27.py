"""A row line's cells keep their sign when the figure of each year asked is read from them."""

from ingest.figures import parse_figures
from rag.extractive.pick import pick_figures
from rag.extractive.slots import parse


def _picked(row: str, question: str) -> list[str]:
    return [f.text for f in pick_figures(row, parse_figures(row), parse(question))]


def test_a_leading_minus_is_kept_for_each_year_asked():
    row = "Cash and cash equivalents, including restricted cash — 2019: -72.5; 2018: -127.4; 2017: -134.2"
    assert _picked(row, "What was the cash and cash equivalents in 2019 and 2018?") == ["-72.5", "-127.4"]


def test_brackets_are_kept_before_a_unit_in_brackets():
    row = "Allowance for doubtful accounts — 2019: (5,149); 2018: (3,912) (USD)"
    assert _picked(row, "What was the allowance for accounts in 2019 and 2018?") == ["(5,149)", "(3,912)"]


def test_a_dash_between_words_is_no_sign():
    row = "Revenue — 2019: 1,306; 2018: 1,157"
    assert _picked(row, "What was the revenue in 2019 and 2018?") == ["1,306", "1,157"]


def test_each_year_asked_is_read_from_a_row_with_a_long_label():
    row = "Industrial Solutions › Aerospace, defense, oil, and gas — 2019: 1,306; 2018: 1,157; 2017: 1,075 (USD millions)"
    assert _picked(row, "What was the aerospace, defense, and gas in 2019 and 2018?") == ["1,306", "1,157"]

"""A row line's cells keep their sign when the figure of each year asked is read from them."""

import pytest

from ingest.figures import parse_figures
from rag.extractive.pick import pick_figures
from rag.extractive.slots import parse


@pytest.mark.parametrize("row, question, expected", [
    # a leading minus is kept for each year asked
    ("Cash and cash equivalents, including restricted cash — 2019: -72.5; 2018: -127.4; 2017: -134.2",
     "What was the cash and cash equivalents in 2019 and 2018?", ["-72.5", "-127.4"]),
    # brackets are kept before a unit in brackets
    ("Allowance for doubtful accounts — 2019: (5,149); 2018: (3,912) (USD)",
     "What was the allowance for accounts in 2019 and 2018?", ["(5,149)", "(3,912)"]),
    # a dash between words is no sign
    ("Revenue — 2019: 1,306; 2018: 1,157", "What was the revenue in 2019 and 2018?", ["1,306", "1,157"]),
    # each year asked is read from a row with a long label
    ("Industrial Solutions › Aerospace, defense, oil, and gas — 2019: 1,306; 2018: 1,157; 2017: 1,075 (USD millions)",
     "What was the aerospace, defense, and gas in 2019 and 2018?", ["1,306", "1,157"]),
])
def test_each_year_asked_is_read_with_its_sign(row, question, expected):
    assert [f.text for f in pick_figures(row, parse_figures(row), parse(question))] == expected

"""A movement 'from A to B between 2022 and 2024' dates A by the first year and B by the second
(dated_figures.movement_years), and an 'average X' the quoted sentence writes is a thing's name, no mean asked
(operations.sentence_operation)."""

from __future__ import annotations

from ingest.figures import parse_figures
from rag.extractive.dated_figures import movement_years
from rag.extractive.operations import sentence_operation

SENTENCE = "The average standard dish fell from USD 599 to USD 349 between 2022 and 2024, driven by scale."


def test_a_movement_dates_its_ends_in_the_order_of_the_years():
    dated = [(f.text, f.year) for f in movement_years(SENTENCE, parse_figures(SENTENCE)) if f.unit != "year"]
    assert dated == [("USD 599", 2022), ("USD 349", 2024)]


def test_no_movement_keeps_the_years_as_parsed():
    text = "Revenue was USD 599 in 2022 and USD 349 in 2024."
    assert [f.year for f in movement_years(text, parse_figures(text))] == [f.year for f in parse_figures(text)]


def test_an_average_thing_the_sentence_names_asks_no_mean():
    q = "What was the percentage change in the price of the average standard dish between 2022 and 2024?"
    assert sentence_operation(q, [SENTENCE]) == "percent_change"
    assert sentence_operation("What was the average price change between 2022 and 2024?", ["Prices rose."]) == "compound"

"""What a source lists as something: a list of items, asking no amount."""

from rag.extractive.listed_as import listed_as_asked
from rag.extractive.slots import parse


def test_listed_as_asks_items():
    assert listed_as_asked("What does CIC list as leading to reductions in the cost of inference compute?")
    assert listed_as_asked("What did the report name as the main barriers?")


def test_amount_or_other_verbs_are_not_listed_as():
    assert not listed_as_asked("What does CIC list as the cost in 2024 in dollars, how much?")
    assert not listed_as_asked("What does CIC expect the cost of inference to be?")
    assert not listed_as_asked("What is listed as revenue?")


def test_listed_as_parses_as_a_list_with_no_unit():
    slots = parse("What does CIC list as leading to reductions in the cost of inference compute?")
    assert slots.shape == "list" and slots.unit is None


def test_one_thing_cited_as_a_figure_is_no_list():
    assert not listed_as_asked("What does Frost & Sullivan cite as the market size in 2030?")
    assert listed_as_asked("What does Frost & Sullivan cite as the main drivers of the market?")

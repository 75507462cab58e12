"""A question saying how many things it asks, led in bold by fewer: no bold. No model."""

from __future__ import annotations

import pytest

from rag.extractive.items_asked import fewer_items_led, items_asked


@pytest.mark.parametrize("question, asked", [
    ("What are the three panels of the voice demo?", (3, "panels")),
    ("three traits that mark agents' inflection point?", (3, "traits")),
    ("Name the 4 regional hubs.", (4, "hubs")),
    ("Which two speech models tie at 1,056?", (2, "models")),
    ("What length of task should agents handle within five years?", None),  # a count inside, not what is asked
    ("How many panels does the demo have?", None),
])
def test_the_count_opening_what_is_asked(question, asked):
    assert items_asked(question) == asked


def test_a_lead_with_fewer_items_than_asked_is_doubted():
    q = "What are the three panels of the voice demo?"
    assert fewer_items_led(q, "**1**. Panel 1: Active Voice Chat Interface [1]") == \
        "the question asks 3 panels and the lead names 1 of them"
    assert fewer_items_led(q, "**Chat, Setup and Voice menu**. [1]") is None  # three items
    assert fewer_items_led(q, "Not certain: the passage lists one. [1]") is None  # no bold lead


def test_a_possessive_plural_owns_the_thing_asked_and_is_no_count():
    assert items_asked("What were the two segments' combined sales?") is None


def test_a_comma_inside_a_number_does_not_split_an_item():
    q = "Which two speech models tie at 1,056?"
    assert fewer_items_led(q, "**1,076**. [1]") == "the question asks 2 models and the lead names 1 of them"
    assert fewer_items_led(q, "**Alpha, Beta**. [1]") is None

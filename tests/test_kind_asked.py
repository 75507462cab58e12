"""Which thing of a kind asked ('which revenue stream is billed via CPM'): a name, the money word its topic."""

from __future__ import annotations

from rag.extractive.kind_asked import asks_which_kind
from rag.extractive.slots import parse


def test_which_kind_asks_a_name_even_after_a_fronted_topic():
    assert asks_which_kind("CIC business model table: which revenue stream is billed via CPM/CPC?")
    assert asks_which_kind("which Chinese firm illustrates financing via smart finance?")
    assert not asks_which_kind("Which segment drew the most AI financing in 2024?")  # a choice by size
    assert not asks_which_kind("Which B2B scenario led in investment?")
    assert not asks_which_kind("Which company ranks third by revenue, and how much did it earn?")
    assert not asks_which_kind("What was Company B's revenue in 2024?")  # a figure of a named company
    assert not asks_which_kind("What 2024 model-based revenue share is shown for Company K?")
    assert not asks_which_kind("What kind of product is Cursor?")


def test_the_money_word_of_a_kind_asked_is_no_unit_and_a_name_is_the_answer():
    s = parse("Slide: which revenue stream is billed via CPM?")
    assert "money" not in s.units and s.entity and s.shape == "which"
    assert "money" in parse("How much revenue did the stream bring in 2024?").units

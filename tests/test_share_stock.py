"""'share' before a noun of stock ('share-based', 'share options') asks no percent; 'market share' does."""

import pytest

from rag.extractive.slots import parse


@pytest.mark.parametrize("question", ["What was the share-based compensation expense in 2019?",
                                      "What were the share options outstanding in 2019 and 2018?",
                                      "What was the share capital in 2019?"])
def test_a_share_of_stock_asks_no_percent(question):
    assert "percent" not in parse(question).units


@pytest.mark.parametrize("question", ["What is the market share of Nvidia?", "What share of revenue came from China?",
                                      "What share did the US hold in 2024?"])
def test_a_share_of_a_whole_asks_a_percent(question):
    assert parse(question).unit == "percent"

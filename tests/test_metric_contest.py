"""A measure word naming a contest fought over it ('price war') is not the measure asked."""

from __future__ import annotations

from rag.extractive.measures import metrics_of


def test_a_price_war_asks_no_price():
    assert metrics_of("How deep were the discounts in the 2024 large model price war?") == ()
    assert metrics_of("What was the API price in 2024?") == ("price",)
    assert metrics_of("What was the net profit of cloud providers during the price war?") == ("profit",)

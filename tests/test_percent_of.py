"""'A as a percentage / share / % of B' asks a percent, not an amount of money."""

from __future__ import annotations

from rag.extractive.percent_of import percent_of_at
from rag.extractive.slots import parse


def test_phrase_is_found_in_its_forms():
    for q in ("X as a percentage of total", "X as a share of sales", "X as a % of revenue", "X as % of sales",
              "X as a proportion of costs", "X as a percent of revenue"):
        assert percent_of_at(q) is not None, q
    assert percent_of_at("What was revenue in 2021?") is None
    assert percent_of_at("the market share of X") is None


def test_money_words_do_not_take_the_lead_from_the_percent_asked():
    s = parse("What was subscription revenue as a percentage of total in 2021?")
    assert s.units[0] == "percent" and s.lead_unit == "percent"
    assert parse("What was cost of sales as a share of revenue in 2020?").lead_unit == "percent"
    assert parse("What was subscription revenue in 2021?").units == ("money",)

"""'What percentage of total revenue did X account for?' asks a percent (rag/extractive/slots.py): the money
word names the whole the percent is of, not the unit asked."""

from __future__ import annotations

from rag.extractive.slots import parse


def test_what_percentage_of_revenue_asks_a_percent():
    assert parse("What percentage of total revenue did Acme Corp account for in 2020?").units[0] == "percent"
    assert parse("What percentage of total revenue did Acme Corp account for in 2020?").lead_unit == "percent"
    assert parse("What was the revenue of Acme Corp in 2020?").units == ("money",)

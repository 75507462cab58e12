"""A price quoted per one period answers no price asked per another."""

from __future__ import annotations

from rag.extractive.gates_rate import periods, rate_period
from tests.test_extractive import decision

ROW = "Pricing model: Per-user subscription (e.g., $50/user/month); Annual maintenance (15-30% of contract)."


def test_the_period_a_rate_is_quoted_per():
    assert periods("$50/user/month") == {"month"}
    assert periods("What annual maintenance fee is charged?") == {"year"}
    assert periods("USD 1,200 a year, or USD 110 per month") == {"year", "month"}
    assert periods("revenue in 2024") == set()


def test_a_monthly_price_answers_no_annual_fee():
    d = decision("What annual subscription fee does Zentro charge per user?", ROW)
    assert d.figures and d.figures[0].text.startswith("$50")
    assert rate_period(d) == "the reports give a price per month, not per year"


def test_a_price_of_the_period_asked_or_of_none_passes():
    assert rate_period(decision("What monthly subscription fee does Zentro charge per user?", ROW)) is None
    assert rate_period(decision("What subscription fee does Zentro charge per user?", ROW)) is None
    # a period asked of something not paid ('annual growth') is no rate's period
    assert rate_period(decision("What annual growth did Zentro's users see?", "Users grew 5% a month.")) is None

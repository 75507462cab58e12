"""Two measures asked at once ('for the A and the B'): a bold one-figure lead whose sentence names the first
and hardly the second is doubted. Smallest inputs, no model."""

from rag.extractive.two_measures import second_measure_missing
from tests.test_extractive import evidence

Q = "What's the number I should use for the price-war discounts and the consumer share of the model market?"
FIRST = "In 2024, cloud providers ignited a price war for models, with discounts exceeding 90%."
BOTH = "Price-war discounts exceeded 90%, while consumers held a 20% share of the model market."


def _doubt(q: str, text: str):
    ctx, slots, ev = evidence(q, text)
    return second_measure_missing(q, "**over 90%** (2024). x", ev[0], ev[0].figures[-1:])


def test_a_lead_naming_only_the_first_measure_is_doubted():
    assert _doubt(Q, FIRST) is not None


def test_a_lead_naming_both_or_a_sum_asked_is_not():
    assert _doubt(Q, BOTH) is None
    assert _doubt("What is the total for the price-war discounts and the consumer share of the model market combined?", FIRST) is None
    assert _doubt("What was the discount in the price war?", FIRST) is None

"""Two things named for their difference ('how do A and B differ'): an answer quoting one side's sentence or
row also quotes the best one naming the other side, both cut to fit. Smallest inputs, no model."""

from __future__ import annotations

import pytest

from rag.extractive.compose import compose
from rag.extractive.sides import named_sides, other_side
from tests.test_extractive import evidence

Q = "How do consumer subscriptions and online marketing services differ as revenue streams?"
SUBSCRIPTIONS = ("Customer & Revenue streams: Consumer subscriptions; Definition: Users pay recurring fees for tiered "
                 "access to services; Pricing model: Monthly subscriptions; Feature-based tiers (Basic/Pro); Specific use "
                 "cases: Users pay a monthly fee to access premium features such as faster response or priority support.")
MARKETING = ("Customer & Revenue streams: Online marketing services; Definition: Monetization via user traffic (free "
             "service + ads/data insights); Pricing model: Advertiser pays (CPM/CPC); Anonymized data licensing; "
             "Specific use cases: Users access free model services while being shown targeted ads based on their data.")


@pytest.mark.parametrize("question, a, b", [
    (Q, {"consumer", "subscription"}, {"online", "market", "service"}),
    ("How did the U.S. and China build their AI ecosystems differently?", {"u", "s"}, {"china"}),
    ("What is the difference between urban and rural income?", {"urban"}, {"rural"}),  # 'income' both share
    ("How does the paper contrast the B-end and C-end paths?", {"b"}, {"c"}),
])
def test_the_two_sides_are_read_from_the_question(question, a, b):
    assert named_sides(question) == (frozenset(a), frozenset(b))


def test_no_sides_without_a_difference_asked():
    assert named_sides("What was the revenue of online marketing services?") is None


def test_a_row_naming_one_side_is_joined_by_the_row_naming_the_other():
    ctx, slots, ev = evidence(Q, "\n".join([SUBSCRIPTIONS, MARKETING]))
    best = next(e for e in ev if "Online marketing" in e.text)
    other = other_side(Q, ev, best)
    assert other is not None and "Consumer subscriptions" in other.text


def test_both_sides_are_quoted_cut_to_fit_rather_than_the_second_dropped():
    ctx, slots, ev = evidence(Q, "\n".join([SUBSCRIPTIONS, MARKETING]))
    best = next(e for e in ev if "Online marketing" in e.text)
    answer = compose(ctx, slots, ev, best, [], 1.0, "extractive", 600)
    assert "ads/data insights" in answer.answer and "recurring fees for tiered access" in answer.answer
    assert len(answer.answer) <= 600

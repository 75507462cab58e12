"""A scope word binds to its own part of a two-part question: the place scopes its part, 'all X' asks the
whole set's figure, so the place's sentence leads and the whole's sentence of the same passage follows."""

from __future__ import annotations

from rag.extractive.scope_parts import place_and_whole, whole_part_asked
from tests.test_extractive import evidence

PASSAGE = ("By May 2025, the number of global AI unicorns exceeded 370, with a combined valuation above USD 1 trillion. "
           "The US led with 160+ AI unicorns.")


def test_a_part_asking_about_all_of_a_set_is_a_whole_part():
    assert whole_part_asked("US AI unicorn count and total valuation of all AI unicorns", ["US"])
    assert not whole_part_asked("US AI unicorn count and their total valuation", ["US"])  # both parts the place's
    assert not whole_part_asked("How many of all AI unicorns are in the US?", ["US"])  # one part only
    assert not whole_part_asked("the count of all unicorns and their valuation", [])  # no place asked


def test_the_places_figure_leads_and_the_wholes_other_unit_follows():
    ctx, slots, ev = evidence("US AI unicorn count and total valuation of all AI unicorns in USD", PASSAGE)
    a = place_and_whole(ctx, slots, ev, "extractive")
    assert a is not None and a.figure == "160+" and "USD 1 trillion" in a.answer.split("**")[1]


def test_one_part_asked_gives_nothing():
    ctx, slots, ev = evidence("What was the total valuation of US AI unicorns in USD?", PASSAGE)
    assert place_and_whole(ctx, slots, ev, "extractive") is None

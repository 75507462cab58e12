"""A phrase ends before a comment on the whole answer: its consequence, a participle restating it, or an absolute
clause on what follows from it (phrase_edges.py _STOP)."""

from __future__ import annotations

from rag.extractive.phrase import answer_phrase


def test_a_consequence_clause_is_no_part_of_the_assumption():
    sentence = ("Harbourline's base case assumes a gradual return to Suez routings from 2026, which would push "
                "the composite index back to 110-130 by end-2026.")
    assert answer_phrase("What does Harbourline's base case assume?", sentence) == \
        "a gradual return to Suez routings from 2026"


def test_a_participle_restating_the_definition_ends_it():
    sentence = ("The report defines the silver economy as the sum of economic activities that serve older people, "
                "covering both the 'elderly economy' and the 'preparing-for-old-age economy'.")
    assert answer_phrase("How does the report define the silver economy?", sentence) == \
        "the sum of economic activities that serve older people"


def test_an_absolute_clause_on_what_follows_ends_the_policy():
    sentence = ("The Trust's distribution policy is to pay out between 75% and 85% of FFO, with retained earnings "
                "used to fund maintenance capital expenditure.")
    assert answer_phrase("What is the Trust's distribution policy?", sentence) == "to pay out between 75% and 85% of FFO"


def test_a_clause_describing_the_answer_itself_stays():
    sentence = "Options generally vest over four years, with 25% vesting on the first anniversary of the grant date."
    assert answer_phrase("How do options generally vest?", sentence) == \
        "over four years, with 25% vesting on the first anniversary of the grant date"
    sentence = "Capacity falls following the closure of its oldest sulphate line, which faces rising effluent costs."
    assert answer_phrase("Why does capacity fall?", sentence).endswith("which faces rising effluent costs")

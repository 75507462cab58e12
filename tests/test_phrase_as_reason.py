"""A reason joined by 'as' runs to its clause's end, past a 'following' inside it; 'as' itself is left out
(phrase.py); without the embedding model."""

from __future__ import annotations

from rag.extractive.phrase import answer_phrase


def test_as_joining_a_clause_to_the_fact_opens_the_reason():
    assert answer_phrase("Why did PET prices fall?", "PET prices fell as virgin resin prices declined with lower oil "
                         "and natural gas feedstock costs.", "reason") == \
        "virgin resin prices declined with lower oil and natural gas feedstock costs"


def test_a_following_inside_the_as_clause_is_part_of_the_reason():
    assert answer_phrase("Why did Desert Palms EBITDAR fall?", "Desert Palms revenue grew, but EBITDAR fell as labour "
                         "costs rose following the new five-year union agreement.", "reason") == \
        "labour costs rose following the new five-year union agreement"


def test_as_of_a_date_as_expected_or_a_verb_taking_as_is_no_connective():
    assert answer_phrase("Why did revenue grow?", "Revenue grew as expected due to higher volumes.", "reason") == \
        "due to higher volumes"
    assert answer_phrase("Why is the building classified as held for sale?", "The building is classified as held "
                         "for sale because the board approved a plan to sell it.", "reason") == \
        "the board approved a plan to sell it"


def test_a_passive_asked_of_a_named_kind_is_answered_by_the_subject():
    assert answer_phrase("What time is treated as non-billable?", "Time spent on proposals, internal projects and "
                         "training is treated as non-billable.") == "Time spent on proposals, internal projects and training"
    assert answer_phrase("Which fees are excluded from the table?", "Fees for audit-related assurance are reported "
                         "separately and excluded from the table.") == "Fees for audit-related assurance"
    assert answer_phrase("Which segment is expected to grow fastest?", "The Asia segment is expected to grow "
                         "fastest.") is None

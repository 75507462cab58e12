"""A definition's lead never starts inside the bracketed short name of its subject (phrase_edges.py _ALIAS)."""

from __future__ import annotations

from rag.extractive.phrase import answer_phrase


def test_a_lead_skips_the_subjects_bracketed_short_name():
    sentence = "Original Equipment Manufacturers (“OEM”) are the end-customers to which the Company provides support."
    lead = answer_phrase("What are Original Equipment Manufacturers?", sentence)
    assert lead == "the end-customers to which the Company provides support"
    assert answer_phrase("What are Original Equipment Manufacturers?",
                         "Original Equipment Manufacturers (OEM) are the end-customers of the Company.") \
        == "the end-customers of the Company"


def test_a_bracket_that_is_no_short_name_stays():
    lead = answer_phrase("What are Original Equipment Manufacturers?",
                         "Original Equipment Manufacturers (excluding distributors) are the end-customers.")
    assert lead is None or not lead.startswith("the end-customers")

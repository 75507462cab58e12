"""A definition said in the passive answers an active 'How does R define X?' (verb_joint.py), and a subject cut
runs over the question's words that follow it (phrase_edges.py); without the embedding model."""

from __future__ import annotations

from rag.extractive.phrase import answer_phrase


def test_a_passive_definition_answers_an_active_question_without_its_as():
    assert answer_phrase("How does Acme Research define the foundry market?",
                         "In this report, the foundry market is defined as revenue earned from making wafers "
                         "for external customers.") == "revenue earned from making wafers for external customers"


def test_the_cut_runs_over_the_asked_words_that_follow_it():
    assert answer_phrase("What does the conservative case assume?",
                         "The base case assumes steady growth; the conservative case assumes tighter regulation "
                         "and higher delinquency.") == "tighter regulation and higher delinquency"


def test_a_repeated_asked_word_after_the_cut_starts_the_answer():
    assert answer_phrase("What does Network services revenue include?",
                         "Network services revenue includes revenue from the leasing of passive infrastructure.") == \
        "revenue from the leasing of passive infrastructure"

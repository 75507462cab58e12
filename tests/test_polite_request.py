"""A polite request to be told a noun phrase asks what it is (asking_frame._CONFIRM_NOUN)."""

from __future__ import annotations

from rag.asking_frame import without_frame


def test_a_request_to_be_told_a_noun_phrase_asks_what_it_is():
    assert without_frame("Could you tell me the revenue for 2019 and 2018, respectively?") == \
        "What is the revenue for 2019 and 2018, respectively?"
    assert without_frame("Would you mind telling me the segments of revenue?") == "What are the segments of revenue?"
    assert without_frame("I'd like to know Nvidia's revenue in 2024?") == "What is Nvidia's revenue in 2024?"
    assert without_frame("Please give me the net income in 2019?") == "What is the net income in 2019?"


def test_a_clause_or_a_wh_question_is_left_to_its_own_frame():
    assert without_frame("Can you tell me the market grew in 2024?") == "Can you tell me the market grew in 2024?"
    assert without_frame("Could you tell me why revenue fell?") == "Why revenue fell?"

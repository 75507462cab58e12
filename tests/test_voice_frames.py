"""rag/voice_frames.py reads a greeting before a question, a ballpark lead-in and a question put last as the
question they wrap."""

from __future__ import annotations

from rag.voice_frames import as_plain_question, without_filler


def test_greeting_and_request_sentences_before_the_question_are_dropped():
    assert without_filler("Hi, my manager asked me to find this out. How many X?") == "How many X?"
    assert without_filler("Quick one from the board: what is X?") == "What is X?"
    assert without_filler("Hello. Could you check this for me? What is X?") == "What is X?"


def test_a_first_sentence_naming_a_topic_is_kept():
    q = "China leads in models. How does the US keep its edge?"
    assert without_filler(q) == q


def test_a_first_sentence_of_a_number_only_is_kept():
    assert without_filler("2024: what was the X?") == "2024: what was the X?"  # the year is asked


def test_a_ballpark_lead_in_before_the_question_word_is_dropped():
    assert without_filler("Roughly what was the size in 2024?") == "What was the size in 2024?"
    assert without_filler("Ballpark, how many firms?") == "How many firms?"
    assert without_filler("About how many firms?") == "How many firms?"
    assert without_filler("About the report: what is X?") == "About the report: what is X?"


def test_a_question_put_last_asks_its_subject():
    assert as_plain_question("The market size in 2024 — what was it?") == "What was the market size in 2024?"
    assert as_plain_question("Company B's share — what is it?") == "What is Company B's share?"
    assert as_plain_question("What was the market size?") is None

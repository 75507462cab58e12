"""A nil stated in words leads as the whole sentence (nil.nil_sentence), and a phrase that is only the
years of a 'respectively' list is no answer (phrase_edges._years_tail); without the embedding model."""

from __future__ import annotations

from rag.extractive.nil import nil_sentence
from rag.extractive.phrase import answer_phrase
from rag.extractive.slots import parse


def test_a_nil_sentence_is_the_lead():
    q = parse("What was the amount of accrued interest or penalties as of December 31, 2019?")
    text = "As of December 31, 2019 and 2018, the Company had no accrued interest or penalties."
    assert nil_sentence(q, text) == text


def test_no_nil_lead_for_another_measure_or_a_table_row():
    q = parse("What was the amount of accrued interest or penalties as of December 31, 2019?")
    assert nil_sentence(q, "The Company had no impairment charges in 2019.") is None
    assert nil_sentence(q, "Accrued interest had no change — 2019: 5; 2018: 4") is None


def test_the_years_of_a_respectively_list_are_no_phrase():
    sentence = "Federal and state income taxes were paid in fiscal years 2019, 2018, and 2017, respectively."
    assert answer_phrase("What was the federal income tax paid in fiscal years 2019?", sentence) is None


def test_one_year_may_still_answer():
    sentence = "Video has emerged as a new frontier of multi-modal AI since 2023."
    assert answer_phrase("Since when has video been a new frontier of multi-modal AI?", sentence) == "2023"

"""The source and year-end slots on the smallest input, without the embedding model: a figure credited to
another named source, or dated to the first half of the year whose end is asked, answers nothing of it."""

from __future__ import annotations

from rag.extractive.gates_cited import cited_source, source_other
from rag.extractive.gates_year_end import half_not_end
from tests.test_extractive import decision

FILLER = ("The market grew fast in 2024.", "Robots spread across factories.", "Capital flowed to chips.")
CREDITED = "According to the Robot Incident Register, robot incidents reached 220 cases in 2024."


def test_the_source_a_question_or_sentence_credits():
    assert cited_source("According to Vantix, how many incidents were there?") == "Vantix"
    assert cited_source("How many incidents per the Robot Incident Register?") == "Robot Incident Register"
    assert cited_source("How many incidents per month were there?") is None  # a rate, not a source


def test_a_figure_credited_to_another_source_is_refused():
    d = decision("According to Vantix, how many robot incidents were there in 2024?", CREDITED, *FILLER)
    assert "Robot Incident Register" in (source_other(d) or "")


def test_the_source_asked_or_no_source_given_is_kept():
    d = decision("Per the Robot Incident Register, how many robot incidents were there in 2024?", CREDITED, *FILLER)
    assert source_other(d) is None
    d = decision("According to Vantix, how many robots were sold in 2024?", "Robots sold reached 220 units in 2024.",
                 *FILLER)
    assert source_other(d) is None  # the sentence credits nobody: other gates judge it


def test_a_year_end_is_not_answered_by_the_first_half():
    half = "As of 1H 2024, the number of robot makers worldwide exceeded 30,000."
    assert "first half of 2024" in (half_not_end(decision("How many robot makers were there at the end of 2024?",
                                                          half, *FILLER)) or "")
    assert half_not_end(decision("How many robot makers were there in the first half of 2024?", half, *FILLER)) is None
    assert half_not_end(decision("How many robot makers were there in 2024?", half, *FILLER)) is None
    assert half_not_end(decision("How many robot makers were there at end-2024?",
                                 "By the end of 2024, robot makers exceeded 30,000, up from 1H 2024.", *FILLER)) is None

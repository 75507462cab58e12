"""Abstaining by the slot the evidence misses (issue 12): gates on the smallest input,
without the embedding model: a count asked and an amount of money given; a figure whose own
clause is about another subject than the one asked."""

from __future__ import annotations

from rag.extractive import gates
from rag.extractive.gates_clause import clause_other_subject, figure_clause
from rag.extractive.gates_counted import count_not_amount
from tests.test_extractive import decision

FILLER = ("The market grew fast in 2024.", "Robots spread across factories.", "Capital flowed to chips.")


# -- a count asked, an amount of money given ------------------------------------------------------------
def test_an_amount_of_money_does_not_answer_a_count_of_things():
    text = "Zentro AI financing: RMB 301 billion in 2015; RMB 1,188 billion in 2020."
    d = decision("How many AI financing deals did Zentro record in 2020?", text, *FILLER)
    assert "count of deals" in (count_not_amount(d) or "")
    assert gates.first_gate(d) is not None
    # the question names money itself: an amount answers it
    assert count_not_amount(decision("How many billion yuan of AI financing did Zentro record in 2020?", text, *FILLER)) is None
    # a count given: left to the other gates
    d = decision("How many AI financing deals did Zentro record in 2020?", "Zentro recorded 1,076 AI financing deals in 2020.", *FILLER)
    assert count_not_amount(d) is None


# -- the figure's own clause names another subject ------------------------------------------------------
TEXT = ("Zentro Cloud's TI platform supports Orbis Bank in building risk control, while the Kelvar Institute's "
        "compute network has empowered 50+ scientific models across seven domains.")


def test_a_figure_belongs_to_the_clause_it_sits_in():
    lo, hi = figure_clause(TEXT, TEXT.index("50+"), TEXT.index("50+") + 3)
    assert TEXT[lo:hi].startswith("the Kelvar Institute") and hi == len(TEXT)
    assert figure_clause("Zentro has 5 models.", 11, 12) == (0, len("Zentro has 5 models."))


def test_a_figure_in_the_other_subjects_clause_does_not_answer():
    d = decision("How many scientific models has Zentro Cloud's TI platform empowered?", TEXT, *FILLER)
    assert "Kelvar" in (clause_other_subject(d) or "")
    # the subject of the figure's own clause asked: it answers
    assert clause_other_subject(decision("How many scientific models has the Kelvar Institute's compute network empowered?",
                                         TEXT, *FILLER)) is None
    # an enumeration is no contrast: 'A, B, and C' keeps one clause
    text = "In 2023, Zentro models trailed Orbis models by 17.5%, 13.5%, and 31.6% on MMLU, MATH, and HumanEval."
    assert clause_other_subject(decision("By how much did Zentro models trail on HumanEval in 2023?", text, *FILLER)) is None
# -- a quantity asked, only words given: abstain -------------------------------------------------------
def test_a_quantity_asked_and_only_words_given_is_refused():
    from rag.extractive.answerer import ExtractiveAnswerer
    from rag.extractive.verify import Verifier
    from tests.test_extractive import context
    ctx = context("What coverage has the healthcare sector achieved across its scenarios?",
                  "In healthcare, intelligent agents analyse patient medical records, imaging data, and test results.", *FILLER)
    answer = ExtractiveAnswerer(threshold=-5, verifier=Verifier()).answer(ctx)
    assert answer.abstained and "states none" in answer.answer
    assert answer.explanation["gate"] == "quantity_without_figure"


def test_a_total_does_not_answer_a_part_of_it():
    from rag.extractive.gates_group import total_for_part
    text = "By March 2025 a total of 451 Zentro services had been filed nationwide."
    d = decision("How many of the Zentro services filed by March 2025 serve the finance industry?", text, *FILLER)
    assert "451" in (total_for_part(d) or "")
    assert total_for_part(decision("How many Zentro services had been filed by March 2025?", text, *FILLER)) is None
    assert total_for_part(decision("How many of the Zentro services were filed in total by March 2025?", text, *FILLER)) is None

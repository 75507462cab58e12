"""A which-question led in bold by words the question itself says: no bold. No model."""

from __future__ import annotations

from rag.extractive.lead_given import echoed_lead

Q = "Which filing type dominates the 451 gen AI services filed by March 2025?"


def test_a_lead_of_the_questions_own_words_names_nothing_asked():
    assert echoed_lead(Q, "**Gen AI Service Filings**. Gen AI Service Filings and Industry Distribution [1]") == \
        "the lead repeats the question's own words and names nothing it asks"


def test_a_lead_naming_something_new_or_a_figure_or_another_question_form_passes():
    assert echoed_lead(Q, "**Vertical customized solutions**. [1]") is None  # a name the question does not say
    assert echoed_lead(Q, "**Gen AI services 80%**. [1]") is None  # a figure
    assert echoed_lead("How many gen AI services were filed?", "**Gen AI Service Filings**. [1]") is None


def test_a_which_question_naming_its_own_alternatives_is_answered_by_one_of_them():
    q = "Which company is larger, Alpha Corp or Beta Corp?"
    assert echoed_lead(q, "**Beta Corp**. [1]") is None

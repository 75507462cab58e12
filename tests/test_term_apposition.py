"""term_apposition: a term glossed in brackets or between dashes before the sentence's predicate is defined by the
gloss (no embedding model)."""

from __future__ import annotations

from rag.extractive.phrase_lead import lead_phrase
from rag.extractive.term_apposition import term_apposition


def test_a_dashed_apposition_defines_the_term():
    q = "What is settlement drift?"
    s = "Settlement drift—the gap between trade date and cash receipt—remains our main working-capital cost."
    assert term_apposition(q, s) == "the gap between trade date and cash receipt"
    assert lead_phrase(q, (), (), s) == "the gap between trade date and cash receipt"


def test_a_bracketed_gloss_defines_the_term():
    q = "How is core income defined?"
    s = "Core income (income less one-off gains) is the measure the board uses to set dividends."
    assert term_apposition(q, s) == "income less one-off gains"


def test_a_one_word_subject_asked_for_its_members_takes_the_gloss():
    q = "What do allowances include for the purpose of the pay table?"
    s = "The table counts staff whose allowances (travel and housing payments, excluding overtime) exceeded £5,000."
    assert term_apposition(q, s) == "travel and housing payments, excluding overtime"


def test_an_acronym_a_pointer_or_an_unasked_term_is_no_gloss():
    assert term_apposition("What is net revenue?", "Net revenue (NR) is the main measure.") is None
    assert term_apposition("What is net revenue?", "Net revenue (see note four above) is the main measure.") is None
    assert term_apposition("What is net revenue?", "Gross sales (before any discounts given) rose sharply.") is None
    assert term_apposition("Why did net revenue fall?", "Net revenue (revenue less direct costs) fell.") is None


def test_a_spelled_out_name_or_a_gloss_before_a_defining_predicate_is_no_definition():
    s = "EBITDAR (earnings before interest, tax and rent) is calculated as operating profit plus rent."
    assert term_apposition("How is EBITDAR calculated?", s) is None
    s = "Core income (income less one-off gains) is defined as income before restructuring charges."
    assert term_apposition("How is core income defined?", s) is None

"""Names on the smallest inputs: a hyphenated name found in its spaced form, a publisher named in full."""

from __future__ import annotations

from rag.extractive.names import mentions
from rag.extractive.slots import parse
from tests.test_extractive import context, source_slots


def test_a_hyphen_in_a_name_of_several_words_matches_a_space():
    assert mentions("angel to series a rounds accounted for 63%", "angel-to-Series A")
    assert mentions("angel-to-series a rounds", "angel to Series A")
    assert not mentions("angel to series b rounds", "angel-to-Series A")
    assert not mentions("company e", "Company A")


def test_a_publisher_written_out_is_a_source_first_word_included():
    ctx = context("What does Frost & Sullivan project for the market by 2030?", "The market will be USD 5 billion.",
                  publisher="Frost & Sullivan with LeadLeo")
    s = source_slots(ctx)
    assert "Frost" not in s.names and "Frost" in s.sources and not s.entities


def test_the_first_word_stays_a_name_when_the_question_also_uses_it_alone():
    ctx = context("According to China Insights, how big was China's GDP?", "China's GDP was RMB 134.9 trillion.",
                  publisher="China Insights Consultancy")
    s = source_slots(ctx)
    assert "China" in s.names


def test_a_function_or_asking_word_in_capitals_names_nothing():
    s = parse("What was the Total Value and Percentage Change of Notes That were Issued by IMFT in 2018?")
    # every content word is capitalised (title case, rag/extractive/title_case.py): 'Notes' is then no name either
    assert {"Total", "Value", "That", "Percentage", "Change", "Notes"}.isdisjoint(s.names) and "IMFT" in s.names
    assert {"IMFT", "Notes"} <= set(parse("What was the Total Value of the Notes that were Issued by IMFT?").names)
    assert [e.name for e in s.entities if e.name in ("Total", "Value", "That")] == []

"""The measure's narrowing words (gates_measure.narrowing_words): a plain degree ('high', 'low') or the
reports' other word for AI ('intelligent') picks no part of the measure; 'vs' ends a side's phrase."""

from rag.extractive.gates_measure import narrowing_words
from rag.extractive.slots import parse


def test_a_plain_degree_before_a_measure_narrows_nothing():
    assert narrowing_words(parse("Which sectors have high vs low AI penetration in China?")) == []
    assert narrowing_words(parse("Which sectors show high penetration?")) == []


def test_a_compound_with_a_degree_word_still_narrows():
    assert narrowing_words(parse("What was the high-end market share?")) == [["high-end"]]


def test_intelligent_is_the_domain_like_ai():
    assert narrowing_words(parse("How large is the intelligent agent market?")) == [["agent"]]
    assert narrowing_words(parse("How large is the AI agent market?")) == [["agent"]]


def test_versus_ends_a_sides_phrase():
    assert narrowing_words(parse("What is cloud vs edge revenue?")) == [["edge"]]

"""A publisher named by the first word of its name alone ('Frost's chart', 'per Frost') is a source, not a subject."""

from __future__ import annotations

from rag.sources import attributed, attributed_sources, first_names
from tests.test_extractive import context, source_slots


def test_a_first_word_is_attributed_by_possessive_preposition_or_reporting_verb():
    assert attributed("What value does Frost's chart give for 2026E?", "Frost")
    assert attributed("How has perception evolved, per Frost?", "Frost")
    assert attributed("What domains does Frost say agents help in?", "Frost")
    assert not attributed("What did Frost & Sullivan project?", "Frost")
    assert not attributed("Which company acquired Frostbite?", "Frost")


def test_first_names_skip_ordinary_words_and_single_word_publishers():
    firsts = first_names({("a", "Frost & Sullivan with LeadLeo"), ("b", "China Insights Consultancy"), ("c", "Gartner")})
    assert firsts == {"Frost": {"a"}}
    assert attributed_sources("What does Frost's chart show?", firsts) == (["Frost"], {"a"})
    assert attributed_sources("What does the chart show?", firsts) == ([], set())


def test_a_possessive_first_word_of_the_publisher_is_a_source_not_an_entity():
    ctx = context("What value does Frost's framework chart give for 2026?", "The framework market is 359 in 2026.",
                  publisher="Frost & Sullivan with LeadLeo")
    s = source_slots(ctx)
    assert "Frost" not in s.names and "Frost" in s.sources and not s.entities


def test_a_place_first_word_stays_the_subject():
    ctx = context("How big was China's market per China Insights?", "China's market was RMB 5 billion.",
                  publisher="China Insights Consultancy")
    s = source_slots(ctx)
    assert "China" in s.names


def test_a_first_word_set_apart_at_either_end_of_the_question_is_attributed():
    assert attributed("US AI unicorn count and total valuation of all AI unicorns in USD, Frost", "Frost")
    assert attributed("Frost - AI market size in logistics", "Frost")
    assert attributed("Frost: the 2024 AI financing total?", "Frost")
    assert not attributed("How did Frost, a chip maker, grow in 2024?", "Frost")

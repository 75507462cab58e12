"""The unit asked is set by the head noun of the phrase the question word asks about: a plain noun heading it
('which term', 'what scale') makes the question's unit words its topic, asking no unit."""

from __future__ import annotations

from rag.extractive.gates_asked_slot import name_not_figure
from rag.extractive.head_noun import plain_noun_head
from rag.extractive.slots import parse
from tests.test_extractive import decision


def test_a_plain_noun_heads_the_phrase_asked():
    assert plain_noun_head("Which term does the glossary pair with CAGR?") == "term"
    assert plain_noun_head("To what scale does the report compare the market opportunities?") == "scale"


def test_a_unit_noun_an_amount_or_a_choice_by_size_heads_no_plain_noun():
    assert plain_noun_head("What rate does the bank charge?") is None  # the head is a unit
    assert plain_noun_head("What revenue stream is billed via CPM?") is None  # a unit word modifies it
    assert plain_noun_head("What figure does the report give for revenue?") is None  # an amount noun
    assert plain_noun_head("Which segment had the highest revenue?") is None  # chosen by size
    assert plain_noun_head("How much revenue did the firm earn?") is None
    assert plain_noun_head("By what factor did the number of projects rise?") is None  # a unit phrase


def test_the_unit_words_of_a_plain_noun_question_ask_no_unit():
    assert parse("Which term does the glossary pair with CAGR?").units == ()
    assert parse("To what scale does the report compare the market opportunities?").units == ()
    assert parse("Which segment had the highest revenue?").units == ("money",)
    assert parse("What rate does the bank charge?").units == ("percent",)


def test_the_head_is_kept_only_where_unit_words_were_read_as_topic():
    assert parse("Which term does the glossary pair with CAGR?").asked_head == "term"
    assert parse("Which term does the glossary use?").asked_head is None  # no unit word to read as topic


def test_a_name_asked_with_its_unit_word_as_topic_is_not_answered_from_a_passage_of_figures():
    text = "By May 2025, the number of global AI unicorns exceeded 370."
    assert name_not_figure(decision("What database does the paper cite for its count of AI unicorns?", text)) \
        == "the reports give a figure, not the database asked"

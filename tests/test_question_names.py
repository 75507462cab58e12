"""What a question names (question_names.proper_names, slots' units): the smallest questions, no model."""

from __future__ import annotations

import pytest

from rag.extractive.question_names import proper_names
from rag.extractive.slots import parse


@pytest.mark.parametrize("question, names", [
    ("Japanese AI unicorn count?", ["Japanese"]),          # a place's demonym first is still a place asked
    ("China AI unicorn count?", ["China"]),
    ("Roughly how many unicorns are there?", []),          # any other capitalised first word names nothing
    ("Whisper handles how many languages?", []),
])
def test_a_first_word_is_a_name_only_when_it_is_a_place(question, names):
    assert proper_names(question) == names


@pytest.mark.parametrize("question, names", [
    ("What is the combined share of Companies D, E and F?", ["Company D", "Company E", "Company F"]),
    ("How do Regions A and B compare?", ["Region A", "Region B"]),
    ("What do Companies say?", ["Companies"]),
])
def test_a_plural_before_lone_letters_names_one_of_each(question, names):
    assert proper_names(question) == names


def test_percentage_points_ask_a_percent_not_a_score_even_of_revenue():
    slots = parse("How many percentage points of 2024 revenue separate Company A from Company D?")
    assert "percent" in slots.units and "score" not in slots.units
    assert "score" in parse("How many points did the index gain?").units


def test_a_comparative_of_speed_compares_and_narrows_no_measure():
    from rag.extractive.gates_measure import narrowing_words
    assert narrowing_words(parse("Did urban or rural residents see faster income growth in 2024?")) == []
    assert narrowing_words(parse("What was urban disposable income in 2024?")) == [["urban", "disposable"]]


def test_a_neutral_verb_of_movement_asks_the_trend_and_names_no_topic():
    slots = parse("How did the value of bid projects move from 2023 to 2024?")
    assert slots.trend and "move" not in slots.subject and "project" in slots.subject


@pytest.mark.parametrize("question, names", [
    ("What did GPT-4o do for ChatGPT-style chatbots?", ["GPT-4o", "ChatGPT"]),
    ("Where has the field moved since CLIP-like dual encoders?", ["CLIP"]),
    ("How did Transformer-based models fare against GPT-4-class ones?", ["Transformer", "GPT-4"]),
    ("What did OpenAI-GPT do?", ["OpenAI-GPT"]),             # a hyphened name of two names stays whole
])
def test_a_modifier_suffix_leaves_the_name_it_modifies(question, names):
    assert proper_names(question) == names

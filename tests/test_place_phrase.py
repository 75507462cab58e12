"""A phrase pointing at a place in a report says where to look, not what the answer must cover (place_phrase.py)."""

from rag.extractive.place_phrase import place_owners, without_place
from rag.extractive.slots import parse


def test_bracketed_part_is_taken_off():
    assert without_place("What do A and B use AI for (penetration page)?") == (
        "What do A and B use AI for?", ("penetration page",))


def test_trailing_part_with_owner_is_taken_off():
    assert without_place("How did X differ, per Frost's RL page?") == ("How did X differ?", ("per Frost's RL page",))
    assert without_place("Why did X grow, in the chapter on agents?") == ("Why did X grow?", ("in the chapter on agents",))


def test_other_phrases_are_left_as_written():
    assert without_place("What is revenue in 2024 (USD)?") == ("What is revenue in 2024 (USD)?", ())
    assert without_place("How many rows are in the table?")[1] == ()  # a bare part names no place
    assert without_place("Which firm leads, per CIC's speech model table?")[1] == ()  # a table's words pick its rows
    assert without_place("What is X, per the 2024 appendix?")[1] == ()  # a year dates the question
    assert without_place("What (penetration page)?")[1] == ()  # nothing left to ask


def test_place_words_are_no_slot():
    slots = parse("What do e-commerce and media each use AI for (penetration page)?")
    assert "percent" not in slots.units and "penetr" not in slots.subject and "page" not in slots.subject
    assert slots.text.endswith("(penetration page)?") and slots.place == ("penetration page",)
    assert "RL" not in parse("How did X differ from post-training, per Frost's RL page?").names


def test_owner_of_the_place_still_names_the_report():
    assert place_owners(("per Frost's RL page", "CIC appendix, text")) == ["Frost", "CIC"]
    assert "Frost" in parse("How did X differ from post-training, per Frost's RL page?").names


def test_a_bracket_headed_by_another_noun_is_no_place():
    assert without_place("What is X's revenue (data centres)?")[1] == ()  # 'data' modifies the head 'centres'
    assert without_place("Why did X grow (chapter on AI agents)?")[1] == ("chapter on AI agents",)


def test_a_sources_data_is_no_division_of_a_report():
    # 'data' names whose figures, not where in a report they stand: its words stay slots of the question
    assert without_place("How many projects were disclosed in 2024 (Zentro data)?")[1] == ()
    assert without_place("How many projects were disclosed in 2024 (Zentro glossary)?")[1] == ("Zentro glossary",)

"""Names fronted before the question proper and set off by a spaced dash ('A and B - what X?', 'A vs B - which
...'): the dash delimits them as a colon does; 'A and B together - ...' asks one sum, no sides. No model."""

from __future__ import annotations

from rag.extractive.choice_names import alternatives


def test_a_dash_sets_off_two_names_joined_by_and():
    alt = alternatives("OpenAI TTS-1 and Kokoro 82M v1.0 - what Arena ELOs?")
    assert alt is not None and alt.names == ("OpenAI TTS-1", "Kokoro 82M v1.0") and alt.kind == "comparison"
    assert alternatives("OpenAI TTS-1 and Kokoro 82M v1.0: what Arena ELOs?") == alt  # as a colon does


def test_a_dash_ends_the_second_side_of_versus_and_or():
    assert alternatives("TensorFlow vs PyTorch - who developed each?").names == ("TensorFlow", "PyTorch")
    alt = alternatives("Veo 3 Preview or Kling 2.0 - which got the higher ELO?")
    assert alt is not None and alt.names == ("Veo 3 Preview", "Kling 2.0") and alt.kind == "choice"


def test_a_hyphen_inside_a_name_delimits_nothing():
    assert alternatives("Speech-02-HD and TTS-1-what ELO?") is None


def test_names_joined_together_ask_one_sum():
    assert alternatives("Companies E and F together - what share of 2024 revenues?") is None
    assert alternatives("Companies E and F combined: what share of 2024 revenues?") is None


def test_together_asks_a_sum():
    from rag.extractive.operations import operation

    assert operation("Companies E and F together - what share of 2024 revenues?") == "sum"
    assert operation("What share do Companies E and F hold?") is None

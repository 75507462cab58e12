"""Names an all-lower-case question writes that the reports' case cannot give back: places and versions."""

from rag.extractive.lower_names import named_lower
from rag.extractive.restored_case import with_case
from rag.extractive.slots import parse


def test_a_known_place_gets_its_capital_so_it_is_a_name_again():
    asked = named_lower("how many ai unicorns are in france and the eu", "unicorns in france rose")
    assert asked == "how many ai unicorns are in France and the EU"
    assert {"France", "EU"} <= set(parse(asked).names)


def test_us_the_pronoun_is_left_alone():
    assert named_lower("tell us the u.s. share", "") == "tell us the U.S. share"


def test_a_versioned_word_the_reports_never_write_is_a_name():
    asked = named_lower("what is o3-pro's index score in q3", "gpt-5 leads the index")
    assert asked == "what is O3-pro's index score in q3"  # 'q3' is a period, not a version
    assert "O3-pro" in parse(asked).names


def test_a_versioned_word_the_reports_write_is_left_as_the_question_has_it():
    assert named_lower("is speech-02-hd ahead", "minimax speech-02-hd leads") == "is speech-02-hd ahead"


def test_a_question_with_capitals_is_not_touched():
    class Snap:
        chunks = ()
    assert with_case("What did france spend?", Snap()) == "What did france spend?"


def test_chip_names_are_names_and_dated_or_ranked_words_are_periods():
    asked = named_lower("was the h20 ahead of the h100 in mid-2024 for tier-1 and top-10 firms in h1 of fy2024", "")
    assert asked == "was the H20 ahead of the H100 in mid-2024 for tier-1 and top-10 firms in h1 of fy2024"

from rag.extractive.question_names import place_pairs
from rag.extractive.slots import parse


def test_dashed_places_name_each_place():
    assert place_pairs(["US-China"]) == ["US", "China"]
    assert place_pairs(["China–U.S."]) == ["China", "U.S."]


def test_a_place_named_by_a_pair_and_alone_is_named_once_in_either_order():
    assert place_pairs(["China", "US-China"]) == ["China", "US"]
    assert place_pairs(["US-China", "China"]) == ["US", "China"]


def test_other_dashed_names_and_repeats_are_kept():
    assert place_pairs(["Speech-02-HD", "GPT-4"]) == ["Speech-02-HD", "GPT-4"]
    assert place_pairs(["Coca-Cola"]) == ["Coca-Cola"]
    assert place_pairs(["DeepSeek", "DeepSeek"]) == ["DeepSeek", "DeepSeek"]


def test_slots_read_each_place_with_its_forms():
    ents = {e.name: e for e in parse("What was the US-China gap on MATH in 2023?").entities}
    assert ents["US"].place and "U.S." in ents["US"].forms
    assert ents["China"].place and "Chinese" in ents["China"].forms

"""'Did X gain or lose share between A and B' asks a trend; gaining or losing narrows no measure."""

from rag.extractive.gates_measure import narrowing_words
from rag.extractive.slots import parse


def test_gaining_or_losing_over_a_period_asks_a_trend():
    assert parse("Did China gain or lose share of new models between 2022 and 2024?").trend
    assert parse("Has the firm lost market share since 2021?").trend


def test_a_verb_of_gaining_or_losing_before_a_measure_narrows_nothing():
    assert narrowing_words(parse("Did China gain or lose share of new models between 2022 and 2024?")) == []
    assert narrowing_words(parse("Did China lose cloud revenue between 2022 and 2024?")) == [["cloud"]]

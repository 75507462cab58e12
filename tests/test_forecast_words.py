"""The forecast words shared by the threshold gates (a sentence stating something ahead) and the forecast lead
check (a sentence making a projection): one core, each pattern's own extra alternatives."""

from rag.extractive.forecast_words import AHEAD_SAID, PROJECTION_SAID


def test_core_words_are_both():
    for text in ("Revenue is expected to double.", "Sales will reach $5bn.", "It was forecasted at 3%."):
        assert AHEAD_SAID.search(text) and PROJECTION_SAID.search(text)


def test_each_keeps_its_own_extras():
    assert AHEAD_SAID.search("Sales of $5bn by 2030.") and not PROJECTION_SAID.search("Sales of $5bn by 2030.")
    assert PROJECTION_SAID.search("The outlook is for 3% growth.") and not AHEAD_SAID.search("The outlook is 3%.")


def test_whole_words_only():
    assert not AHEAD_SAID.search("A willing buyer paid $5bn.") and not PROJECTION_SAID.search("Sales rose 3%.")

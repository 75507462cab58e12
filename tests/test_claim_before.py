"""A restated claim referring back to the sentence before (rag/extractive/claim_before.py), on the smallest input."""

from rag.extractive.claim_before import concluded_from
from rag.extractive.slots import parse


def test_concluded_from_a_pointer_back_or_a_consequence_drawn():
    slots = parse("Why could the feedback loop make AI the fastest revolution?")
    assert concluded_from("This feedback loop could make AI the fastest revolution in history.",
                          "A compounding effect will emerge between algorithms and applications.", slots)
    slots = parse("Why is so much of China's data left unstored?")
    assert concluded_from("China stored only 2 ZB, meaning 95% of data was left unstored.",
                          "However, data production far outpaces storage efficiency.", slots)


def test_concluded_from_keeps_a_sentence_standing_alone_or_with_its_cause():
    slots = parse("Why is so much of China's data left unstored?")
    # no pointer back: the sentence before need not be about it
    assert not concluded_from("95% of China's data was left unstored in 2024.", "Storage grew fast.", slots)
    # a cause said in the sentence itself: no claim restated
    assert not concluded_from("This data is left unstored because storage is costly.", "Storage grew fast.", slots)
    # the sentence before restates the claim as well: it says no reason either
    assert not concluded_from("This means China's data is left unstored.", "Much of China's data is left unstored.", slots)


def test_a_sentence_opening_on_the_present_time_refers_back_to_nothing():
    slots = parse("Why is so much of China's data left unstored?")
    assert not concluded_from("This year, 95% of China's data was left unstored.", "Storage grew fast.", slots)
    assert not concluded_from("These days 95% of China's data is left unstored.", "Storage grew fast.", slots)
    assert concluded_from("These gaps left 95% of China's data unstored.", "Storage grew fast.", slots)

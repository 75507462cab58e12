"""A share whose whole and part one sentence gives: each amount is of the phrase around it."""

from rag.extractive.computed_prose_share import whole_and_part
from rag.extractive.cells import words


def _pair(text, whole, part, year=None):
    got = whole_and_part(text, set(words(whole)), set(words(part)), year)
    return got and (got[0].text, got[1].text)


def test_of_which_gives_the_part_of_the_amount_before():
    text = ("In fiscal 2020, we acquired Helion Power Devices for cash consideration of $61.5 million, net of cash "
            "acquired, of which $34.3 million was allocated to goodwill.")
    assert _pair(text, "Helion Power Devices cash consideration", "goodwill") == ("$61.5 million", "$34.3 million")


def test_the_opening_words_are_the_first_amounts():
    text = ("Total AUM increased $38.6 billion, or 12%, during 2023, comprising market appreciation of $31.9 billion "
            "and net client cash inflows of $6.7 billion.")
    assert _pair(text, "the increase in total AUM", "net client cash inflows", 2023) == ("$38.6 billion", "$6.7 billion")


def test_no_pair_when_the_part_is_larger_or_scales_differ():
    assert _pair("Sales of $5 million included exports of $7 million.", "sales", "exports") is None
    assert _pair("Sales of $5 billion included exports of $7 million.", "sales", "exports") is None


def test_no_pair_when_no_phrase_names_the_whole():
    assert _pair("Exports of $2 million and imports of $3 million.", "revenue", "exports") is None

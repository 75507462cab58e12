"""direction_words: the direction vocabularies several modules compose their patterns from."""

from rag.extractive.direction_words import FALL_ASKED, GROWTH_ASKED


def test_a_fall_is_asked_and_is_a_move():
    for q in ("Which region declined most?", "which segment shrank the most", "where did sales fall"):
        assert FALL_ASKED.search(q) and GROWTH_ASKED.search(q)


def test_a_rise_is_a_move_not_a_fall():
    for q in ("Which region grew fastest?", "the highest year-on-year rise", "largest CAGR"):
        assert GROWTH_ASKED.search(q) and not FALL_ASKED.search(q)

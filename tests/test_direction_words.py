"""direction_words: the direction vocabularies several modules compose their patterns from."""

from rag.extractive.direction_words import FALL_ASKED, GROWTH_ASKED


def test_a_fall_is_asked_and_is_a_move():
    for q in ("Which region declined most?", "which segment shrank the most", "where did sales fall"):
        assert FALL_ASKED.search(q) and GROWTH_ASKED.search(q)


def test_a_rise_is_a_move_not_a_fall():
    for q in ("Which region grew fastest?", "the highest year-on-year rise", "largest CAGR"):
        assert GROWTH_ASKED.search(q) and not FALL_ASKED.search(q)


def test_a_movement_by_a_bound_is_read_alike_by_its_counts():
    from rag.extractive.measure_meeting import _MOVED
    from rag.extractive.periods_meeting import _MOVED_BY
    for verb, down in (("climbed", False), ("slipped", True), ("shrunk", True)):
        for m in (_MOVED.search(f"How many regions {verb} by "), _MOVED_BY.search(f"In how many years did sales {verb} by")):
            assert m is not None and (m.group("down") is not None) is down

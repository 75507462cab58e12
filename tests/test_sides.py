"""A comparison asked in words: the answer quotes a sentence for each side."""

from rag.extractive.sides import other_side, sides
from tests.test_extractive import evidence


def test_the_sides_are_the_parallel_phrases_around_compared_with():
    assert sides("What is the edge of video players compared with audio players?") == (frozenset({"video"}),
                                                                                     frozenset({"audio"}))
    assert sides("What is the edge of video players?") is None


def test_the_sentence_about_the_other_side_is_found_by_its_passage():
    q = "What is the edge of video players compared with audio players?"
    ctx, slots, ev = evidence(q, "Audio players are strong. Their edge is realistic audio quality.",
                              "Video players grow fast. Their edge is cutting-edge research.")
    best = next(e for e in ev if "realistic audio" in e.text)
    other = other_side(q, [best] + [e for e in ev if e is not best], best)
    assert other is not None and other.passage_index == 1  # a sentence of the video passage
    audio_only = [e for e in ev if e.passage_index == 0]
    assert other_side(q, audio_only, best) is None  # no sentence about the other side retrieved

"""A comparison asked in words answered by a sentence about each side, not one naming both in passing."""

from rag.extractive.features import Evidence
from rag.extractive.side_subject import other_subject, side_subject, subject_side

_Q = "Alpha vs Beta: what does each do best?"


def _ev(i: int, text: str, score: float) -> Evidence:
    return Evidence(0, i, text, [], set(), set(), False, True, score=score)


def test_the_subject_is_the_side_the_sentence_opens_with():
    asked = (frozenset({"alpha"}), frozenset({"beta"}))
    assert subject_side("- Within typical models, Alpha excels at speed.", asked) == 0
    assert subject_side("Beta is known for style.", asked) == 1
    assert subject_side("Examples include Alpha, Gamma and Beta.", asked) is None


def test_a_sentence_naming_both_in_passing_gives_way_to_each_sides_own():
    listing, a, b = _ev(0, "Examples include Alpha, Gamma and Beta.", 1.0), \
        _ev(1, "Alpha excels at speed.", 0.8), _ev(2, "Beta is known for style.", 0.7)
    evidence = [listing, a, b]
    assert side_subject(_Q, evidence, listing, lambda e: True) is a
    assert other_subject(_Q, evidence, a) is b


def test_nothing_changes_when_one_side_has_no_sentence_of_its_own():
    listing, a = _ev(0, "Examples include Alpha, Gamma and Beta.", 1.0), _ev(1, "Alpha excels at speed.", 0.8)
    assert side_subject(_Q, [listing, a], listing, lambda e: True) is None
    assert other_subject(_Q, [listing, a], a) is None


def test_a_best_sentence_naming_neither_side_stays():
    general, a, b = _ev(0, "Performance improves with scale.", 1.0), \
        _ev(1, "Alpha excels at speed.", 0.8), _ev(2, "Beta is known for style.", 0.7)
    assert side_subject(_Q, [general, a, b], general, lambda e: True) is None


def test_sides_told_apart_by_figures_have_no_subject():
    assert subject_side("45.99 is the score of one region.", (frozenset({"45.99"}), frozenset({"45.93"}))) is None

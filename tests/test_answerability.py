"""features.answerability: the ranking picks which sentence answers, the score whether any does."""

from rag.extractive.features import Evidence, answerability


def _e(score: float, rank: float) -> Evidence:
    return Evidence(0, 0, "s", [], set(), set(), False, True, {}, score, rank)


def test_the_first_ranked_candidate_is_weighed_by_the_best_score_retrieved():
    first, closer = _e(0.45, 0.60), _e(0.55, 0.58)
    evidence = [first, closer]  # ranked first by `rank`, though `closer` scores higher
    assert answerability(evidence, first) == 0.55
    assert answerability(evidence, closer) == 0.55  # a later candidate: its own score


def test_a_later_candidate_is_weighed_by_its_own_score():
    first, later = _e(0.60, 0.60), _e(0.40, 0.50)
    assert answerability([first, later], later) == 0.40

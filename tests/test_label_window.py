"""A window for a label asked moves back to its clause start (rag/extractive/label_window.py)."""

from rag.extractive.label_window import clause_start


def test_window_moves_back_to_the_clause_holding_the_label():
    words = "backing, the financial sector leads agents, with coverage".split()
    scores = [0, 0, 0, 1, 1, 1, 0, 0]
    assert clause_start(words, scores, 3, 8) == (1, 6)  # 'the financial sector leads agents,'


def test_window_at_a_clause_start_stays():
    words = "backing, the sector leads agents".split()
    assert clause_start(words, [0, 0, 1, 1, 1], 1, 5) == (1, 5)


def test_window_keeps_scored_words_at_its_end():
    words = "backing, the financial sector leads agents".split()
    assert clause_start(words, [0, 0, 0, 1, 1, 1], 3, 6) == (3, 6)


def test_window_too_far_from_its_clause_start_stays():
    words = ("start, " + "w " * 8 + "sector leads x y z q r s t u v").split()
    scores = [0] * 9 + [1, 1] + [0] * 9
    assert clause_start(words, scores, 9, 20) == (9, 20)

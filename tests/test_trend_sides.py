"""A direction asked of two things names two sides (trend_sides.py, sides.other_side)."""

from rag.extractive.features import Evidence
from rag.extractive.sides import other_side
from rag.extractive.trend_sides import moving_sides


def _e(text: str, score: float, i: int) -> Evidence:
    return Evidence(passage_index=0, sentence_index=i, text=text, figures=[], years=set(), passage_years=set(),
                    row=False, year_ok=True, score=score)


def test_pair_whose_direction_is_asked():
    a, b = moving_sides("Which way are enterprise demand and inference costs heading?")
    assert {"enterprise", "demand"} <= a and "inference" in b
    assert moving_sides("How have revenues changed since 2020?") is None


def test_other_sides_sentence_is_quoted():
    q = "Which way are enterprise demand and inference costs heading?"
    best = _e("Inference costs continue to drop rapidly.", 0.5, 0)
    other = _e("Enterprise demand is surging across industries.", 0.4, 1)
    assert other_side(q, [best, other], best) is other

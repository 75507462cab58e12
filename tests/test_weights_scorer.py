"""Weights.scorer: the weights looked up once give the very float `Weights.score` gives."""

from dataclasses import replace

from rag.extractive.weights import DEFAULT


def test_scorer_gives_the_same_float_as_score():
    f = {"semantic": 0.5091, "overlap": 0.3467, "unit_absent": 1.0, "year_other": 1.0, "retrieval_rank": 0.25}
    w = replace(DEFAULT, bias=0.013)
    assert w.scorer(tuple(f))(f) == w.score(f)
    assert w.scorer(tuple(f))({**f, "overlap": 0.0}) == w.score({**f, "overlap": 0.0})

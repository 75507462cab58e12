"""Weights.scorer: the weights looked up once give the very float `Weights.score` gives."""

from dataclasses import replace

from rag.extractive.weights import DEFAULT


def test_scorer_gives_the_same_float_as_score():
    f = {"semantic": 0.5091, "overlap": 0.3467, "unit_absent": 1.0, "year_other": 1.0, "retrieval_rank": 0.25}
    w = replace(DEFAULT, bias=0.013)
    assert w.scorer(tuple(f))(f) == w.score(f)
    assert w.scorer(tuple(f))({**f, "overlap": 0.0}) == w.score({**f, "overlap": 0.0})


def test_the_sentence_holding_the_rarer_terms_outranks_a_closer_embedding():
    """An on-topic rival the embedding rates closer but that lacks the question's rarer terms ranks
    below the sentence that uses them (another year's or place's figure against the one asked)."""
    answer = {"semantic": 0.60, "overlap": 0.70}
    rival = {"semantic": 0.75, "overlap": 0.50}
    assert DEFAULT.score(answer) > DEFAULT.score(rival)


def test_semantic_and_overlap_keep_the_score_scale():
    """Moving weight from similarity to term overlap keeps a typical best sentence's score (the
    abstention threshold and the margins are set on that scale)."""
    typical = {"semantic": 0.70, "overlap": 0.60}
    assert abs(DEFAULT.score(typical) - 0.56) < 0.02

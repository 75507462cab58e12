"""Weights.scorer: the weights looked up once give the very float `Weights.score` gives."""

from dataclasses import replace

from rag.extractive.weights import DEFAULT


def test_scorer_gives_the_same_float_as_score():
    f = {"semantic": 0.5091, "overlap": 0.3467, "unit_absent": 1.0, "year_other": 1.0, "retrieval_rank": 0.25}
    w = replace(DEFAULT, bias=0.013)
    assert w.scorer(tuple(f))(f) == w.score(f)
    assert w.scorer(tuple(f))({**f, "overlap": 0.0}) == w.score({**f, "overlap": 0.0})


def test_the_ranking_weights_put_the_sentence_holding_the_rarer_terms_first():
    """Candidates are ordered by `Weights.ranking` (weight moved from similarity to term overlap): an
    on-topic rival the embedding rates closer but that lacks the question's rarer terms ranks below."""
    answer = {"semantic": 0.60, "overlap": 0.70}
    rival = {"semantic": 0.75, "overlap": 0.50}
    rank = DEFAULT.ranking()
    assert rank.score(answer) > rank.score(rival)
    assert DEFAULT.score(answer) < DEFAULT.score(rival)  # the answerability score is unchanged


def test_the_ranking_weights_differ_only_in_semantic_and_overlap():
    rank = DEFAULT.ranking()
    assert abs(rank.semantic + rank.overlap - DEFAULT.semantic - DEFAULT.overlap) < 1e-9
    assert replace(rank, semantic=DEFAULT.semantic, overlap=DEFAULT.overlap, rank_shift=DEFAULT.rank_shift) == DEFAULT
    assert "rank_shift" not in DEFAULT.feature_names()

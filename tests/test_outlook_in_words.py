"""An expectation asked for a metric is its outlook ('what does CIC expect for GDP growth'); holding level is a
direction ('is expected to remain stable'); said in words, it leads, not a figure of a sentence quoted beside it."""

from __future__ import annotations

from rag.extractive.compose import compose
from rag.extractive.shape_cues import trend_asked
from rag.extractive.slots import parse
from rag.extractive.trend import outlook_asked, states_future_direction
from tests.test_extractive import evidence

Q = "After 2023, what does CIC expect for China's GDP growth?"


def test_an_expectation_for_a_metric_asks_its_outlook():
    assert trend_asked(Q) and outlook_asked(parse(Q))
    assert not trend_asked("What growth rate does CIC expect in 2025?")


def test_remaining_stable_is_a_direction():
    assert states_future_direction("The future GDP growth is expected to remain stable after 2023.")
    assert not states_future_direction("The GDP growth rate was stable in 2023.")


def test_a_direction_in_words_leads_without_a_figure_beside_it():
    ctx, slots, ev = evidence(Q, "Although there was a one-time increase in 2021, the future GDP growth is expected "
                                 "to remain stable after 2023.",
                              "China's nominal GDP rose from RMB 99.1 trillion in 2019 to RMB 134.9 trillion in 2024.")
    best = next(e for e in ev if "stable" in e.text)
    assert best.features.get("trend_direction")
    answer = compose(ctx, slots, ev, best, [], 1.0, "extractive", 600)
    assert not answer.answer.startswith("**RMB") and "remain stable" in answer.answer

"""A comparison of two named things led by one figure from a sentence naming neither: no bold. No model."""

from __future__ import annotations

from rag.extractive.neither_side import neither_side_led
from tests.test_extractive import evidence

GROW = "The market is expected to grow from RMB 8.5B in 2025 to over RMB 1.1T by 2075."


def _lead(q: str, text: str):
    ctx, slots, ev = evidence(q, text)
    figs = [f for f in ev[0].figures if f.unit == "money"][:1]
    return ev[0], figs, f"**{figs[0].display}** (2025). {text} [1]"


def test_one_figure_naming_neither_side_compares_nothing():
    q = "AI Agent market vs foundation model industry in China, both in 2025"
    best, figs, shown = _lead(q, GROW)
    assert neither_side_led(q, shown, best, figs) == ("the question compares AI Agent market and foundation model "
                                                      "industry, and the quoted sentence gives one figure naming neither")


def test_no_doubt_when_a_side_is_named_or_one_relating_figure_is_asked():
    q = "AI Agent market vs foundation model industry in China, both in 2025"
    text = "The AI Agent market is expected to grow from RMB 8.5B in 2025 to over RMB 1.1T by 2075."
    best, figs, shown = _lead(q, text)
    assert neither_side_led(q, shown, best, figs) is None  # one side named: one_side_led's case
    q = "What is the gap between the AI Agent market vs the foundation model industry in 2025?"
    best, figs, shown = _lead(q, GROW)
    assert neither_side_led(q, shown, best, figs) is None  # one figure relating the two is asked
    q = "How big is the AI Agent market in 2025?"
    best, figs, shown = _lead(q, GROW)
    assert neither_side_led(q, shown, best, figs) is None  # no comparison

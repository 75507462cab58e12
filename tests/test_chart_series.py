"""A chart series of bare numbers under a money caption reads as money; other lines are unchanged."""

from __future__ import annotations

from ingest.figures import parse_figures
from rag.extractive.chart_series import caption_money
from rag.extractive.pick import unit_figures
from rag.extractive.slots import parse

SERIES = "Chinas large model market size, 2023-2029E: 147 in 2023; 221 in 2024; 672 in 2027E"


def test_a_bare_series_under_a_market_size_caption_is_money():
    figs = caption_money(SERIES, parse_figures(SERIES))
    money = unit_figures(figs, parse("What 2027E value does the large model market size chart show?"))
    assert [f.text for f in money] == ["147", "221", "672"] and {f.currency for f in money} == {""}


def test_a_caption_naming_a_currency_gives_it():
    text = "AI spending in China (RMB), 2022-2024: 10 in 2022; 12 in 2023"
    assert {f.currency for f in caption_money(text, parse_figures(text)) if f.unit == "count"} == {"RMB"}


def test_a_count_caption_or_a_sentence_is_unchanged():
    for text in ("Number of large models, 2023-2025: 147 in 2023; 221 in 2024",
                 "The market size reached 147 in 2023 and 221 in 2024."):
        figs = parse_figures(text)
        assert caption_money(text, figs) == figs

"""A compound rate a chart prints beside its series leads a CAGR asked over the caption's span
(rag/extractive/chart_rate.py); its own-unit label is not hedged as a chart unit reading. No model."""

from __future__ import annotations

from rag.extractive.chart_doubt import WHY, chart_figure
from rag.extractive.chart_rate import labelled_rate, printed_cagr, printed_rate, series_span
from rag.extractive.features import Evidence
from rag.extractive.slots import parse
from rag.types import Answer
from tests.test_extractive import context

SERIES = "Chinas large model market size, 2023-2029E: 147 in 2023; 221 in 2024; 672 in 2027E; 1,413 in 2029E"
PASSAGE = SERIES + "\nyoy 50.3%\nCAGR 44.9%\nChinas large model market size, 2023-2029E"
COMPUTED = ("**45.82%** — compound annual growth: (1,413 / 147)^(1/6) - 1 = 45.82%. From 2029: 1,413 [1]; "
            f"2023: 147 [1]. {SERIES} [1]")


def _evidence(text: str) -> Evidence:
    return Evidence(0, 0, text, [], set(), set(), False, True)


def _answer(text: str, ctx=None, shape: str | None = "computed") -> Answer:
    return Answer(question="q", answer=text, figure=None, abstained=False, citations=[], shape=shape,
                  passages=list(ctx.passages) if ctx else [])


def test_a_series_line_gives_its_span_and_a_passage_its_one_printed_cagr():
    assert series_span(SERIES) == (2023, 2029) and series_span("The market grew 40% in 2024.") is None
    assert printed_cagr(PASSAGE) == "44.9%" and printed_cagr(SERIES) is None
    assert printed_cagr(PASSAGE + "\nCAGR 12.0%") is None  # two charts' rates: which one is unknown


def test_a_cagr_asked_over_the_caption_span_is_the_printed_one():
    question = "What compound growth rate is forecast for China's large model market over 2023-2029?"
    ctx = context(question, PASSAGE)
    answer = printed_rate(ctx, parse(question), _answer(COMPUTED, ctx), _evidence(SERIES))
    assert answer is not None and answer.answer.startswith("**44.9%**") and answer.figure == "44.9%"
    assert "45.82%" in answer.answer  # the recomputation stays as a check


def test_other_years_or_no_printed_rate_keep_the_computed_one():
    other = "What CAGR does China's large model market imply from 2024 to 2029?"
    ctx = context(other, PASSAGE)
    assert printed_rate(ctx, parse(other), _answer(COMPUTED, ctx), _evidence(SERIES)) is None
    same = "What compound growth rate is forecast for China's large model market over 2023-2029?"
    ctx = context(same, SERIES)
    assert printed_rate(ctx, parse(same), _answer(COMPUTED, ctx), _evidence(SERIES)) is None


def test_a_rate_label_with_its_own_unit_is_not_hedged_but_a_bare_value_is():
    ctx = context("q", PASSAGE)
    assert labelled_rate("44.9%", PASSAGE) and labelled_rate("50.3%", PASSAGE) and not labelled_rate("1,413", PASSAGE)
    assert chart_figure(_answer(f"**44.9%** — ... {SERIES} [1]", ctx), _evidence(SERIES)) is None
    assert chart_figure(_answer(f"**1,413** (2029). {SERIES} [1]", ctx), _evidence(SERIES)) == WHY


def test_a_falling_rate_label_is_a_rate_label_too():
    assert printed_cagr("CAGR -3.2%") == "-3.2%" and labelled_rate("-3.2%", "yoy -3.2%")

"""A figure read from a chart's data labels is answered without bold (rag/extractive/chart_doubt.py):
a chart's unit line is what extraction most often gets wrong. Smallest inputs, no model."""

from __future__ import annotations

from ingest.charts import is_chart_line, read_charts
from rag.extractive.chart_doubt import WHY, chart_figure
from rag.extractive.features import Evidence
from rag.types import Answer
from tests.test_charts import CHART

LINE = "Global AI market size, 2020-2024E: USD 2,335 billion in 2020; USD 2,902 billion in 2021; USD 3,683 billion in 2022"


def _evidence(text: str) -> Evidence:
    return Evidence(0, 0, text, [], set(), set(), False, True)


def _answer(text: str) -> Answer:
    return Answer(question="q", answer=text, figure=None, abstained=False, citations=[])


def test_the_line_read_charts_writes_is_a_chart_line_and_prose_is_not():
    written = next(l for l in read_charts(CHART).split("\n") if l.startswith("Global AI market size, 2020-2024E:"))
    assert is_chart_line(written) and is_chart_line(LINE)
    assert not is_chart_line("In 2024, the market reached USD 615.7 billion, up from USD 2.3 billion in 2020.")
    assert not is_chart_line("Revenue: 5 in 2020; 6 in 2021")  # two pairs: fewer than a chart's axis


def test_a_figure_lead_from_a_chart_line_is_doubted():
    assert chart_figure(_answer(f"**USD 2,902 billion** (2021). {LINE} [1]"), _evidence(LINE)) == WHY


def test_a_label_lead_or_a_prose_figure_is_not():
    assert chart_figure(_answer("**Global AI market size** [1]"), _evidence(LINE)) is None  # no figure in the lead
    prose = "In 2021, the global AI market reached USD 290.2 billion."
    assert chart_figure(_answer(f"**USD 290.2 billion** (2021). {prose} [1]"), _evidence(prose)) is None


def test_the_answerer_hedges_a_chart_figure_and_bolds_the_same_figure_in_prose():
    from rag.extractive.answerer import ExtractiveAnswerer
    from rag.extractive.verify import Verifier
    from tests.test_extractive import context

    filler = ("Robots spread across factories.", "Capital flowed to chips.")
    answerer = ExtractiveAnswerer(threshold=-5, verifier=Verifier())
    answer = answerer.answer(context("What was the global AI market size in 2021?", LINE, *filler))
    assert not answer.abstained and answer.explanation["gate"] == "answer_doubt", answer.answer
    assert answer.answer.startswith(f"Not certain: {WHY}") and "2,902" in answer.answer and answer.figure is None
    prose = "The global AI market size reached USD 290.2 billion in 2021."
    answer = answerer.answer(context("What was the global AI market size in 2021?", prose, *filler))
    assert answer.answer.startswith("**USD 290.2 billion**"), answer.answer

"""An explanation led in bold by a title line is hedged (lead_doubt.title_for_explanation)."""

from __future__ import annotations

from ingest.figures import parse_figures
from rag.extractive.features import Evidence
from rag.extractive.lead_doubt import TITLE_WHY, title_for_explanation
from rag.extractive.slots import parse
from rag.types import Answer

_Q = "What does the overfitting risk in the risk matrix describe?"


def _case(text: str, question: str = _Q):
    best = Evidence(0, 0, text, parse_figures(text), set(), set(), False, True, features={}, score=0.5)
    answer = Answer(question=question, answer=f"**{text}** [1]", figure=None, abstained=False, citations=[])
    return parse(question), answer, best


def test_a_title_line_is_no_bold_explanation():
    assert parse(_Q).shape == "explanation"
    assert title_for_explanation(*_case("Artificial intelligence risk management matrix")) == TITLE_WHY


def test_a_sentence_is_kept():
    assert title_for_explanation(*_case("The model performs well in training but fails on real data.")) is None


def test_a_title_answering_another_shape_is_kept():
    assert title_for_explanation(*_case("Artificial intelligence risk management matrix",
                                        "Which matrix does the report show?")) is None


def test_a_title_line_is_no_bold_list_or_figure():
    from rag.extractive.lead_doubt import TITLE_LEAD_WHY, title_lead
    q = "What stages make up the platform process?"
    assert title_lead(*_case("Platform tools define the framework data", q)) == TITLE_LEAD_WHY
    assert title_lead(*_case("The process runs from data management to model deployment.", q)) is None
    # a side of a comparison may be a chart's label line without end punctuation
    assert title_lead(*_case("Zentro 3 brought chatbots to a usable level", "Zentro 2 versus Zentro 3: what did each do?")) is None


def test_a_trend_asked_is_a_figure_shape():
    from rag.extractive.lead_doubt import TITLE_LEAD_WHY, title_lead
    q = "Which way is cloud pricing moving?"
    assert parse(q).trend and parse(q).shape == "figure"
    assert title_lead(*_case("Cloud pricing models and buyers", q)) == TITLE_LEAD_WHY

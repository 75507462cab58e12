"""The extreme of a chart's repeated data labels (rag/extractive/label_runs.py) and a publisher's chart named
by its first word (rag/extractive/names.py), on the smallest passage, without the embedding model."""

from __future__ import annotations

_CHART = ("Regional AI Competitiveness by Province/City, July 2024\nCompetitiveness: 96.58\nNumber of enterprises : 116,000\n"
          "Competitiveness: 94.74\nNumber of enterprises: 288,000\nCompetitiveness: 87.27\nNumber of enterprises: 95,000")


def _answer(question: str, text: str = _CHART, publisher: str = "Frost & Sullivan with LeadLeo Research Institute"):
    from ingest.figures import parse_figures
    from ingest.types import Chunk
    from rag.extractive.features import Evidence
    from rag.extractive.label_runs import label_extreme
    from rag.extractive.names import without_source_names
    from rag.extractive.slots import parse
    from rag.types import AnswerContext, Passage

    chunk = Chunk("c1", "d1", text, "Report", publisher, "2025", "r.txt", 1, 1, None, 0, len(text))
    passages = [Passage(chunk, 1.0)]
    lines = text.split("\n")
    evidence = [Evidence(0, i, s, parse_figures(s), set(), set(), False, True) for i, s in enumerate(lines)]
    slots = without_source_names(parse(question), passages)
    return label_extreme(AnswerContext(question, passages), slots, evidence, "extractive")


def test_the_highest_of_a_measures_repeated_data_labels_is_their_largest_value_said_without_an_owner():
    a = _answer("What's the highest regional AI competitiveness score on the July 2024 chart?")
    assert a is not None and a.figure == "96.58" and "**" not in a.answer and "does not say whose" in a.answer
    low = _answer("What's the lowest competitiveness score on the chart?")
    assert low is not None and low.figure == "87.27"


def test_a_publishers_chart_named_by_its_first_word_is_a_source_not_a_subject():
    a = _answer("What's the highest regional AI competitiveness score on Frost's July 2024 chart?")
    assert a is not None and a.figure == "96.58"


def test_no_extreme_without_a_superlative_a_named_item_the_measure_or_three_labels():
    assert _answer("What's the regional AI competitiveness score on the chart?") is None  # no superlative
    assert _answer("What's Beijing's highest competitiveness score on the chart?") is None  # an item named
    assert _answer("What's the highest revenue on the chart?") is None  # another measure
    two = "Competitiveness: 96.58\nCompetitiveness: 94.74"
    assert _answer("What's the highest competitiveness score?", two) is None  # two lines are no series


def test_a_first_word_of_a_publisher_not_owning_a_document_stays_a_name():
    from ingest.types import Chunk
    from rag.extractive.names import without_source_names
    from rag.extractive.slots import parse
    from rag.types import Passage

    chunk = Chunk("c1", "d1", "x", "Report", "China Insights Consultancy", "2025", "r.txt", 1, 1, None, 0, 1)
    s = without_source_names(parse("What was China's GDP growth in 2024?"), [Passage(chunk, 1.0)])
    assert "China" in s.names


def test_a_place_that_opens_a_publishers_name_owns_no_document():
    from ingest.types import Chunk
    from rag.extractive.names import without_source_names
    from rag.extractive.slots import parse
    from rag.types import Passage

    chunk = Chunk("c1", "d1", "x", "Report", "China Insights Consultancy", "2025", "r.txt", 1, 1, None, 0, 1)
    s = without_source_names(parse("What do China's 2025 forecasts say about GDP?"), [Passage(chunk, 1.0)])
    assert "China" in s.names

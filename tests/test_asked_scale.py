"""A figure asked in another scale of its own unit is the table's figure converted exactly; a count-of-units scale
('100 million') is written in brackets with its currency, never '27.6 100 million'."""

from __future__ import annotations

from ingest.tables import Cell
from rag.extractive.asked_scale import in_asked_scale, scale_asked
from rag.extractive.row_sets import rows_meeting
from rag.extractive.shape_text import scaled
from rag.extractive.shapes import answer_by_cells
from rag.extractive.slots import parse
from tests.test_shapes import _ctx

GRID = [["Unit: RMB 100 million", "", "", ""],
        ["", "2023", "2024", "2030E"],
        ["China market size", "27.6", "52.1", "1,128.0"],
        ["Global market size", "142.0", "218.7", "2,910.5"],
        ["China share of global", "19.4%", "23.8%", "38.8%"]]


def _cell(text: str, value: float, unit: str | None, scale: str | None) -> Cell:
    return Cell("Market size", "2023", text, value, unit, scale)


def test_the_scale_asked_is_read():
    assert scale_asked("What was the market size in 2023, in RMB billion?") == ("billion", "RMB")
    assert scale_asked("What was revenue in USD millions?") == ("million", "USD")
    assert scale_asked("What was the market size in 2023?") is None


def test_a_figure_asked_in_another_scale_is_converted_exactly():
    assert in_asked_scale("What was it in 2023, in RMB billion?", _cell("27.6", 27.6, "RMB", "100 million")) == "RMB 2.76 billion"
    assert in_asked_scale("What was it in USD million?", _cell("8.7", 8.7, "USD", "billion")) == "USD 8,700 million"
    assert in_asked_scale("What was it in RMB billion?", _cell("27.6", 27.6, "RMB", "billion")) is None  # its own scale
    assert in_asked_scale("What was it in USD billion?", _cell("27.6", 27.6, "RMB", "100 million")) is None  # other currency
    assert in_asked_scale("What was it in billion?", _cell("19.4%", 19.4, "%", "100 million")) is None


def test_a_count_of_units_scale_is_bracketed_with_its_currency():
    assert scaled(_cell("27.6", 27.6, "RMB", "100 million")) == "27.6 (100 million RMB)"
    assert scaled(_cell("27.6", 27.6, "USD", "million")) == "27.6 million"


def test_a_table_figure_asked_in_billions_leads_converted():
    q = "What was China market size in 2023, in RMB billion?"
    answer = answer_by_cells(_ctx(q, GRID, None), parse(q), "extractive")
    assert answer is not None and answer.answer.startswith("**RMB 2.76 billion** (2023). 27.6 (100 million RMB) = RMB 2.76 billion.")


def test_a_threshold_in_billions_meets_a_table_in_100_millions():
    q = "How many regions exceeded RMB 20 billion in 2024?"
    ctx = _ctx(q, GRID[:4], None)
    from rag.extractive.passage_tables import tables_of
    answer = rows_meeting(ctx, tables_of(ctx), q, 2024, "extractive")
    assert answer is not None and answer.figure == "1"  # 218.7 (100 million) only: 52.1 is RMB 5.21 billion


def test_a_computed_result_in_a_count_of_units_keeps_the_bracket():
    from rag.extractive.shape_text import with_scale
    assert with_scale("2,870", "100 million", "RMB") == "2,870 (100 million RMB)"
    assert with_scale("12.6", "million", "USD") == "12.6 million"


def test_a_computed_amount_is_written_in_the_scale_asked():
    from decimal import Decimal
    from rag.extractive.asked_scale import result_in_asked_scale
    q = "What was the change in operating profit from FY2023 to FY2024 in JPY billion?"
    assert result_in_asked_scale(q, Decimal("25"), "100 million", "JPY") == "JPY 2.5 billion"
    assert result_in_asked_scale(q, Decimal("-8"), "100 million", "JPY") == "JPY -0.8 billion"
    assert result_in_asked_scale(q, Decimal("25"), "billion", "JPY") is None  # the scale asked already
    assert result_in_asked_scale(q, Decimal("25"), "100 million", "%") is None
    assert result_in_asked_scale("What was the change in revenue?", Decimal("25"), "100 million", "JPY") is None

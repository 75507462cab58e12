"""A ratio or per-unit row's figure is shown without the table's scale word."""

from ingest.tables import Cell
from rag.extractive.ratio_rows import takes_no_scale
from rag.extractive.shape_text import scaled


def _cell(row: str, text: str) -> Cell:
    return Cell(row, "2019", text, float(text.replace(",", "")), None, "million")


def test_a_ratio_of_two_measures_takes_no_scale():
    assert takes_no_scale(_cell("Net debt to EBITDA", "0.9"))
    assert scaled(_cell("Net debt to EBITDA", "0.9")) == "0.9"


def test_a_figure_per_million_of_revenue_takes_no_scale():
    assert scaled(_cell("Emissions › Normalised per $ million of revenues", "9.50")) == "9.50"


def test_an_amount_moved_to_a_measure_keeps_its_scale():
    assert not takes_no_scale(_cell("Transfers to equity", "1,234"))
    assert scaled(_cell("Trade receivables", "39.9")) == "39.9 million"


def test_a_small_amount_moved_to_a_measure_keeps_its_scale():
    # 'Transfers to equity 3.4' is 3.4 million moved, not a ratio, however small the figure
    assert not takes_no_scale(_cell("Transfers to equity", "3.4"))
    assert not takes_no_scale(_cell("Contribution to revenue", "2.5"))
    assert takes_no_scale(_cell("Loan to value", "0.4"))

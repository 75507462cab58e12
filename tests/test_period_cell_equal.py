"""period_cells: two columns of the year asked that give one and the same figure ('Carrying amount' and 'Fair
value' both 1,126) give that figure; two columns giving different figures still give none."""

from ingest.tables import Cell, Table
from rag.extractive.cells import RowHit
from rag.extractive.period_cells import period_cell


def _hit(values: dict[str, float]) -> RowHit:
    row = "Financial assets › Cash and cash equivalents"
    cells = [Cell(row, col, f"{v:,.0f}", v) for col, v in values.items()]
    return RowHit(0, Table(None, list(values), [row], cells), row, 1.0)


def test_one_figure_in_every_column_of_the_year_is_that_years_figure():
    hit = _hit({"2019 › Carrying amount": 1126, "2019 › Fair value": 1126, "2018 › Carrying amount": 894,
                "2018 › Fair value": 894})
    q = "What was the percentage change in cash and cash equivalents from 2018 to 2019?"
    assert period_cell(hit, 2019, q).value == 1126
    assert period_cell(hit, 2018, q).value == 894


def test_different_figures_in_the_years_columns_give_none():
    hit = _hit({"2019 › Carrying amount": 418, "2019 › Fair value": 420, "2018 › Carrying amount": 452,
                "2018 › Fair value": 452})
    assert period_cell(hit, 2019, "What were trade receivables in 2019?") is None

"""Annual-report pages on the smallest input, without the embedding model: a row line's currency note
makes its bare cells money when money is asked (and still counts when a count is); 'the Company' is no name;
a per-share row is not in the table's scale."""

from __future__ import annotations

import pytest

from ingest.figures import parse_figures
from rag.extractive import gates
from rag.extractive.pick import unit_figures
from rag.extractive.rows import noted_money
from tests.test_extractive import decision


@pytest.mark.parametrize("row, unit, currency", [
    ("Free cash flow — 2019: 4,411; 2018: 4,044 (EUR millions)", "count", "EUR"),
    ("Total (value) — 2019: 1,801.5; 2018: 1,675.1 (USD)", "count", "USD"),
    # a scale without a currency says nothing of money; a percent note makes the bare cells percentages, no money
    # (w-mkunit46: a table of rates states its unit once)
    ("Revenue — 2019: 4,411; 2018: 4,044 (thousands)", None, None),
    ("Gross margin — 2019: 41.2; 2018: 40.0 (%)", "percent", None),
])
def test_a_row_lines_currency_note_gives_its_cells_the_currency(row, unit, currency):
    figures = parse_figures(row)
    cells = [f for f in noted_money(row, figures) if f.unit != "year"]
    if unit is None:  # unchanged
        assert noted_money(row, figures) == figures
    else:
        assert {(f.unit, f.currency) for f in cells} == {(unit, currency)}


def test_a_sentence_ending_in_a_bracketed_currency_is_no_row():
    text = "Sales rose to 4,411 (EUR)"
    assert noted_money(text, parse_figures(text)) == parse_figures(text)


def test_the_value_of_a_row_asked_in_a_currency_noted_table_is_answered():
    row = "Free cash flow — 2019: 4,411; 2018: 4,044; 2017: 3,316 (EUR millions)"
    d = decision("What is the value of Free cash flow for 2017?", row)
    assert d.slots.unit == "money" and gates.unit_figure_for_period(d) is None
    assert [f.text for f in unit_figures(d.best.figures, d.slots)] == ["4,411", "4,044", "3,316"]
    # a count asked of the same kind of row still finds its cells
    row = "Weighted average shares outstanding — 2019: 4,411; 2018: 4,044; 2017: 3,316 (USD)"
    d = decision("What was the number of weighted average shares outstanding in 2017?", row)
    assert d.slots.unit == "count" and gates.unit_figure_for_period(d) is None


@pytest.mark.parametrize("question, names", [
    ("What is the Company paid on a cost-plus type contract?", ()),
    ("What was the Company's revenue in 2019?", ()),
    ("How much did the Group spend on research in 2019?", ()),
    # a filer word that is part of a name, or not after 'the', still names
    ("What did Company A earn in 2019?", ("Company A",)),
    ("Which Group leads the market?", ("Group",)),
])
def test_the_filer_a_report_calls_the_company_is_no_name(question, names):
    from rag.extractive.slots import parse

    assert parse(question).names == names


@pytest.mark.parametrize("row, expected", [
    ("Cash dividends declared per common share", "$0.64"),
    ("Net income per diluted share", "$0.64"),
    ("Underlying Results › Underlying EPS2", "$0.64"),
    ("Revenue", "$0.64 million"),  # an amount keeps the table's scale
])
def test_a_per_share_row_takes_no_table_scale(row, expected):
    from ingest.tables import Cell
    from rag.extractive.shape_text import scaled

    assert scaled(Cell(row, "2017", "$0.64", 0.64, "USD", "million")) == expected

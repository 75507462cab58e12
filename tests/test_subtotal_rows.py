"""A row with listed items under it is their subtotal: left out of row rankings, and its figure is a stated total."""

from __future__ import annotations

from ingest.tables import Cell, Table
from rag.extractive.row_sets import year_column_cells
from rag.extractive.subtotal_rows import heads_items, subtotal_figure


def _table() -> Table:
    rows = ["Opex", "Opex › R&D", "Opex › Selling", "Revenue"]
    cells = [Cell(r, "2021", t, float(t.replace(",", ""))) for r, t in zip(rows, ["1,300", "1,000", "300", "900"])]
    return Table(None, ["2021"], rows, cells)


def test_a_row_heads_the_rows_listed_under_it_only():
    rows = _table().rows
    assert heads_items("Opex", rows) and not heads_items("Revenue", rows) and not heads_items("Opex › R&D", rows)


def test_subtotal_is_left_out_of_the_year_column():
    (_, _, cells), = list(year_column_cells([(0, _table())], 2021, "Which item had the highest value in 2021?"))
    assert [c.row for c in cells] == ["Opex › R&D", "Opex › Selling", "Revenue"]


def test_subtotal_figure_is_a_stated_total():
    assert subtotal_figure("1,300", [_table()]) and not subtotal_figure("900", [_table()])

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


def test_a_row_summing_its_whole_block_closes_it_whatever_its_label():
    from ingest.tables import read_grid
    from rag.extractive.subtotal_rows import closes_block

    grid = [["", "2021", "2020"], ["Gas", "412", "395"], ["Electric", "288", "301"], ["Corporate", "(64)", "(58)"],
            ["Operating income", "636", "638"]]
    table = read_grid(grid, None).table
    assert [closes_block(table, i) for i in range(4)] == [False, False, False, True]
    partial = [["", "2021", "2020"], ["Sales", "50", "40"], ["Costs", "(30)", "(20)"], ["Tax", "(5)", "(4)"],
               ["Net", "(35)", "(24)"]]  # the sum of the last two rows only: no total of the block
    assert not closes_block(read_grid(partial, None).table, 3)


def test_addends_are_kept_with_the_table_and_a_copy_reads_its_own():
    from dataclasses import replace

    from ingest.tables import read_grid
    from rag.extractive.subtotal_rows import addends

    grid = [["", "2021"], ["Gas", "412"], ["Electric", "288"], ["Operating income", "700"]]
    table = read_grid(grid, None).table
    assert addends(table, 2) == ["Gas", "Electric"] and table.derived["addends"] == {2: ["Gas", "Electric"]}
    copy = replace(table, caption="Segments")
    assert copy.derived == {} and addends(copy, 2) == ["Gas", "Electric"]

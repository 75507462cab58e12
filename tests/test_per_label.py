"""A figure per something takes no scale of the table's caption (ingest.cell_values.per_label / tables.read_grid)."""

from ingest.cell_values import per_label, per_label_scale
from ingest.tables import read_grid


def test_per_labels():
    assert per_label("ICE NY price, average (USD/t)")
    assert per_label("Diluted net income per share")
    assert per_label("Lost-time injury frequency rate (per million man-hours)")
    assert not per_label("Gains/(losses)")
    assert not per_label("Rent per annum")
    assert not per_label("Weighted-average shares used in computing basic net income per share")
    assert per_label_scale("Lost-time injury frequency rate (per million man-hours)") is None
    assert per_label_scale("Revenue (USD thousand per employee)") == "thousand"


def test_price_column_under_tonnes_caption():
    grid = [["Unit: thousand tonnes", "", ""], ["Season", "Production", "Price (USD/t)"], ["2023/24", "4,380", "7,640"]]
    cells = {c.column.split(" › ")[-1]: c for c in read_grid(grid).table.cells}
    assert cells["Production"].scale == "thousand"
    assert cells["Price (USD/t)"].scale is None


def test_per_share_row_in_thousands_table():
    grid = [["(in thousands)", "2023"], ["Net income", "1,200"], ["Diluted net income per share", "$ 0.16"]]
    cells = {c.row: c for c in read_grid(grid).table.cells}
    assert cells["Net income"].scale == "thousand"
    assert cells["Diluted net income per share"].scale is None

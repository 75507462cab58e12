"""The N leading rows of a table by a named column (column_total.top_rows), the rank words asking for them and for
the rest of the whole (rank_words.top_rest / bottom_n), and the remainder's arithmetic (compute.remainder)."""

from __future__ import annotations

from rag import compute
from rag.extractive.column_total import top_asked, top_rows
from rag.extractive.rank_words import bottom_n, top_rest
from ingest.tables import Cell, Table


def _table(rank: bool = False) -> Table:
    rows = ["Europe", "China", "Other regions", "Japan", "Total"]
    vals = {"Europe": "29.5", "China": "78.9", "Other regions": "40.0", "Japan": "6.4", "Total": "154.8"}
    cols = (["Rank"] if rank else []) + ["2024"]
    cells = [Cell(r, "2024", v, float(v)) for r, v in vals.items()]
    if rank:
        cells += [Cell(r, "Rank", str(k), float(k)) for r, k in (("China", 1), ("Europe", 2), ("Japan", 3))]
    return Table(None, cols, rows, cells)


def test_rest_and_bottom_words():
    assert top_rest("What share did vendors outside the top three hold?") == 3
    assert top_rest("the share of producers beyond the five largest") == 5
    assert top_rest("What was the combined share of the top three?") is None
    assert bottom_n("the two smallest regions together") == 2


def test_top_asked_reads_operation():
    assert top_asked("What was the combined 2024 size of the three largest regions?") == (3, "sum", False)
    assert top_asked("What share of the market did companies outside the top two hold?") == (2, "rest", False)
    assert top_asked("How much did the two smallest regions add up to?") == (2, "sum", True)
    assert top_asked("Which region was largest?") is None


def test_unordered_rows_ranked_by_figure_residual_and_total_left_out():
    got = top_rows(_table(), "the two largest regions combined", "2024", 2, False)
    assert [c.row for c in got] == ["China", "Europe"]
    got = top_rows(_table(), "the two smallest regions combined", "2024", 2, True)
    assert [c.row for c in got] == ["Japan", "Europe"]


def test_rank_column_orders_rows():
    got = top_rows(_table(rank=True), "the top two regions combined", "2024", 2, False)
    assert [c.row for c in got] == ["China", "Europe"]


def test_remainder_recomputes():
    c = compute.remainder(compute.Operand.of("100.0"), [compute.Operand.of("36.5"), compute.Operand.of("26.4")])
    assert c.text == "37.1" and c.derivation == "100.0 - (36.5 + 26.4) = 37.1"
    assert compute.recompute("remainder", ["100.0", "36.5", "26.4"], "37.1")


def test_year_column_beside_a_dated_rank_column():
    from rag.extractive.column_total import _year_column

    t = Table(None, ["Rank 2024", "2023 › (million TEU)", "2024 › (million TEU)", "Change (%)"], ["Shanghai"], [])
    assert _year_column(t, 2024, "the combined 2024 throughput of the three largest ports") == "2024 › (million TEU)"

"""rival_bound: a count's bound that is another row's change ('faster than the group total'), and its row."""

from __future__ import annotations

from ingest.tables import SEP, Cell, Table
from rag.extractive.rival_bound import parts_of_whole, rival_asked, rival_row


def _table(rows: list[str]) -> Table:
    return Table(None, ["2022", "2023"], rows, [Cell(r, c, "1", 1.0) for r in rows for c in ("2022", "2023")])


def test_a_rival_is_a_row_or_the_whole_never_a_number() -> None:
    assert rival_asked("How many regions grew faster than the group total in 2023?") == (True, "the group total")
    assert rival_asked("How many regions grew more slowly than Europe over 2021-2023?") == (False, "Europe")
    assert rival_asked("How many countries are forecast to grow faster than 2.5% a year?") is None
    assert rival_asked("How many regions grew in 2023?") is None


def test_the_row_named_else_the_one_whole() -> None:
    table = _table(["Europe", "Asia Pacific", "Total"])
    assert rival_row(table, "Europe") == "Europe"
    assert rival_row(table, "the group total") == "Total"
    assert rival_row(table, "the overall market") == "Total"
    assert rival_row(table, "the group as a whole") == "Total"
    assert rival_row(table, "its peers") is None
    assert rival_row(_table(["Europe", "Asia Pacific"]), "the overall market") is None  # no whole to meet


def test_a_whole_is_met_by_its_heads_when_sub_items_sit_under_them() -> None:
    rows = ["Consumer", f"Consumer{SEP}Oral care", f"Consumer{SEP}Self-care", "Animal", "Total"]
    table = _table(rows)
    assert parts_of_whole(table, [f"Consumer{SEP}Oral care", f"Consumer{SEP}Self-care", "Animal"], "Total")[0] == \
        ["Consumer", "Animal"]
    assert parts_of_whole(table, ["Consumer", "Animal"], "Total") == [["Consumer", "Animal"]]

"""Indented sub-rows: an 'of which' row is a part of the row above (no item, and its owner no subtotal heading); of
two headings named, the one the question names by more words ('Non-renewables', not 'Renewables')."""

from ingest.tables import read_grid
from rag.extractive.item_rows import item_rows, named_headings
from rag.extractive.subtotal_rows import heads_items

GRID = [["Capacity additions (GW)", "2023", "2024"], ["Renewables", "", ""], ["Solar PV", "407", "452"],
        ["of which: utility-scale", "262", "289"], ["Onshore wind", "106", "109"], ["Total renewables", "513", "561"],
        ["Non-renewables", "", ""], ["Natural gas", "46", "52"], ["Coal", "48", "44"],
        ["Total non-renewables", "94", "96"]]


def test_an_of_which_row_is_a_part_not_an_item():
    table = read_grid(GRID).table
    assert not heads_items("Renewables › Solar PV", table.rows)
    rows = item_rows(table)
    assert "Renewables › Solar PV" in rows and not any("utility-scale" in r for r in rows)


def test_the_heading_named_by_more_words_wins():
    table = read_grid(GRID).table
    assert named_headings(table, "Which non-renewable technologies grew in 2024?") == ["Non-renewables"]
    assert named_headings(table, "Which renewable technologies grew in 2024?") == ["Renewables"]

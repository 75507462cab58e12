"""item_rows: the item rows a row-set question reads (no embedding model)."""

from __future__ import annotations

from ingest.tables import read_grid
from rag.extractive.item_rows import item_rows, named_headings

SEGMENTS = [["", "2020", "2019"], ["Cars", "270", "264"], ["Finance", "21", "22"], ["All other", "6", "7"],
            ["Intersegment elimination", "(6)", "(5)"], ["Total net revenues", "291", "288"]]
BY_PLACE = [["", "2020", "2019"], ["Regulated - United States:", "", ""], ["Transmission", "9", "8"], ["Integrated", "6", "5"],
            ["Total United States", "15", "13"], ["Regulated - Canada:", "", ""], ["Gas", "4", "4"], ["Electric", "1", "1"],
            ["Total Canada", "5", "5"], ["Total rate base", "20", "18"]]


def test_totals_and_eliminations_are_no_items():
    rows = item_rows(read_grid(SEGMENTS, None).table)
    assert rows == ["Cars", "Finance", "All other"]


def test_a_heading_is_named_by_the_words_setting_it_apart_a_place_by_its_adjective():
    table = read_grid(BY_PLACE, None).table
    assert named_headings(table, "How many Canadian utilities had a rate base above 3?") == ["Regulated - Canada"]
    assert [r.split(" › ")[-1] for r in item_rows(table, "Which Canadian utilities ...")] == ["Gas", "Electric"]
    assert named_headings(table, "How many utilities had a rate base above 3?") == []
    assert len(item_rows(table, "How many utilities had a rate base above 3?")) == 4


def test_a_row_summing_the_items_above_it_is_no_item_though_no_total_names_it():
    grid = [["", "2021", "2020"], ["Gas", "412", "395"], ["Electric", "288", "301"], ["Corporate", "(64)", "(58)"],
            ["Operating income", "636", "638"]]
    assert item_rows(read_grid(grid, None).table) == ["Gas", "Electric", "Corporate"]

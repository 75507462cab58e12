"""A table's whole row under any of its names (whole_rows), the part's share of it (computed_parts._whole), the
world's row named by any form of the word (row_lookup.row_named), and 'Y's share of total W' asks a share."""

from __future__ import annotations

from ingest.tables import read_grid
from rag.extractive.computed_parts import _SHARE_WORDS, _whole
from rag.extractive.cells import OPERATION_WORDS, column_words, row_score, words
from rag.extractive.operations import operation
from rag.extractive.row_lookup import row_named
from rag.extractive.whole_rows import whole_label, world_named

INDUSTRIES = [["Industry", "2024", "2030E"],
              ["Finance", "42.6", "128.4"],
              ["Other industries", "31.5", "96.0"],
              ["All industries", "179.0", "596.0"]]
REGIONS = [["Region", "2022", "2024"],
           ["Asia-Pacific", "40", "410"],
           ["World", "1,075", "4,500"]]


def test_whole_rows_under_other_names():
    for label in ("Total", "World total", "All industries", "All respondents", "World", "Global", "Total market"):
        assert whole_label(label), label
    for label in ("All other", "Others", "Finance", "Other industries", "Total assets"):
        assert not whole_label(label), label


def test_the_whole_of_a_table_with_no_total_row():
    table = read_grid(INDUSTRIES, "").table
    assert _whole(table, "Finance") == "All industries"


def test_share_words_name_no_row():
    table = read_grid(INDUSTRIES, "").table
    q = "What share of the total segment did finance account for in 2024?"
    asked = set(words(q)) - OPERATION_WORDS - _SHARE_WORDS - {"total"} - column_words(table) - {"all", "industry"}
    assert row_score("Finance", asked) is not None
    assert row_score("Finance", asked | {"share", "account"}) is None  # the share's words would block the row


def test_worldwide_names_the_world_row():
    tables = [(0, read_grid(REGIONS, "").table)]
    assert world_named(tables, "the growth of worldwide subscribers") == "the growth of world subscribers"
    hit = row_named(tables, "What is the growth multiple of worldwide subscribers from 2022 to 2024?")
    assert hit is not None and hit.row == "World"
    assert world_named([(0, read_grid(INDUSTRIES, "").table)], "worldwide sales") == "worldwide sales"  # no world row


def test_a_possessive_share_of_a_total_is_a_share():
    assert operation("What was Kestrel Mobile's share of total 2024 shipments?") == "share"
    assert operation("What share of the total AI-enabled segment did finance account for in 2024?") == "share"
    assert operation("What was Kestrel Mobile's total shipments in 2024?") is None


def test_a_tables_title_lines_head_its_columns_as_their_header_words():
    from ingest.tables import Table

    table = Table("(Thousand wafers per month, year-end installed capacity)", ["2024"], ["Taiwan"],
                  title="(Thousand wafers per month, year-end installed capacity)")
    assert {"installed", "capacity"} <= column_words(table)

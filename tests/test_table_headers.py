"""A cell addressed by its row label and its (non-period) column header words, on the smallest
inputs: no model, no index."""

from __future__ import annotations

from ingest.tables import read_grid
from tests.test_table_rows import _ask, _table_chunk


OBLIGATIONS = [["Contractual Obligations", "Less Than 1 Year", "2-5 Years", "Total"],
               ["Operating Lease Obligations", "$773", "$2,055", "$2,828"],
               ["Finjan Blue future commitment", "2,000", "1,500", "3,500"],
               ["Total", "$3,423", "$4,055", "$7,478"]]


def test_columns_named_by_their_header_words_not_years():
    from rag.extractive.headers import named_columns

    table = read_grid(OBLIGATIONS, None).table
    asked = {"less", "1", "2", "5", "operat", "lease", "obligation"}
    assert [c.split(" › ")[-1] for c in named_columns(table, asked)] == ["Less Than 1 Year", "2-5 Years"]
    assert named_columns(table, {"operat", "lease"}) == []  # a row's words name no column


def test_a_row_and_two_columns_named_read_both_cells():
    a = _ask("What are the respective values of operating lease obligations that are less than one year and "
             "between 2-5 years?", _table_chunk(OBLIGATIONS))
    assert a is not None and a.answer.startswith("**$773 and $2,055**")
    one = _ask("What is the Finjan Blue future commitment due in less than 1 year?", _table_chunk(OBLIGATIONS))
    assert one is not None and one.answer.startswith("**2,000**")


def test_no_column_named_reads_no_cell():
    assert _ask("What are the operating lease obligations?", _table_chunk(OBLIGATIONS)) is None


def test_a_choice_between_two_rows_reads_no_cell():
    assert _ask("Which is larger, the operating lease obligations or the Finjan Blue future commitment due in "
                "less than 1 year?", _table_chunk(OBLIGATIONS)) is None


def test_a_word_of_a_column_and_a_row_label_alike_names_the_row_when_others_name_the_columns():
    a = _ask("What are the respective values of total obligations that are less than one year and between 2-5 years?",
             _table_chunk(OBLIGATIONS))
    assert a is not None and a.answer.startswith("**$3,423 and $4,055**")
    lease = _ask("What are the operating lease obligations due in less than 1 year?", _table_chunk(OBLIGATIONS))
    assert lease is not None and lease.answer.startswith("**$773")


def test_a_position_asked_is_the_rank_column():
    from rag.extractive.headers import named_columns

    table = read_grid([["Rank", "Model", "Index"], ["1", "Grok 4", "65"], ["2", "Gemini 2.5 Pro", "60"]], None).table
    from rag.extractive.headers import _words

    asked = _words("Gemini's position and Index")
    assert "rank" in asked and "position" not in asked
    assert [c.split(" › ")[-1] for c in named_columns(table, asked)] == ["Rank", "Index"]


SEGMENTS = [["", "Net sales", "Shipments (1)"], ["", "R$ million", "thousand tonnes"],
            ["Brazil BD", "15,482", "5,602"], ["North America BD", "15,137", "4,513"]]


def test_a_header_part_stating_a_unit_is_no_word_asked():
    from rag.extractive.headers import header_words, named_columns, physical_unit

    assert header_words("Shipments (1) › thousand tonnes") == {"shipment"}
    assert header_words("Net sales › R$ million") == {"net", "sale"}
    table = read_grid(SEGMENTS, None).table
    assert named_columns(table, {"shipment", "north", "america", "bd"}) == ["Shipments (1) › thousand tonnes"]
    assert physical_unit("Shipments (1) › thousand tonnes") == "thousand tonnes"
    assert physical_unit("Net sales › R$ million") is None


def test_segments_as_columns_measures_named_by_their_upper_header():
    a = _ask("What were the shipments of the North America BD?", _table_chunk(SEGMENTS))
    assert a is not None and a.answer.startswith("**4,513** (thousand tonnes)")


STORES = [["", "France", "Latin America", "Total"],
          ["Stores at January 1, 2021", "5,312", "1,118", "6,430"],
          ["Stores at December 31, 2021", "5,435", "1,225", "6,660"],
          ["Of which hypermarkets", "253", "236", "489"],
          ["Of which supermarkets", "1,049", "188", "1,237"]]


def test_an_of_which_row_is_a_part_of_the_row_above():
    table = read_grid(STORES, None).table
    assert table.rows[2:] == ["Stores at December 31, 2021 › Of which hypermarkets",
                              "Stores at December 31, 2021 › Of which supermarkets"]
    a = _ask("How many hypermarkets were there in Latin America at December 31, 2021?", _table_chunk(STORES))
    assert a is not None and a.answer.startswith("**236**")

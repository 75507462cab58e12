"""yes_no_rows: items counted by a yes/no column the question's verb names (no embedding model)."""

from __future__ import annotations

from rag.extractive.passage_tables import tables_of
from rag.extractive.yes_no_rows import yes_no_count
from tests.test_shape_cues import _table_ctx

GRID = [["Performance commitment", "Unit", "2023/24 Actual", "2023/24 Target", "Met?"],
        ["Leakage", "Ml/d", "287.1", "281.0", "No"], ["Supply interruptions", "minutes", "6.1", "6.5", "Yes"],
        ["Mains repairs", "per 1,000 km", "139", "145", "Yes"], ["Pollution incidents", "per 10,000 km", "26.8", "24.0", "No"],
        ["Capital investment", "£ million", "748", "730", "Yes"]]


def _ask(question):
    ctx = _table_ctx(question, GRID)
    return yes_no_count(ctx, question, tables_of(ctx), "extractive")


def test_the_rows_marked_yes_in_the_column_the_verb_names_are_counted():
    got = _ask("How many performance commitments were met in 2023/24?")
    assert got is not None and got.figure == "3" and "Mains repairs" in got.answer


def test_a_negated_verb_counts_the_rows_marked_no():
    assert _ask("How many performance commitments were not met?").figure == "2"


def test_no_column_named_or_a_bound_gives_none():
    assert _ask("How many performance commitments had an actual above target?") is None
    assert _ask("How many commitments were met with an actual above 100?") is None
    assert _ask("Which performance commitments were met?") is None


STATUS = [["Performance commitment", "Unit", "2023-24 commitment", "2023-24 actual", "Status"],
          ["Leakage (3-year average)(1)", "Ml/d", "152.0", "149.6", "Met"], ["Per capita consumption", "l/p/d", "139.5", "143.2", "Not met"],
          ["Mains repairs", "per 1,000 km", "143.0", "128.7", "Met"], ["Sewer flooding", "per 10,000", "1.68", "1.74", "Not met"],
          ["C-MeX", "rank", "n.a.", "9", "–"]]


def test_a_status_column_of_a_word_and_its_negation_lists_the_items_the_verb_asks():
    from rag.extractive.yes_no_rows import status_list
    q = "Which performance commitments were met in 2023-24?"
    ctx = _table_ctx(q, STATUS)
    got = status_list(ctx, q, tables_of(ctx), "extractive")
    assert got is not None and got.figure == "Leakage (3-year average) and Mains repairs"
    q = "Which performance commitments were not met?"
    ctx = _table_ctx(q, STATUS)
    assert status_list(ctx, q, tables_of(ctx), "extractive").figure == "Per capita consumption and Sewer flooding"
    # the question's verb is not the column's word: no reading
    q = "Which performance commitments were reported?"
    ctx = _table_ctx(q, STATUS)
    assert status_list(ctx, q, tables_of(ctx), "extractive") is None

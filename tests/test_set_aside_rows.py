"""set_aside_rows: a clause setting rows aside in a count is read last, and the rows it names leave the count."""

from ingest.tables import read_grid
from rag.extractive.set_aside_rows import aside_last, aside_rows, without_aside


def test_a_fronted_or_inner_clause_is_read_last():
    assert aside_last("Excluding royalties, how many cost lines rose from 2022 to 2023?") == \
        "How many cost lines rose from 2022 to 2023, excluding royalties?"
    assert aside_last("How many items, other than the tax effect, had an amount?") == \
        "How many items had an amount, other than the tax effect?"
    assert without_aside("How many items rose, excluding tax?").rstrip(" ?") == "How many items rose"


def test_other_questions_are_left_as_asked():
    for q in ("What was revenue, excluding the tax effect?", "Excluding royalties, what was the cost?",
              "How many segments other than Corporate grew?"):
        assert aside_last(q) == q


def test_the_rows_named_or_each_part_named():
    table = read_grid([["", "2023"], ["Mining", "5"], ["Inventory movements and credits", "(1)"], ["Royalties", "2"],
                       ["Freight", "3"]], None).table
    assert aside_rows(table, "How many lines rose, excluding inventory movements and credits?") == \
        {"Inventory movements and credits"}
    assert aside_rows(table, "How many lines rose, excluding royalties and freight?") == {"Royalties", "Freight"}
    assert aside_rows(table, "How many lines rose, excluding royalties and hedges?") == set()


def test_rows_named_with_a_noun_for_rows_are_the_rows_their_word_labels():
    table = read_grid([["", "2024"], ["USDX", "9"], ["Other fiat-backed", "2"], ["Fiat-backed subtotal", "11"],
                       ["DAIQ", "4"]], None).table
    assert aside_rows(table, "Excluding the 'Other' rows and subtotals, how many coins grew?") == \
        {"Other fiat-backed", "Fiat-backed subtotal"}

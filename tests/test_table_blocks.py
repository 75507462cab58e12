"""Stacked table blocks and roll-forward columns (ingest/table_blocks.py,
rag/extractive/cells.py): blocks whose headers repeat the same columns are read each under its
own header; a question's year chooses the block that heads it; an undated movement column between
two dates belongs to the later date's year. Each on the smallest table, without the embedding model."""

from __future__ import annotations

from ingest.tables import Table, read_block

from conftest import cells_answer as _cells_answer

# a roll-forward printed twice: 2018 -> 2019, then 2017 -> 2018, each block under its own header
ROLL = ["(In millions)\tDec 2018\tAcquisitions\tDec 2019", "Group A\t5\t1\t6", "Group B\t9\t0\t9", "Total\t14\t1\t15",
        "(In millions)\tDec 2017\tAcquisitions\tDec 2018", "Group A\t4\t1\t5", "Group B\t2\t7\t9", "Total\t6\t8\t14"]


def test_blocks_whose_headers_repeat_the_same_columns_are_each_read_under_their_own_header():
    reads = read_block(ROLL)
    assert len(reads) == 2
    assert reads[1].table.cell("Group B", "Dec 2017").value == 2  # not under the first block's 'Dec 2018'
    assert reads[0].table.cell("Group B", "Dec 2019").value == 9


def test_a_year_asked_reads_the_block_that_heads_it():
    from rag.extractive.cells import tables_with_year_columns

    reads = read_block(ROLL)
    tables = [(0, r.table) for r in reads]
    assert [t for _, t in tables_with_year_columns(tables, [2019])] == [reads[0].table]
    assert [t for _, t in tables_with_year_columns(tables, [2017])] == [reads[1].table]
    assert tables_with_year_columns(tables, [2015]) == tables  # no block heads it: all are read (years may be rows)
    answer = _cells_answer("What was the total in 2019?", ROLL)
    assert answer is not None and answer.figure == "15 million"
    which = _cells_answer("Which group had the highest amount in 2017?", ROLL)
    assert which is not None and "Group A" in which.answer.split("**")[1]


def test_an_undated_column_between_two_dates_moves_the_balance_in_the_later_year():
    from rag.extractive.column_choice import column_for, movement_column

    table = Table(None, ["Dec 2018", "Acquisitions", "Dec 2019"], ["Group A"])
    assert movement_column(table, 2019, "What were the acquisitions of Group A in 2019?") == "Acquisitions"
    assert column_for(table, 2019, "What were the acquisitions of Group A in 2019?") == "Acquisitions"
    assert column_for(table, 2019, "What was Group A in 2019?") == "Dec 2019"  # no movement named: the balance
    assert movement_column(table, 2018, "What were the acquisitions of Group A in 2018?") is None  # 2018 opens it

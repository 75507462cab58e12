"""A computed result over ratio or per-unit rows takes no table scale; over amounts it keeps it
(rag/extractive/derivation.py with ratio_rows' test). Smallest inputs, no model."""

from __future__ import annotations

from conftest import cells_answer

LINES = ["($ in millions)\t2019\t2018", "Net debt\t1,200\t1,000", "Net debt to EBITDA\t0.9\t1.4"]


def test_the_change_of_a_ratio_row_takes_no_scale():
    answer = cells_answer("What is the change in Net debt to EBITDA from 2018 to 2019?", LINES)
    assert answer is not None and answer.figure == "-0.5"


def test_the_change_of_an_amount_keeps_the_table_scale():
    answer = cells_answer("What is the change in Net debt from 2018 to 2019?", LINES)
    assert answer is not None and answer.figure == "200 million"


def test_the_derivation_of_a_ratio_row_records_no_scale():
    answer = cells_answer("What is the change in Net debt to EBITDA from 2018 to 2019?", LINES)
    assert answer is not None and answer.derivation["scale"] is None
    amount = cells_answer("What is the change in Net debt from 2018 to 2019?", LINES)
    assert amount is not None and amount.derivation["scale"] == "million"

"""A row is named by the initials of its label ('EBITDA'), and a ratio row's parts are
the two rows its label names (rag/extractive/cells.py, ratio_parts.py). Smallest inputs."""

from __future__ import annotations

from rag.extractive.cells import row_score, acronym, words

from conftest import cells_answer

EBITDA = "Earnings before interest, tax, depreciation and amortisation"


def test_a_label_of_three_words_or_more_is_named_by_its_initials():
    assert acronym(EBITDA) == "ebitda"
    assert acronym("Net debt") == ""  # two words make no acronym
    assert row_score(EBITDA, set(words("What was the EBITDA in 2019?"))) is not None
    assert row_score(EBITDA, set(words("What was the EBIT in 2019?"))) is None


def test_the_parts_of_a_ratio_row_are_the_two_rows_its_label_names_in_table_order():
    lines = ["\t2019\t2018", "Adjusted operating profit\t282.7\t264.9", f"{EBITDA}\t317.0\t297.8",
             "Net debt\t295.2\t235.8", "Net debt to EBITDA\t0.9\t0.8"]
    q = "What are the components considered when calculating the Net debt to EBITDA ratio?"
    answer = cells_answer(q, lines)
    assert answer is not None and answer.figure == f"{EBITDA} and Net debt"


def test_the_components_factored_in_a_closing_balance_are_the_rows_adding_up_to_it():
    lines = ["\t2019\t2018", "At beginning of the period\t1,212.9\t1,210.5", "Additions\t3.1\t2.4",
             "At end of the period\t1,216.0\t1,212.9"]
    # 'factored' says how components are asked, like 'considered': it names no row
    q = "What are the components factored in the calculation of investments in subsidiaries at end of the period?"
    answer = cells_answer(q, lines)
    assert answer is not None and answer.figure == "At beginning of the period and Additions"


def test_a_hyphenated_ratio_names_its_parts_by_their_bracketed_names():
    lines = ["USDm\t2019\t2018", "Vessel values\t1,801.5\t1,675.1", "Total (value)\t1,801.5\t1,675.1",
             "Borrowings\t863.4\t754.7", "Cash\t-34.6\t130.6", "Total (loan)\t828.8\t885.3",
             "Loan-to-value (LTV) ratio\t46.0%\t52.9%"]
    q = "Which are the components in the table used to tabulate the Loan-to-value (LTV) ratio?"
    answer = cells_answer(q, lines)
    assert answer is not None and answer.figure == "Total (value) and Total (loan)"

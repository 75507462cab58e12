"""Units a table prints on some cells only: a common-size table's '%' on its first and
closing rows covers the figures between, and a column of years under a year heading takes no
scale. Smallest inputs, no model, no index."""

from __future__ import annotations

from ingest.tables import read_grid
from rag.extractive.computed_doubt import uncomputed
from tests.test_table_rows import _ask, _table_chunk

# '% of sales': the sign on the first and closing rows only
COMMON_SIZE = [["", "2019", "2018"],
               ["Sales", "100.0 %", "100.0 %"],
               ["Gross profit", "40.0", "50.9"],
               ["Operating expenses", "33.1", "27.0"],
               ["Net income", "7.2 %", "20.5 %"]]


def test_the_percent_sign_of_the_first_and_closing_rows_covers_the_rows_between():
    table = read_grid(COMMON_SIZE, None).table
    assert {c.unit for c in table.cells} == {"%"}
    mixed = [["", "2019", "2018"], ["Rate", "21.0%", "21.0%"], ["Revenue", "$40", "$50"], ["Margin", "7.2%", "7.5%"]]
    assert {c.unit for c in read_grid(mixed, None).table.cells if c.row == "Revenue"} == {"USD"}
    two = [["", "2019"], ["License", "9%"], ["Other", "2"]]  # a closing row without the sign: not covered
    assert next(c for c in read_grid(two, None).table.cells if c.row == "Other").unit is None


def test_a_share_a_common_size_row_states_is_read_and_shown_with_its_sign():
    q = "What was the percentage of sales represented by gross profit in 2018?"
    a = _ask(q, _table_chunk(COMMON_SIZE))
    assert a is not None and a.answer.startswith("**50.9%**")
    assert uncomputed(q, a) is None  # the sign says the cell is the share asked


YEARS_OF_EXPIRY = [["(dollars in thousands)", "Last Fiscal Year of Expiration", "Amount"],
                   ["Domestic-state", "2027", "$3,313"],
                   ["Foreign", "2027 or indefinite", "$15,345"]]


def test_a_column_of_years_under_a_year_heading_takes_no_scale():
    table = read_grid(YEARS_OF_EXPIRY, None).table
    years = [c for c in table.cells if c.column == "Last Fiscal Year of Expiration"]
    assert years and all(c.scale is None and c.unit is None for c in years)
    assert all(c.scale == "thousand" for c in table.cells if c.column == "Amount")
    counts = [["(in thousands)", "Year 2019"], ["Units", "2,027"], ["Returns", "1,999"]]  # amounts, not years
    assert all(c.scale == "thousand" for c in read_grid(counts, None).table.cells)


def test_a_pages_one_intro_sentence_introduces_its_one_table_however_far():
    from types import SimpleNamespace

    from rag.extractive.cells import table_intro
    from rag.types import AnswerContext, Passage
    from tests.test_table_rows import INCOME, INTRO, _text_chunk

    table, text = _table_chunk(INCOME), _text_chunk(INTRO, start=5000)  # the table first, the sentence far after
    snap = SimpleNamespace(chunks=[table, _text_chunk("Other text.", cid="s0", start=900), text])
    assert table_intro(AnswerContext("x", [Passage(table, 1.0), Passage(text, 1.0)], None, snap), 0) == INTRO
    two = SimpleNamespace(chunks=[table, text, _text_chunk("The following table shows costs.", cid="s2", start=7000)])
    assert table_intro(AnswerContext("x", [Passage(table, 1.0)], None, two), 0) is None  # which one: none
    other = _table_chunk([["", "2019"], ["Costs", "5"]], cid="t2", start=8000)  # a second table on the page
    both = SimpleNamespace(chunks=[table, text, other])
    assert table_intro(AnswerContext("x", [Passage(table, 1.0)], None, both), 0) is None


def test_a_ten_thousand_multiplier_note_scales_the_table_and_a_running_count_does_not():
    note = [["(10,000 tonnes)", "2023", "2024"], ["Cement output", "15,930", "15,120"]]
    assert {c.scale for c in read_grid(note, None).table.cells} == {"ten thousand"}
    money = [["Revenue (RMB 10,000)", "", ""], ["Segment", "2023", "2024"], ["Retail", "820", "910"]]
    assert {(c.unit, c.scale) for c in read_grid(money, None).table.cells} == {("RMB", "ten thousand")}
    prose = [["Plants above 10,000 tonnes", "2023", "2024"], ["Guangdong", "15", "16"]]
    assert {c.scale for c in read_grid(prose, None).table.cells} == {None}

from rag.extractive.column_extreme import _ASKED, cells


def test_reads_a_row_lines_columns_without_the_total():
    label, pairs = cells("Balance at 2020 — Analog: $ 447; Embedded: $ 345; Connectivity: $ 171; Total: $ 963")
    assert label == "Balance at 2020"
    assert [c for c, _ in pairs] == ["Analog", "Embedded", "Connectivity"]
    assert max(pairs, key=lambda p: p[1].value)[0] == "Analog"


def test_lowest_cell_names_its_column():
    _, pairs = cells("Broadband churn — Q1: 1.6%; Q2: 1.5%; Q3: 1.7%; Q4: 1.4%")
    assert min(pairs, key=lambda p: p[1].value)[0] == "Q4"


def test_not_a_row_line():
    assert cells("Churn was lowest in the fourth quarter.") is None


def test_asks_a_column_kind_but_not_a_year():
    m = _ASKED.search("In which quarter was broadband churn the lowest?")
    assert m and m.group("noun") == "quarter" and m.group("w") == "lowest"
    assert _ASKED.search("Which segment had the largest goodwill balance?").group("noun") == "segment"
    assert _ASKED.search("What was the churn in Q4?") is None

"""A row label ending in a currency note ('Passenger revenue (€m)') gives the row's bare cells that
currency (rows.noted_money), as a table-wide note '(EUR millions)' at the row's end does."""

from __future__ import annotations

from rag.extractive.rows import label_currency


def test_a_labels_currency_note_names_the_rows_currency():
    assert label_currency("Online sales (£m) — 2018/19: 1,283; 2017/18: 1,046") == "GBP"
    assert label_currency("Passenger revenue (€m) — FY2019: 6,842; FY2018: 6,395") == "EUR"
    assert label_currency("Revenue (US$ millions) — 2019: 5; 2018: 4") == "USD"


def test_other_notes_and_lines_name_no_currency():
    assert label_currency("Selling space (m sq ft) — 2019: 13.4; 2018: 13.9") is None
    assert label_currency("Group revenue (£m)") is None  # no row line: no cells
    assert label_currency("Revenue — 2019: 5; 2018: 4 (£m)") is None  # the row's end is the table-wide note's place

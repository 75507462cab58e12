"""rows.best_cell: the cell of a row line whose column header the question names (no model)."""

from __future__ import annotations

from rag.extractive.rows import best_cell
from rag.extractive.slots import parse


def _cell(question: str, line: str) -> str | None:
    span = best_cell(line, parse(question))
    return line[span[0]:span[1]] if span else None


def test_the_rows_label_names_no_column():
    line = "Healthcare — Number of › properties: 6; Occupancy › (by area) %: 100.0; WALE › (by income) years: 11.2"
    assert _cell("What was the WALE of the Healthcare sector?", line) == "11.2"


def test_of_headers_named_alike_the_one_naming_more_question_words_is_asked():
    line = "Middle East — 2023: 40.7; 2024: 45.6; YoY 2024 (%): 12.0; Load factor 2024 (%): 47.9"
    assert _cell("What was the cargo load factor of Middle East carriers in 2024?", line) == "47.9"
    assert _cell("What was the traffic of Middle East carriers in 2024?", line) == "45.6"


def test_the_quarter_asked_reads_its_column_however_written():
    """'the third quarter of 2025' and 'Q3 2025' read the column 'Q3'25'; a row line of quarter columns."""
    line = "Oppo — Q1 2025: 4.9; Q2 2025: 5.7; Q3'25: 6.3; H1 2025: 10.6; MAT Sep 2025: 22.8 (millions)"
    for question in ("What were Oppo's shipments in the third quarter of 2025?", "What were Oppo's Q3 2025 shipments?"):
        a, b = best_cell(line, parse(question))
        assert line[a:b] == "6.3"
    a, b = best_cell(line, parse("What were Oppo's shipments in the second quarter of 2025?"))
    assert line[a:b] == "5.7"


def test_a_long_labelled_row_keeps_its_first_cell():
    from rag.extractive.rows import is_row, year_cells

    line = "Benefits paid from the scheme assets to members and their dependants — 2024: (201); 2023: (172)"
    assert is_row(line)
    a, b = year_cells(line, (2024,))[0]
    assert line[a:b] == "(201)"

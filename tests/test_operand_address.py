"""A computed figure whose operand's column is not the one the question addresses: hedged (operand_address.py)."""

from __future__ import annotations

import re

from ingest.tables import SEP, Table, read_grid
from rag.extractive.operand_address import measure, operands_read, period, unaddressed_operand
from rag.types import Answer

PRODUCERS = [["", "Capacity 2024 (kt/yr)", "Share 2024 (%)", "Capacity 2027E (kt/yr)"],
             ["Orion Pigments", "1,280", "16.0", "1,280"],
             ["Yuhe Titanium Works", "520", "6.5", "720"]]

VOLUMES = [["", "Investment volume (GBP million)", "", "Share of total"],
           ["", "H1 2024", "H1 2025", "H1 2025 (%)"],
           ["Overseas", "10,270", "11,320", "47.4"],
           ["Total", "22,110", "23,880", "100.0"]]

QUARTERS = [["", "Second quarter 2021", "Third quarter 2021"],
            ["Shares repurchased", "1,870", "2,420"]]


def _answer(op: str, text: str, table: Table) -> Answer:
    """A computed answer whose derivation records each operand listed after 'From ' by its table cell."""
    listed = re.findall(r"(?:From |; )(.+?) \(((?:[^()]|\([^()]*\))*)\): ([\d.,%()]+) \[", text)
    cells = [next(c for c in table.cells if c.row == row and c.column.split(SEP)[-1] == col) for row, col, _ in listed]
    operands = [{"value": fig, "label": col, "citation": 1, "row": c.row, "column": c.column,
                 "unit": "%" if fig.endswith("%") else None, "scale": None} for (_, col, fig), c in zip(listed, cells)]
    return Answer(question="q", answer=text, figure=None, abstained=False, citations=[],
                  derivation={"op": op, "operands": operands})


def test_operands_are_read_from_the_derivation_fields():
    d = {"op": "change", "operands": [
        {"value": "47.4", "row": "Overseas", "column": f"Share of total{SEP}H1 2025 (%)"},
        {"value": "10,270", "row": "Overseas", "column": f"Investment volume (GBP million){SEP}H1 2024"},
        {"value": "12", "label": "2024", "row": "", "column": ""}]}  # a figure of prose has no cell
    assert operands_read(d) == [("Overseas", f"Share of total{SEP}H1 2025 (%)", "47.4"),
                                ("Overseas", f"Investment volume (GBP million){SEP}H1 2024", "10,270")]


def test_a_column_measure_is_its_words_besides_period_and_unit():
    assert measure("Capacity 2027E (kt/yr)") == {"capacity"} and period("Capacity 2027E (kt/yr)") == {"2027e"}
    assert measure("Second quarter 2021") == frozenset() and period("Second quarter 2021") == {"second", "2021"}
    assert period("Large (2,500+ employees)") == frozenset()


def test_an_operand_beside_the_column_the_question_names_hedges():
    table = read_grid(PRODUCERS).table
    answer = _answer("percent_change", table=table, text="**10,976.92%** — percentage change: (720 - 6.5) / 6.5 = 10,976.92%. From Yuhe "
                     "Titanium Works (Capacity 2027E (kt/yr)): 720 [1]; Yuhe Titanium Works (Share 2024 (%)): 6.5 [1].")
    why = unaddressed_operand("By what percentage is Yuhe Titanium Works' capacity expected to grow between 2024 and 2027E?",
                              [table], answer)
    assert why is not None and "Capacity 2024" in why


def test_the_column_the_question_names_read_is_kept():
    table = read_grid(PRODUCERS).table
    answer = _answer("percent_change", table=table, text="**38.46%** — percentage change: (720 - 520) / 520 = 38.46%. From Yuhe Titanium "
                     "Works (Capacity 2027E (kt/yr)): 720 [1]; Yuhe Titanium Works (Capacity 2024 (kt/yr)): 520 [1].")
    assert unaddressed_operand("By what percentage is Yuhe Titanium Works' capacity expected to grow between 2024 and "
                               "2027E?", [table], answer) is None


def test_a_ratio_reading_the_named_column_as_its_other_term_is_kept():
    table = read_grid(PRODUCERS).table
    answer = _answer("ratio", table=table, text="**0.0125** — ratio: 6.5 / 520 = 0.01. From Yuhe Titanium Works (Share 2024 (%)): 6.5 [1]; "
                     "Yuhe Titanium Works (Capacity 2024 (kt/yr)): 520 [1].")
    assert unaddressed_operand("What is Yuhe's 2024 capacity per point of share?", [table], answer) is None


def test_one_rows_change_across_periods_from_two_measures_hedges():
    table = read_grid(VOLUMES).table
    answer = _answer("change", table=table, text="**-10,222.6** — change: 47.4 - 10,270 = -10,222.6. From Overseas (H1 2025 (%)): 47.4 [1]; "
                     "Overseas (H1 2024): 10,270 [1].")
    why = unaddressed_operand("By how many percentage points did the overseas share of investment rise between H1 2024 "
                              "and H1 2025?", [table], answer)
    assert why is not None and "measure different things" in why


def test_quarters_of_one_measure_are_kept():
    table = read_grid(QUARTERS).table
    answer = _answer("change", table=table, text="**550** — change: 2,420 - 1,870 = 550. From Shares repurchased (Third quarter 2021): "
                     "2,420 [1]; Shares repurchased (Second quarter 2021): 1,870 [1].")
    assert unaddressed_operand("What was the change in shares repurchased between the second and third quarter of 2021?",
                               [table], answer) is None


DEALS = [["", "2023", "", "2024", ""], ["", "Deals", "Disclosed value", "Deals", "Disclosed value"],
         ["Software", "120", "21.4", "131", "25.0"], ["Total", "280", "50.5", "285", "61.9"]]


def test_a_row_lines_figure_is_addressed_at_its_cell():
    from rag.extractive.operand_address import line_cell
    table = read_grid(DEALS).table
    line = "Total — 2023 › Deals: 280; 2023 › Disclosed value: 50.5; 2024 › Deals: 285; 2024 › Disclosed value: 61.9"
    assert line_cell([table], line, line.index("285"), "285") == ("Total", f"2024{SEP}Deals")
    assert line_cell([table], line, line.index("61.9"), "61.9") == ("Total", f"2024{SEP}Disclosed value")
    assert line_cell([table], "Deals rose to 285 in 2024.", 14, "285") is None  # prose, no row line


def test_an_operand_read_from_a_row_line_beside_the_column_named_hedges():
    table = read_grid(DEALS).table
    d = {"op": "change", "operands": [{"value": "285", "row": "Total", "column": f"2024{SEP}Deals"},
                                      {"value": "280", "row": "Total", "column": f"2023{SEP}Deals"}]}
    answer = Answer(question="q", answer="**5** — change: 285 - 280 = 5. From 2024: 285 [1]; 2023: 280 [1]. Total — ...",
                    figure=None, abstained=False, citations=[], derivation=d)
    why = unaddressed_operand("What was the change in disclosed value from 2023 to 2024?", [table], answer)
    assert why is not None and "Disclosed value" in why
    assert unaddressed_operand("What was the change in the number of deals from 2023 to 2024?", [table], answer) is None

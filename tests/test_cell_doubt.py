"""A cell answer whose table has another row the question names in full: hedged (cell_doubt.py)."""

from __future__ import annotations

import re

from ingest.tables import read_grid, tables_to_json
from ingest.types import Chunk
from rag.extractive.cell_doubt import other_cell_named
from rag.extractive.shapes import answer_by_cells
from rag.extractive.slots import parse
from rag.types import AnswerContext, Passage

GRID = [["", "2019", "2018", "2017"],
        ["Modules", "1,460", "502", "806"],
        ["Systems", "1,603", "1,742", "2,134"],
        ["Net sales", "3,063", "2,244", "2,941"]]


AGES = [["£m", "2019", "2018"],
        ["Up to three months", "29.9", "32.1"],
        ["Three to six months", "10.0", "3.7"],
        ["Trade receivables", "39.9", "35.8"]]


def _doubt(question: str, grid=GRID) -> tuple[object, str | None]:
    read = read_grid(grid, "(in thousands)")
    text = "\n".join([read.header_line] + read.lines)
    chunk = Chunk("c1", "d1", text, "Report", "Pub", "2020", "r.html", 1, 1, None, 0, len(text),
                  tables_json=tables_to_json([read.table]))
    ctx = AnswerContext(question, [Passage(chunk, 1.0)])
    answer = answer_by_cells(ctx, parse(question), "extractive")
    return answer, other_cell_named(ctx, answer) if answer is not None else None


def test_a_row_named_in_full_but_not_read_hedges():
    answer, why = _doubt("What is the difference in net sales of systems between 2017 and 2019?")
    assert answer is not None and "Net sales" in answer.answer  # the total row read, 'Systems' named
    assert why is not None and "Systems" in why


def test_a_net_said_of_the_operation_reads_the_row_named():
    answer, why = _doubt("What is the net difference in sale of systems between 2017 and 2019?")
    assert answer is not None and "Systems" in answer.answer and why is None  # 'net' is the difference's


def test_the_row_read_or_a_share_base_or_the_closing_row_does_not():
    assert _doubt("What is the change in Systems between 2018 and 2019?")[1] is None
    assert _doubt("What is Systems as a percentage of net sales in 2019?")[1] is None  # the base of a share
    # the closing row (the table's total) is the topic the question names, not a rival row
    answer, why = _doubt("In which year is the trade receivables with up to three months of age higher?", AGES)
    assert answer is not None and "Up to three months" in answer.answer and why is None


def test_a_total_read_for_a_part_named_hedges():
    answer, why = _doubt("What were the Modules net sales in 2019?")
    assert answer is not None and "3,063" in answer.answer and why is not None and "Modules" in why


def test_a_percentage_less_an_amount_hedges():
    from rag.extractive.cell_doubt import mixed_units
    from rag.types import Answer

    def computed(text: str, op: str = "change") -> Answer:
        # each operand listed after 'From ' as its derivation records it: a cell's row, column and unit
        listed = [(row, col, fig) for row, col, fig in
                  (re.match(r"(.+) \((.+)\): (\S+) \[", x).groups() for x in text.split(" From ")[1].split("; "))]
        operands = [{"value": fig, "row": row, "column": col, "unit": "%" if fig.endswith("%") else None}
                    for row, col, fig in listed]
        return Answer("q", text, None, False, [], shape="computed", derivation={"op": op, "operands": operands})

    mixed = computed("**-4,792** — change: 56% - 4,848 = -4,792. From Americas (2018): 56% [1]; Asia Pacific (2018): 4,848 [1].")
    assert mixed_units(mixed) is not None
    same = computed("**2.1%** — change: 4.00% - 1.90% = 2.1%. From Domestic (2019): 4.00% [1]; International (2019): 1.90% [1].")
    assert mixed_units(same) is None
    share = computed("**8.69%** — share: 650 / 7,478 = 8.69%. From A (Total): 650% [1]; B (Total): 7,478 [1].", "share")
    assert mixed_units(share) is None  # a ratio or share divides, it adds nothing


DUE = [["Contractual Obligations", "Less Than 1 Year", "2-5 Years", "Total"],
       ["Operating Lease Obligations", "773", "2,055", "2,828"],
       ["Other commitment", "2,000", "2,000", "4,000"],
       ["Total", "2,773", "4,055", "6,828"]]


def test_a_total_column_read_for_a_column_named_hedges():
    from rag.extractive.cell_doubt import _other_column_named
    from rag.extractive.cells import tables_of
    from rag.types import Answer
    read = read_grid(DUE, None)
    chunk = Chunk("c1", "d1", "t", "Report", "Pub", "2020", "r.html", 1, 1, None, 0, 1, tables_json=tables_to_json([read.table]))
    q = "What is the other commitment due in less than one year as a percentage of the total obligations?"
    ctx = AnswerContext(q, [Passage(chunk, 1.0)])
    tables = [t for _, t in tables_of(ctx)]
    total = Answer(q, "**58.58%** — share: 4,000 / 6,828. From Other commitment (Total): 4,000 [1]; Total (Total): 6,828 [1].",
                   None, False, [], shape="computed", derivation={"op": "share"})
    assert _other_column_named(ctx, tables, total) is not None
    part = Answer(q, "**72.12%** — share: 2,000 / 2,773. From Other commitment (Less Than 1 Year): 2,000 [1]; "
                  "Total (Less Than 1 Year): 2,773 [1].", None, False, [], shape="computed", derivation={"op": "share"})
    assert _other_column_named(ctx, tables, part) is None


RATE_BASE = [["", "2020", "2019"],
             ["Regulated - United States:", "", ""],
             ["Transmission", "9,412", "8,867"],
             ["Total United States", "17,975", "17,031"],
             ["Regulated - Canada:", "", ""],
             ["Gas distribution", "4,882", "4,716"],
             ["Total Canada", "11,573", "11,108"],
             ["Total rate base", "29,548", "28,139"]]


def test_a_subtotal_named_by_its_group_for_a_percentage_change_hedges():
    """A subtotal row ('Total Canada') names its group as an item row does, and a percentage change names no base row:
    the grand total's change is no answer for the group the question names."""
    grid = [row for row in RATE_BASE if not row[0].endswith(":")]  # no group heading: the grand total is read
    answer, why = _doubt("What was the percentage change in total rate base for Canada between 2019 and 2020?", grid)
    assert answer is not None and "Total rate base" in answer.answer  # the grand total read
    assert why is not None and "Total Canada" in why
    # the grand total asked: no other row named
    answer, why = _doubt("What was the percentage change in total rate base between 2019 and 2020?", grid)
    assert answer is not None and why is None


def test_a_group_heading_the_question_names_reads_its_subtotal():
    """With the group's heading ('Regulated - Canada:') the question's group is read, so no doubt is left."""
    answer, why = _doubt("What was the percentage change in total rate base for Canada between 2019 and 2020?", RATE_BASE)
    assert answer is not None and "Total Canada" in answer.answer and why is None


def test_a_row_line_figure_under_another_header_than_the_one_named_hedges():
    """A row line's first cell ('Number of properties') is no answer when the question names another cell's header."""
    from ingest.figures import parse_figures
    from rag.extractive.cell_doubt import other_cell_of_row
    line = "Healthcare — Number of › properties: 6; Occupancy › (by area) %: 100.0; WALE › (by income) years: 11.2"
    figures = parse_figures(line)
    assert other_cell_of_row("What was the WALE of the Healthcare sector?", line, True, figures) is not None
    assert other_cell_of_row("What was the number of properties of the Healthcare sector?", line, True, figures) is None
    wale = [f for f in figures if f.value == 11.2]
    assert other_cell_of_row("What was the WALE of the Healthcare sector?", line, True, wale) is None
    years = "Revenue — 2019: 5; 2018: 4"
    assert other_cell_of_row("What was revenue in 2019?", years, True, parse_figures(years)) is None


RATES = [["", "Average balance", "Interest", "Average rate (%)", "% Change"],
         ["Customer deposits", "171,942", "4,986", "2.90", "3.3"]]


def test_a_column_of_another_measure_read_for_a_column_named_hedges():
    """'Average balance' read for an 'average rate' the table has a column for; an operation's column ('% Change')
    is no column named beside another measure read."""
    from rag.extractive.cell_doubt import _other_column_named
    from rag.extractive.cells import tables_of
    from rag.types import Answer
    read = read_grid(RATES, None)
    chunk = Chunk("c1", "d1", "t", "Report", "Pub", "2020", "r.html", 1, 1, None, 0, 1, tables_json=tables_to_json([read.table]))
    q = "What was the average rate on customer deposits?"
    ctx = AnswerContext(q, [Passage(chunk, 1.0)])
    tables = [t for _, t in tables_of(ctx)]
    balance = Answer(q, "**171,942** — From Customer deposits (2023, Average balance): 171,942 [1].", None, False, [],
                     shape="computed", derivation={"op": "average"})
    assert _other_column_named(ctx, tables, balance) is not None
    q2 = "What was the percentage change in the average balance of customer deposits?"
    ctx2 = AnswerContext(q2, [Passage(chunk, 1.0)])
    assert _other_column_named(ctx2, tables, Answer(q2, balance.answer, None, False, [], shape="computed")) is None

"""A figure asked for a period reads the page's table when only prose was retrieved
(rag/extractive/shapes.py), and a cell the page's prose restates at a larger scale leads as the
prose writes it (rag/extractive/prose_figure.py). Smallest inputs, no embedding model."""

from __future__ import annotations

from types import SimpleNamespace

from ingest.tables import read_block, tables_to_json
from ingest.types import Chunk
from rag.extractive.shapes import answer_by_cells
from rag.extractive.slots import parse
from rag.types import AnswerContext, Passage

ROWS = ["(in thousands)\t2019\t2018", "Total current liabilities\t851\t167", "Total liabilities\t909\t1,305"]


def _chunk(cid: str, text: str, start: int, table=None) -> Chunk:
    return Chunk(cid, "d1", text, "Report", "Pub", "2020", "r.html", 1, 1, None, start, start + len(text),
                 tables_json=tables_to_json([table]) if table is not None else None)


def _table_chunk(rows: list[str]) -> Chunk:
    reads = read_block(rows)
    return _chunk("t1", "\n".join([reads[0].header_line] + reads[0].lines), 500, reads[0].table)


def test_a_figure_asked_for_a_year_reads_the_pages_table_when_only_prose_was_retrieved():
    prose = _chunk("p1", "IMFT sales to Intel were $731 million and $507 million for 2019 and 2018, respectively.", 0)
    table = _table_chunk(ROWS)
    question = "What were the total liabilities of IMFT in 2018?"
    ctx = AnswerContext(question, [Passage(prose, 1.0)], snapshot=SimpleNamespace(chunks=[prose, table]))
    got = answer_by_cells(ctx, parse(question), "extractive")
    assert got is not None and got.figure.startswith("1,305")
    # without the page's table at hand, no cell answers (the sentence path does)
    alone = AnswerContext(question, [Passage(prose, 1.0)], snapshot=SimpleNamespace(chunks=[prose]))
    assert answer_by_cells(alone, parse(question), "extractive") is None


def test_a_cell_the_prose_restates_in_millions_leads_as_the_prose_writes_it():
    table = _table_chunk(["(in thousands)\tFY19\tFY18", "Net profit/(loss) after tax\t(9,819)\t6,639",
                          "Underlying EBITDA\t85,123\t62,575"])
    prose = _chunk("p1", "Net profit/(loss) after tax was $(9.8) million (2018: $6.6 million). Underlying EBITDA "
                         "improved from $62.6 million in FY18 to $85.1 million in FY19.", 0)

    def lead(question: str, passages: list[Chunk]) -> str | None:
        got = answer_by_cells(AnswerContext(question, [Passage(c, 1.0) for c in passages]), parse(question), "extractive")
        return got.figure if got is not None else None

    assert lead("What was the underlying EBITDA in FY19?", [table, prose]) == "$85.1 million"
    assert lead("What was the net profit/(loss) after tax in FY19?", [table, prose]) == "$(9.8) million"
    assert lead("What was the underlying EBITDA in FY19?", [table]) == "85,123 thousand"  # no prose: the cell
    # a sentence not naming the row, or giving another value, does not restate the cell
    other = _chunk("p2", "Revenue was $85.1 million in FY19, and EBITDA was $85.4 million.", 0)
    assert lead("What was the underlying EBITDA in FY19?", [table, other]) == "85,123 thousand"


def test_what_are_the_years_and_which_year_is_shown_list_the_years_the_table_gives():
    table = _table_chunk(["\t2019\t2018", "Debtors\t415.9\t440.7", "Total equity\t1,220.5\t1,365.4"])

    def lead(question: str) -> str | None:
        got = answer_by_cells(AnswerContext(question, [Passage(table, 1.0)]), parse(question), "extractive")
        return got.figure if got is not None else None

    for asked in ("What are the years included in the table?", "What were the years in the table?",
                  "Which year is included in the table?", "Which years does the table provide information for?"):
        assert lead(asked) == "2019 and 2018", asked
    # a year asked with a condition is a ranking, not the years given
    assert lead("Which year had the higher total equity?") == "2018"


def _lead(question: str, chunks: list[Chunk]) -> str | None:
    got = answer_by_cells(AnswerContext(question, [Passage(c, 1.0) for c in chunks]), parse(question), "extractive")
    return got.figure if got is not None else None


def test_the_tables_own_total_answers_the_total_asked_not_a_headings_subtotal():
    table = _table_chunk(["(in millions)\t2019\t2018", "Acquisition-related charges:\t\t", "Integration costs\t17\t8",
                          "Amortization charges\t—\t4", "\t17\t12", "Restructuring charges, net\t144\t33",
                          "Other items\t14\t—", "Total\t175\t45"])
    assert _lead("What was the total operating income in 2018?", [table]).startswith("45")
    # the heading named: its subtotal
    assert _lead("What were the total acquisition-related charges in 2018?", [table]).startswith("12")


def test_a_pair_joined_by_and_in_the_tables_introduction_is_one_thing_not_two_rows():
    reads = read_block(["\t2019\t2018", "Rent and other deposits\t6,106\t5,687", "Other\t6,723\t5,711",
                        "Total\t$12,829\t$11,398"])
    intro = "Deferred charges and other assets consisted of the following (in thousands):"
    text = "\n".join([intro, reads[0].header_line] + reads[0].lines)
    table = _chunk("t1", text, 0, reads[0].table)
    assert _lead("What were the total deferred charges and other assets in 2019?", [table]) == "$12,829"
    # two rows asked by their own labels stay two
    assert _lead("What were the rent and other deposits and other in 2019?", [table]) is not None


def test_an_unlabelled_closing_row_is_the_figure_the_tables_introduction_names():
    reads = read_block(["\t2019\t2018", "Land\t$1,949\t$2,185", "Buildings\t138,755\t129,582", "\t140,704\t131,767",
                        "Less: Accumulated depreciation\t66,389\t39,658", "\t$74,315\t$92,109"])
    intro = "Property and equipment, net consisted of the following (in thousands):"
    table = _chunk("t1", "\n".join([intro, reads[0].header_line] + reads[0].lines), 0, reads[0].table)
    assert _lead("What was the property and equipment, net in 2019?", [table]).startswith("$74,315")
    assert _lead("What was the land in 2018?", [table]).startswith("$2,185")  # a row named by its label first


def test_periods_as_rows_read_the_row_stating_the_year_and_the_column_named():
    table = _table_chunk(["\tNumber of Shares\tWeighted-Average Exercise Price Per Share\t"
                          "Weighted-Average Remaining Contractual Term (in Years)",
                          "Outstanding at September 30, 2018\t2,806,364\t$4.75\t4.6", "Granted\t409,368\t$9.59\t",
                          "Outstanding at September 30, 2019\t1,686,902\t7.00\t5.4"])
    assert _lead("What was the weighted-average exercise price per share of options outstanding at "
                 "September 30, 2019?", [table]) == "7.00"
    # 'weighted-average' is the column's word, no average asked
    assert _lead("What was the weighted-average remaining contractual term of options outstanding at "
                 "September 30, 2018?", [table]) == "4.6"


def test_figures_of_several_years_lead_in_the_order_the_question_asks():
    from ingest.figures import parse_figures
    from rag.extractive.lead_line import lead_figure

    figures = [f for f in parse_figures("It had $1,686,902 in 2019 and $2,806,364 in 2018.") if f.unit != "year"]
    assert lead_figure(figures, (2018, 2019)) == "$2,806,364 and $1,686,902"
    assert lead_figure(figures, (2019, 2018)) == "$1,686,902 and $2,806,364"

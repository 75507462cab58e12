"""printed_measure: a column printing the measure asked (share, YoY, CAGR, points) is found by the question's words."""

from ingest.tables import Cell, Table
from rag.extractive.printed_measure import canonical, header_measure, printed_columns


def _table() -> Table:
    cols = ["2020 › Amount", "2020 › % of total", "2019 › Amount", "2019 › % of total"]
    rows = ["Subscription", "Total revenue"]
    cells = [Cell(r, c, t, float(t.strip("%").replace(",", ""))) for r, vals in
             zip(rows, [["612,840", "71.7%", "498,316", "64.3%"], ["855,000", "100.0%", "775,478", "100.0%"]])
             for c, t in zip(cols, vals)]
    return Table(None, cols, rows, cells)


def test_abbreviations_name_one_measure():
    assert "yoy" in canonical("year-on-year growth") and "change" in canonical("year-on-year growth")
    assert "cagr" in canonical("the compound annual growth rate")
    assert "share" in canonical("What proportion of revenue") and "points" in canonical("percentage points")


def test_header_measure_reads_the_measure_part():
    assert header_measure("Year Ended December 31 › 2020 › % of total") == ({"share", "total"}, {2020})
    assert header_measure("CAGR 2024-2030E") == ({"cagr"}, {2024, 2030})
    assert header_measure("2020 › Amount") is None


def test_share_column_of_the_year_asked():
    t = _table()
    assert printed_columns(t, "What share of total revenue was subscription in 2019?") == ["2019 › % of total"]


def test_no_printed_column_for_another_year_or_whole():
    t = _table()
    assert printed_columns(t, "What share of total revenue was subscription in 2018?") == []
    assert printed_columns(t, "What proportion of non-subscription revenue in 2020 was X?") == []


def test_one_year_rate_answers_only_the_adjacent_span():
    from rag.extractive.printed_measure import _years_fit
    assert _years_fit({2024}, {2023, 2024}, {2022, 2023, 2024}, {"yoy", "change"})
    assert not _years_fit({2024}, {2022, 2024}, {2022, 2023, 2024}, {"yoy", "change"})
    assert _years_fit({2024, 2030}, {2024, 2030}, {2019, 2024, 2030}, {"cagr"})
    assert not _years_fit({2019, 2024}, {2024, 2030}, {2019, 2024, 2030}, {"cagr"})


def _paired() -> Table:
    cols = ["Year Ended › 2021", "Year Ended › % of total", "Year Ended › 2020", "Year Ended › % of total (2)"]
    rows = ["Services", "Total revenue"]
    vals = [["96,508", "7.5%", "88,117", "9.3%"], ["1,280,728", "100.0%", "951,021", "100.0%"]]
    cells = [Cell(r, c, t, float(t.strip("%").replace(",", ""))) for r, v in zip(rows, vals) for c, t in zip(cols, v)]
    return Table(None, cols, rows, cells)


def test_share_column_beside_its_year_takes_that_year():
    t = _paired()
    assert printed_columns(t, "What percentage of total revenue were services in 2020?") == ["Year Ended › % of total (2)"]
    assert printed_columns(t, "What percentage of total revenue were services in 2021?") == ["Year Ended › % of total"]


def test_share_column_is_the_operand_column_of_shares_added():
    from rag.extractive.cells import RowHit
    from rag.extractive.printed_measure import printed_shares, share_column
    cols = ["Production › 2024", "Share 2024 › (%)"]
    rows = ["Thailand", "Nigeria", "World total"]
    vals = [["13,000", "3.3"], ["13,000", "3.3"], ["394,720", "100.0"]]
    cells = [Cell(r, c, x, float(x.replace(",", ""))) for r, v in zip(rows, vals) for c, x in zip(cols, v)]
    t = Table(None, cols, rows, cells)
    q = "What was the combined share of Thailand and Nigeria in world production in 2024?"
    assert share_column(t, q) == "Share 2024 › (%)"
    pair = [(RowHit(0, t, r, 1.0), next(c for c in cells if c.row == r and c.column == cols[0])) for r in rows[:2]]
    assert [c.text for _, c in printed_shares(pair, q)] == ["3.3", "3.3"]
    assert [c.text for _, c in printed_shares(pair, "What was the combined production of Thailand and Nigeria in 2024?")] \
        == ["13,000", "13,000"]


def test_a_rate_named_by_its_period_reads_that_column_only():
    cols = ["Q2 2024", "Q1 2025", "Q2 2025", "QoQ", "YoY"]
    cells = [Cell("Desktops", c, t, v) for c, t, v in zip(cols, ["13,420", "12,110", "13,060", "7.8%", "(2.7%)"],
                                                           [13420, 12110, 13060, 7.8, -2.7])]
    t = Table(None, cols, ["Desktops"], cells)
    assert printed_columns(t, "What was the quarter-on-quarter growth of desktops in Q2 2025?") == ["QoQ"]
    assert printed_columns(t, "What was the year-on-year growth of desktops in Q2 2025?") == ["YoY"]


def test_a_printed_change_leads_as_the_prose_beside_it_writes_it():
    from ingest.tables import read_grid, tables_to_json
    from ingest.types import Chunk
    from rag.extractive.shapes import answer_by_cells
    from rag.extractive.slots import parse
    from rag.types import AnswerContext, Passage
    grid = [["(in thousands)", "2019", "2018", "Change"], ["License and subscription", "178,044", "148,698", "29,346"],
            ["Maintenance", "60,123", "58,900", "1,223"]]
    read = read_grid(grid, None)
    text = "\n".join([read.header_line] + read.lines)
    table = Chunk("c1", "d1", text, "Report", "Pub", "2020", "r.html", 1, 1, None, 0, len(text),
                  tables_json=tables_to_json([read.table]))
    prose = "Cost of license and subscription revenue increased $29.3 million compared with the prior year."
    said = Chunk("c2", "d1", prose, "Report", "Pub", "2020", "r.html", 1, 1, None, 0, len(prose))
    q = "What was the increase in cost of license and subscription revenue?"
    answer = answer_by_cells(AnswerContext(q, [Passage(table, 1.0), Passage(said, 0.9)]), parse(q), "extractive")
    assert answer is not None and answer.figure == "$29.3 million"


def test_a_change_printed_under_another_measure_group_answers_no_measure_the_question_names():
    from ingest.tables import read_grid
    from rag.extractive.printed_measure import other_group_named
    grid = [["", "Occupancy (%)", "", "ADR (€)", "", "RevPAR (€)", "", "RevPAR"],
            ["City", "2024", "2023", "2024", "2023", "2024", "2023", "change (%)"],
            ["Paris", "78.6", "74.9", "248.40", "231.10", "195.24", "173.09", "12.8"]]
    table = read_grid(grid).table
    change = next(c for c in table.columns if "change" in c)
    assert other_group_named(table, change, "What was the percentage change in ADR in Paris in 2024?")
    assert not other_group_named(table, change, "What was the percentage change in RevPAR in Paris in 2024?")
    assert not other_group_named(table, change, "What was the percentage change in Paris in 2024?")

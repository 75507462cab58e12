"""Tables as cells, one rule per test on the smallest input (no model): values, units and scales,
header rows and spans, parent rows, side-by-side halves, row lines, the grid of each format,
and the cells' round trip through Chunk metadata."""

from __future__ import annotations

import pytest

from ingest.chunk import Chunker
from ingest.table_sources import docx_grid, html_grid, pipes_to_tabs, splice_tables
from ingest.cell_values import parse_value, unit_of
from ingest.table_headers import column_paths, header_count, split_side_by_side
from ingest.tables import SEP, read_block, tables_from_json, tables_to_json
from ingest.types import TABLES_PART, Chunk, DocInfo, Section

TATQA = ["\tYears Ended September 30,\t\t", "\t2019\t2018\t2017",
         "Total sales\t$1,496.5\t$1,202.9\t$1,107.7", "Billed receivables\t$112.5\t$98.0\t$87.4"]


def words(texts):
    return [len(t.split()) + 2 for t in texts]


# -- values, units, scales -----------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("(1,234)", -1234.0), ("$(12.5)", -12.5), ("-5.2%", -5.2), ("$1,496.5", 1496.5), ("1,655", 1655.0),
    ("30.1%", 30.1), ("—", None), ("-", None), ("", None), ("n/a", None), ("Company A", None),
    ("GPT-5 (high)", None), ("Qwen3 235B A22B 2507", None),
])
def test_cell_value_parsed_as_a_signed_figure(text, value):
    assert parse_value(text) == value


@pytest.mark.parametrize("text, unit, scale", [
    ("(in millions)", None, "million"), ("$ in thousands", "USD", "thousand"), ("Gross margin (%)", "%", None),
    ("RMB 100 million", "RMB", "100 million"), ("Revenue (EUR million)", "EUR", "million"),
    ("Market share, %", "%", None), ("USD'000", "USD", "thousand"), ("(% of respondents)", "%", None),
    ("Robots shipped", None, None), ("revenue of 5 million units", None, None), ("401(k) plan", None, None),
])
def test_unit_and_scale_stated_by_a_label(text, unit, scale):
    assert unit_of(text) == (unit, scale)


# -- headers -------------------------------------------------------------------------------------
def grid(lines):
    return [l.split("\t") for l in lines]


def test_two_header_rows_years_count_as_headings():
    assert header_count(grid(TATQA)) == 2


def test_year_with_a_currency_sign_is_a_heading():
    assert header_count(grid(["\tGroup\t", "\t2019 $\t2018 $", "Revenue\t5\t4"])) == 2


def test_header_rows_stop_at_a_parent_row_without_values():
    assert header_count(grid(["\t2019\t2018", "Deferred tax assets:\t\t", "Net operating losses\t1\t2"])) == 1


def test_table_of_words_has_one_header_row():
    assert header_count(grid(["\tStream\tPricing", "APP\tSubscriptions\tMonthly fee", "API\tCalls\tPer token"])) == 1


def test_label_over_blank_padded_header_cells_spans_the_columns_below():
    paths = column_paths(grid(TATQA[:2]), 4)
    assert paths[1:] == [f"Years Ended September 30{SEP}2019", f"Years Ended September 30{SEP}2018",
                         f"Years Ended September 30{SEP}2017"]


def test_two_spanning_labels_each_cover_their_own_columns():
    paths = column_paths(grid(["\tRevenue\t\tCost\t", "\t2019\t2018\t2019\t2018"]), 5)
    assert paths[1:] == [f"Revenue{SEP}2019", f"Revenue{SEP}2018", f"Cost{SEP}2019", f"Cost{SEP}2018"]


def test_lone_label_centred_over_the_years_spans_every_year():
    table = read_block(["\t\tYears Ended September 30,\t", "\t2019\t2018\t2017", "Total sales\t$1,496.5\t$1,202.9\t$1,107.7"])[0].table
    assert table.cell("Total sales", f"Years Ended September 30{SEP}2019").value == 1496.5


def test_label_alone_in_the_first_cell_over_the_years_and_a_unit_note_row():
    rt = read_block(["October 31,\t\t", "\t2019\t2018", "(In thousands)\t\t", "Processed poultry\t35,121\t30,973"])[0]
    assert rt.table.columns == [f"October 31{SEP}2019", f"October 31{SEP}2018"]
    assert rt.table.cell("Processed poultry", "2019").scale == "thousand"
    assert rt.lines == ["Processed poultry — 2019: 35,121; 2018: 30,973 (thousands)"]


def test_unit_note_in_a_header_row_is_a_unit_not_a_column_name():
    table = read_block(["\t2019\t2018", "\t£m\t£m", "Investments\t1,216.0\t1,212.9"])[0].table
    assert table.columns == ["2019", "2018"]
    cell = table.cell("Investments", "2019")
    assert (cell.value, cell.unit, cell.scale) == (1216.0, "GBP", "million")


def test_row_line_names_columns_by_the_parts_that_differ():
    lines = read_block(["\t2019\t2018", "\tNo. of rights\tNo. of rights", "Granted\t4,465,617\t5,691,731"])[0].lines
    assert lines == ["Granted — 2019: 4,465,617; 2018: 5,691,731"]


# -- rows ------------------------------------------------------------------------------------------
def test_tatqa_cell_by_row_and_merged_column_path():
    table = read_block(TATQA)[0].table
    cell = table.cell("Total sales", f"Years Ended September 30{SEP}2019")
    assert cell is not None and cell.text == "$1,496.5" and cell.value == 1496.5 and cell.unit == "USD"
    assert table.cell("Total sales", "2018").value == 1202.9  # the last header part is enough
    assert table.cell("billed receivables", "2017").value == 87.4
    assert table.cell("Total sales", "2016") is None and table.cell("Net income", "2019") is None


def test_parent_row_prefixes_its_sub_items_and_a_total_closes_the_group():
    rt = read_block(["\t2019\t2018", "Deferred tax assets:\t\t", "Net operating losses\t1,204\t998",
                     "Tax credits\t310\t280", "Total deferred tax assets\t1,514\t1,278", "Goodwill\t50\t50"])[0]
    assert rt.table.rows == [f"Deferred tax assets{SEP}Net operating losses", f"Deferred tax assets{SEP}Tax credits",
                             f"Deferred tax assets{SEP}Total deferred tax assets", "Goodwill"]
    assert rt.table.cell(f"Deferred tax assets{SEP}Net operating losses", "2019").value == 1204
    assert rt.lines[0].startswith(f"Deferred tax assets{SEP}Net operating losses — 2019: 1,204")


def test_indented_row_labels_under_a_heading_row_carry_its_path():
    rt = read_block(["\t2019\t2018", "Deferred tax assets:\t\t", "    Net operating losses\t1,204\t998",
                     "\u00a0\u00a0Tax credits\t310\t280"])[0]
    assert rt.table.rows == [f"Deferred tax assets{SEP}Net operating losses", f"Deferred tax assets{SEP}Tax credits"]
    assert rt.table.cell("Tax credits", "2018").value == 280


def test_heading_row_stating_a_unit_lends_it_to_its_sub_items():
    table = read_block(["Metric\t2023\t2024", "Revenue by segment (EUR million)\t\t", "Robots\t30.2\t41.0",
                        "Total revenue\t47.9\t63.4", "Robots shipped\t1,180\t1,655"])[0].table
    robots = table.cell("Robots", "2024")
    assert (robots.value, robots.unit, robots.scale) == (41.0, "EUR", "million")
    assert table.cell("Total revenue", "2023").scale == "million"
    shipped = table.cell("Robots shipped", "2024")  # after the total: the heading no longer applies
    assert (shipped.unit, shipped.scale) == (None, None)


def test_an_unlabelled_row_adding_up_the_rows_above_is_their_total_and_closes_the_group():
    rt = read_block(["\t2019\t2018", "Long-lived assets:\t\t", "United States\t$933\t$784", "Europe\t72\t(73)",
                     "\t$1,005\t$711", "Goodwill\t50\t50", "Other\t5\t5", "\t56\t55"])[0]
    assert rt.table.rows == [f"Long-lived assets{SEP}United States", f"Long-lived assets{SEP}Europe",
                             f"Long-lived assets{SEP}Total", "Goodwill", "Other", "Row 6"]  # 50 + 5 is not 56


def test_blocks_stacked_under_their_own_header_rows_are_one_table_with_every_blocks_columns():
    rt = read_block(["\tFiscal 2019\t", "\tFirst Quarter\tSecond Quarter", "Revenues\t$94,888\t$96,037",
                     "\tFiscal 2018\t", "\tFirst Quarter\tSecond Quarter", "Revenues\t$88,081\t$89,767"])
    assert len(rt) == 1 and rt[0].table.rows == ["Revenues"]
    assert rt[0].table.cell("Revenues", f"Fiscal 2018{SEP}Second Quarter").value == 89767
    assert rt[0].table.cell("Revenues", f"Fiscal 2019{SEP}Second Quarter").value == 96037
    same = read_block(["\tDec 2019\tAcquisitions", "Group A\t5\t1", "\tDec 2018\tAcquisitions", "Group A\t4\t2"])
    # block headers that repeat the same columns: each block under its own header (session 26)
    assert len(same) == 2 and same[1].table.cell("Group A", "Dec 2018").value == 4
    dashes = read_block(["\t2019\t2018", "Audit fees\t5\t4", "Non-audit fees\t\t", "Tax fees\t—\t—", "Other\t1\t2"])
    assert dashes[0].table.columns == ["2019", "2018"]  # a row of dashes is no block header


def test_a_stray_full_stop_after_a_label_is_no_part_of_it():
    assert read_block(["\t2019\t2018", "Cash\t5\t4", "Total .\t5\t4"])[0].table.rows == ["Cash", "Total"]


def test_a_lone_word_in_a_value_column_of_a_figure_table_is_a_heading():
    rt = read_block(["\tAs reported\tAdjustments", "Assets\t\t", "Deferred tax\t22,626\t(532)",
                     "\tLiabilities and Equity\t", "Deferred revenue\t$24,264\t(1,945)"])[0]
    assert rt.table.rows == [f"Assets{SEP}Deferred tax", f"Liabilities and Equity{SEP}Deferred revenue"]


@pytest.mark.parametrize("text, value", [("(44.1)", -44.1), ("$ (1,234.5)", -1234.5), ("(12)%", -12.0),
                                         ("(3.2%)", -3.2), ("€(0.5)", -0.5)])
def test_negative_figures_in_parentheses(text, value):
    assert parse_value(text) == value


def test_negative_figure_in_parentheses_keeps_its_text_unit_and_scale():
    cell = read_block(["\t2019\t2018", "Net loss\t$(1,234)\t$567"], caption="(in thousands)")[0].table.cell("Net loss", "2019")
    assert (cell.text, cell.value, cell.unit, cell.scale) == ("$(1,234)", -1234.0, "USD", "thousand")


def test_scale_in_the_caption_applies_to_every_figure():
    table = read_block(["\t2019\t2018", "Revenue\t1,200\t(35)"], caption="Results (in thousands)")[0].table
    assert table.scale == "thousand"
    assert [(c.value, c.scale) for c in table.cells] == [(1200.0, "thousand"), (-35.0, "thousand")]


def test_unit_in_the_row_label_wins_and_percent_has_no_scale():
    table = read_block(["Metric\t2023\t2024", "Revenue (EUR million)\t47.9\t63.4", "Gross margin (%)\t36\t41",
                        "Robots shipped\t1,180\t1,655"], caption="USD figures in thousands")[0].table
    rev, margin, robots = (table.cell(r, "2024") for r in ("Revenue", "Gross margin", "Robots shipped"))
    assert (rev.value, rev.unit, rev.scale) == (63.4, "EUR", "million")
    assert (margin.value, margin.unit, margin.scale) == (41.0, "%", None)
    assert (robots.value, robots.unit, robots.scale) == (1655.0, "USD", "thousand")


def test_currency_sign_on_first_and_total_rows_lends_to_the_column():
    table = read_block(["\t2019", "Products\t$1,000.0", "Services\t496.5", "Total\t$1,496.5"])[0].table
    assert table.cell("Services", "2019").unit == "USD"


def test_figure_row_reads_as_one_self_contained_line():
    lines = read_block(TATQA, caption="Sales (in millions)")[0].lines
    assert lines[0] == "Total sales — 2019: $1,496.5; 2018: $1,202.9; 2017: $1,107.7 (USD millions)"


def test_ranking_table_keeps_its_record_lines():
    rt = read_block(["Rank\tCompany name\tMarket share, %", "10\tMiniMax\t0.3%"])[0]
    assert rt.lines == ["Rank: 10; Company name: MiniMax; Market share, %: 0.3%"]
    assert rt.header_line == "Rank | Company name | Market share, %"
    cell = rt.table.cell("MiniMax", "Market share")
    assert (cell.value, cell.unit) == (0.3, "%") and rt.table.cell("MiniMax", "Rank").value == 10


def test_leaderboard_rows_are_named_by_the_column_whose_names_do_not_repeat():
    table = read_block(["Rank\tCompany name\tModel\tArena ELO", "1\tByteDance\tSeedance 1.0\t1,355",
                        "2\tMinimax\tHailuo 02\t1,331", "9\tMinimax\tI2V-01-Director\t1,047"])[0].table
    assert table.rows == ["Seedance 1.0", "Hailuo 02", "I2V-01-Director"]
    assert table.cell("Hailuo 02", "Arena ELO").value == 1331 and table.cell("Hailuo 02", "Company name").text == "Minimax"


def test_side_by_side_halves_are_separate_tables():
    lines = ["Rank\tCompany name\tMarket share, %\tRank\tCompany name\tMarket share, %",
             "1\tCompany A\t30.1%\t\t\t", "2\tCompany B\t16.9%\t9\tCompany I\t0.3%"]
    assert len(split_side_by_side(grid(lines))) == 2
    left, right = read_block(lines)
    assert left.table.rows == ["Company A", "Company B"] and right.table.rows == ["Company I"]
    assert right.lines == ["Rank: 9; Company name: Company I; Market share, %: 0.3%"]


def test_repeated_column_names_stay_addressable():
    table = read_block(["Item\tValue\tValue", "Cash\t5\t7"])[0].table
    assert table.columns == ["Value", "Value (2)"] and table.cell("Cash", "Value (2)").value == 7
    assert tables_from_json(tables_to_json([table])) == [table]


def test_cells_round_trip_through_json():
    tables = [rt.table for rt in read_block(TATQA, caption="(in millions)")]
    again = tables_from_json(tables_to_json(tables))
    assert again == tables and tables_from_json("") == []


# -- grids of each format --------------------------------------------------------------------------
def test_html_colspan_keeps_its_label_first_and_rowspan_repeats():
    from bs4 import BeautifulSoup

    soup = BeautifulSoup("<table><tr><th rowspan=2>Item</th><th colspan=2>Years</th></tr>"
                         "<tr><th>2019</th><th>2018</th></tr><tr><td>Sales</td><td>5</td><td>4</td></tr></table>", "lxml")
    assert html_grid(soup.table, lambda c: c.get_text(strip=True)) == [
        ["Item", "Years", ""], ["Item", "2019", "2018"], ["Sales", "5", "4"]]


def test_docx_merged_cell_keeps_its_text_in_the_first_column():
    import docx

    d = docx.Document()
    t = d.add_table(rows=2, cols=3)
    t.cell(0, 1).merge(t.cell(0, 2)).text = "Years"
    for i, v in enumerate(["Item", "2019", "2018"]):
        t.cell(1, i).text = v
    assert docx_grid(t) == [["", "Years", ""], ["Item", "2019", "2018"]]


def test_markdown_pipe_table_becomes_tab_rows():
    text = "Intro\n\n| Metric | 2023 | 2024 |\n|:---|---:|---:|\n| Revenue | 47.9 | 63.4 |\n\nAfter | this"
    assert pipes_to_tabs(text) == "Intro\n\nMetric\t2023\t2024\nRevenue\t47.9\t63.4\n\nAfter | this"


def test_pdf_flattened_table_lines_replaced_by_cells():
    page = "Table 1: Key figures\nMetric 2023 2024\nRevenue 47.9 63.4\nRobots 1,180 1,655\nRevenue grew."
    spliced = splice_tables(page, [[["Metric", "2023", "2024"], ["Revenue", "47.9", "63.4"], ["Robots", "1,180", "1,655"]]])
    assert spliced == "Table 1: Key figures\nMetric\t2023\t2024\nRevenue\t47.9\t63.4\nRobots\t1,180\t1,655\nRevenue grew."


# -- with the chunk --------------------------------------------------------------------------------
def test_chunk_carries_its_tables_and_they_survive_metadata_in_4k_parts():
    rows = [f"Item {i}\t{i},000\t{i * 2},500" for i in range(300)]
    section = Section("Costs (in thousands)\n\t2019\t2018\n" + "\n".join(rows), heading="Costs")
    chunks = Chunker(words, max_tokens=200).chunk(DocInfo("d", "T"), [section], "h")
    with_table = [c for c in chunks if c.tables]
    assert len(with_table) == len(chunks) > 1
    first = chunks[0]
    assert "Costs (in thousands)" in first.text and "2019 | 2018" in first.text  # caption and columns repeated
    table = first.tables[0]
    assert table.cell("Item 1", "2018").value == 2500 and table.cell("Item 1", "2018").scale == "thousand"
    meta = first.metadata()
    assert all(len(v) <= TABLES_PART for k, v in meta.items() if k.startswith("tables"))
    again = Chunk.from_record(first.chunk_id, first.text, meta)
    assert again.tables == first.tables and again.tables_json == first.tables_json


def test_big_table_stores_only_the_chunks_rows():
    rows = [f"Item {i}\t{i},000\t{i * 2},500" for i in range(400)]
    chunks = Chunker(words, max_tokens=200).chunk(DocInfo("d", "T"), [Section("\t2019\t2018\n" + "\n".join(rows))], "h")
    last = chunks[-1].tables[0]
    assert "Item 399" in last.rows and "Item 0" not in last.rows
    assert all(f"{r} —" in chunks[-1].text for r in last.rows)


def test_prose_chunk_has_no_tables():
    chunk = Chunker(words).chunk(DocInfo("d", "T"), [Section("Revenue rose 12% in 2024.")], "h")[0]
    assert chunk.tables == [] and not any(k.startswith("tables") for k in chunk.metadata())


def test_lone_change_label_heads_only_the_columns_below_it_that_are_no_years():
    # 'Percent Change' over 'Actual | Constant' between the years: the years' amounts are no change
    paths = column_paths(grid(["\t\t\tPercent Change\t", "(Dollars in millions)\t2019\tActual\tConstant\t2018"]), 5)
    assert paths[1:] == ["2019", f"Percent Change{SEP}Actual", f"Percent Change{SEP}Constant", "2018"]
    table = read_block(["\t\t\tPercent Change\t", "(Dollars in millions)\t2019\tActual\tConstant\t2018",
                        "EMEA\t$9,168\t0%\t4%\t$9,163", "Asia Pacific\t5,004\t3%\t7%\t4,848"])[0].table
    assert table.cell("Asia Pacific", "2019").unit == "USD"


def test_a_row_adding_up_a_headings_rows_and_rows_above_the_heading_is_the_tables_total():
    rt = read_block(["\t2020\t2019", "Basic shares\t118\t114", "Effect of dilutive securities:\t\t",
                     "Stock options\t4\t4", "Restricted stock units\t2\t1", "Diluted shares\t124\t119",
                     "Senior bonds\t\t", "Bond A\t749\t748", "Hybrid bonds\t\t", "Bond B\t594\t—", "Total\t1,343\t748"])[0]
    assert rt.table.rows == ["Basic shares", f"Effect of dilutive securities{SEP}Stock options",
                             f"Effect of dilutive securities{SEP}Restricted stock units", "Diluted shares",
                             f"Senior bonds{SEP}Bond A", f"Hybrid bonds{SEP}Bond B", "Total"]


def test_a_row_whose_label_states_a_measure_in_points_takes_no_scale_or_currency_of_the_table():
    from ingest.tables import read_grid
    rt = read_grid([["(in billions)", "2023", "2022"], ["Total assets", "$ 369.4", "$ 330.8"],
                    ["Fixed income", "97.2", "93.8"], ["Average fee rate (basis points) (2)", "39.8", "40.8"]])
    fee = [c for c in rt.table.cells if c.row.startswith("Average fee rate")]
    assert {(c.unit, c.scale) for c in fee} == {(None, None)}
    assert {(c.unit, c.scale) for c in rt.table.cells if c.row == "Fixed income"} == {("USD", "billion")}
    assert rt.lines[-1] == "Average fee rate (basis points) (2) — 2023: 39.8; 2022: 40.8"


# -- title lines over a table's headings -------------------------------------------------------------
TITLED = ["Top acquirers by purchase volume, 2024\t\t", "Unit: USD million\t\t", "Region\t2023\t2024",
          "Brazil\t1,200\t1,350", "Mexico\t800\t900"]


def test_title_and_unit_line_over_headings_naming_their_first_column_are_the_caption():
    read = read_block(TITLED)[0]
    table = read.table
    assert table.columns == ["2023", "2024"]  # the title's year and unit head no column
    assert table.title == "Top acquirers by purchase volume, 2024\nUnit: USD million"
    assert table.cell("Brazil", "2024").value == 1350 and table.cell("Brazil", "2024").unit == "USD"
    assert table.cell("Brazil", "2024").scale == "million"
    assert read.title == table.title and read.header_line == "Region | 2023 | 2024"
    assert read.lines[0] == "Brazil — 2023: 1,200; 2024: 1,350 (USD millions)"
    assert tables_from_json(tables_to_json([table]))[0].title == table.title


def test_title_lines_reach_the_passage_text_over_the_header_line():
    section = Section("\n".join(TITLED), heading="Acquirers")
    chunk = Chunker(words, max_tokens=200).chunk(DocInfo("d", "T"), [section], "h")[0]
    assert "Top acquirers by purchase volume, 2024\nUnit: USD million\nRegion | 2023 | 2024" in chunk.text
    assert chunk.tables[0].title == "Top acquirers by purchase volume, 2024\nUnit: USD million"


def test_a_line_over_a_blank_first_heading_keeps_heading_the_columns():
    table = read_block(["October 31,\t\t", "\t2019\t2018", "Revenue\t1,200\t1,100"])[0].table
    assert table.columns == [f"October 31{SEP}2019", f"October 31{SEP}2018"] and table.title is None

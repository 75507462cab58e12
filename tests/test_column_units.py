"""A unit written once for a column, a header group or the whole table reaches every cell it covers: at ingest
(`tables.read_grid`), in the row line the gates read (`rows.column_units` via `noted_money`), and from the chunk's
table when the line leaves it unwritten (`row_lines.cells_note` via `rows.table_note`), the indexed text unchanged."""

from ingest.figures import parse_figures
from ingest.row_lines import cells_note
from ingest.tables import read_grid
from rag.extractive.rows import noted_money, table_note

GROUPS = [["", "Market size (USD million)", "", "Share (%)", ""],
          ["Technology", "2022", "2023", "2023", "2030E"],
          ["Alkaline", "498.6", "912.4", "62.6", "47.5"],
          ["PEM", "274.9", "468.5", "31.8", "36.4"],
          ["Total", "773.5", "1,380.9", "94.4", "83.9"]]


def _read(line: str, tables=()):
    return noted_money(line, parse_figures(line), tables)


def test_header_group_unit_reaches_its_cells_at_ingest_and_in_the_line():
    rt = read_grid(GROUPS)
    pem = {c.column: (c.unit, c.scale) for c in rt.table.cells if c.row == "PEM"}
    assert pem["Market size (USD million) › 2023"] == ("USD", "million")
    assert pem["Share (%) › 2023"] == ("%", None)
    figs = [f for f in _read(rt.lines[1]) if f.unit != "year"]
    assert [(f.number, f.unit, f.currency, f.year) for f in figs] == [
        (274.9, "number", "USD", 2022), (468.5, "number", "USD", 2023),
        (31.8, "percent", None, 2023), (36.4, "percent", None, 2030)]


def test_percent_written_in_a_group_heading_words():
    line = ("Indonesia — Users as % of urban adults › 2024: 36.4; Users as % of urban adults › 2027F: 44.5; "
            "Change 2022-2024 › (percentage points): 6.8")
    assert [(f.number, f.unit) for f in _read(line) if f.unit != "year"] == [
        (36.4, "percent"), (44.5, "percent"), (6.8, "number")]  # percentage points are no percent of a whole


def test_record_line_column_heading_unit():
    line = "Rank: 1; Company: Calderon; 2024 revenue (USD billion): 9.6; Market share (%): 14.0"
    figs = {f.number: f for f in _read(line)}
    assert figs[9.6].currency == "USD" and figs[14.0].unit == "percent" and figs[1.0].currency is None


CAGR = [["EUR million", "", "", ""],
        ["Service type", "2023", "2024", "CAGR 2024-2030E"],
        ["Managed", "11,193.3", "12,547.7", "10.7%"],
        ["Consulting", "5,872.8", "6,336.8", "6.8%"]]


def test_cell_that_writes_its_own_unit_does_not_hide_the_table_unit():
    rt = read_grid(CAGR)
    # the indexed line stays as written (no note repeating the table's unit): the unit travels with the cells
    assert rt.lines[0] == "Managed — 2023: 11,193.3; 2024: 12,547.7; CAGR 2024-2030E: 10.7%"
    assert cells_note(rt.table.row("Managed")) == "EUR millions"
    figs = {f.number: f for f in _read(rt.lines[0], [rt.table])}
    assert figs[12547.7].currency == "EUR" and figs[10.7].unit == "percent" and figs[10.7].currency is None
    assert _read(rt.lines[0])[1].currency is None  # without the chunk's table the line alone states no currency


def test_a_row_whose_line_states_its_unit_or_whose_label_does_needs_no_table_note():
    rt = read_grid([["EUR million", "", ""], ["Segment", "2023", "2024"], ["Managed", "11,193.3", "12,547.7"]])
    assert rt.lines[0].endswith("(EUR millions)") and table_note(rt.lines[0], [rt.table]) is None
    rt = read_grid([["", "2023", "2024", "CAGR"], ["Revenue (EUR million)", "11,193.3", "12,547.7", "10.7%"]])
    assert table_note(rt.lines[0], [rt.table]) is None  # the label states it: `label_currency` reads it there


def test_a_cell_that_writes_its_unit_keeps_it_and_a_plain_column_stays_plain():
    line = "Europe — Subscribers (thousand) › 2024: 820; Subscribers (thousand) › 2030E: 3,900; Penetration › (%): 0.4"
    figs = {f.number: f for f in _read(line)}
    assert figs[820.0].unit == "count" and figs[820.0].currency is None and figs[0.4].unit == "percent"


def test_whole_table_percent_note_reaches_bare_cells():
    rt = read_grid([["(%)", "", ""], ["Market", "2023", "2024"], ["Singapore", "44.2", "49.8"], ["Brazil", "33.1", "38.7"]])
    assert rt.lines[0].endswith("(%)")
    assert [f.unit for f in _read(rt.lines[0]) if f.unit != "year"] == ["percent", "percent"]


def test_a_title_rows_multiplier_note_gives_the_rows_bare_cells_its_currency_not_a_figure():
    for title, scale in (("Market (RMB 100 million)", "100 million"), ("Revenue (RMB 10,000)", "ten thousand")):
        rt = read_grid([[title, "", ""], ["Segment", "2023", "2024"], ["Heat pumps", "230", "340"]])
        assert {(c.unit, c.scale) for c in rt.table.cells} == {("RMB", scale)}
        figs = [f for f in _read(rt.lines[0]) if f.unit != "year"]
        assert [(f.number, f.currency) for f in figs] == [(230.0, "RMB"), (340.0, "RMB")]

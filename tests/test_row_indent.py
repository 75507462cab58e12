"""Indented row labels under a row of figures: 'Parent › Child' from HTML styles, &nbsp; and DOCX indents."""

from __future__ import annotations

from ingest.row_indent import css_indent, join_indented
from ingest.table_sources import docx_grid, html_grid
from ingest.tables import read_grid


def _soup_table(body: str):
    from bs4 import BeautifulSoup

    return BeautifulSoup(f"<table><tr><th></th><th>2021</th><th>2020</th></tr>{body}</table>", "lxml").table


def test_css_lengths_add_up_and_shorthand_gives_its_left_side():
    assert css_indent("padding-left:12pt") == 12.0
    assert css_indent("text-indent: 1em; color: red") == 12.0
    assert css_indent("padding: 0 0 0 16px") == 12.0
    assert css_indent("font-weight:bold") == 0.0


def test_padding_left_rows_join_the_subtotal_row_above():
    t = _soup_table("<tr><td>Opex</td><td>30</td><td>20</td></tr>"
                    "<tr><td style='padding-left:12pt'>R&amp;D</td><td>10</td><td>5</td></tr>"
                    "<tr><td style='padding-left:12pt'>Selling</td><td>20</td><td>15</td></tr>"
                    "<tr><td>Revenue</td><td>90</td><td>80</td></tr>")
    grid = html_grid(t, lambda c: c.get_text(strip=True))
    assert [r[0] for r in grid] == ["", "Opex", "Opex › R&D", "Opex › Selling", "Revenue"]
    assert read_grid(grid).table.rows == ["Opex", "Opex › R&D", "Opex › Selling", "Revenue"]


def test_leading_nbsp_indents_but_markup_spaces_do_not():
    t = _soup_table("<tr><td>\n  Opex</td><td>30</td><td>20</td></tr>"
                    "<tr><td>&nbsp;&nbsp;R&amp;D</td><td>10</td><td>5</td></tr>")
    assert [r[0] for r in html_grid(t, lambda c: c.get_text(strip=True))] == ["", "Opex", "Opex › R&D"]


def test_heading_without_figures_is_left_to_read_grid_and_flat_tables_unchanged():
    grid = [["", "2021"], ["Opex:", ""], ["R&D", "10"], ["Selling", "20"]]
    assert join_indented(grid, [0, 0, 12, 12]) == grid
    flat = [["", "2021"], ["A", "1"], ["B", "2"]]
    assert join_indented(flat, [0, 0, 0]) == flat


def test_nested_levels_chain():
    grid = [["A", "9"], ["B", "5"], ["C", "2"], ["D", "4"]]
    assert [r[0] for r in join_indented(grid, [0, 10, 20, 10])] == ["A", "A › B", "A › B › C", "A › D"]


def test_docx_paragraph_indent_joins_the_row_above():
    import docx
    from docx.shared import Pt

    d = docx.Document()
    t = d.add_table(rows=3, cols=2)
    for i, (a, b) in enumerate([("Opex", "30"), ("R&D", "10"), ("Selling", "20")]):
        t.cell(i, 0).text, t.cell(i, 1).text = a, b
    for i in (1, 2):
        t.cell(i, 0).paragraphs[0].paragraph_format.left_indent = Pt(12)
    assert [r[0] for r in docx_grid(t)] == ["Opex", "Opex › R&D", "Opex › Selling"]


def test_a_total_indented_past_its_items_is_no_item_of_the_last_one():
    t = _soup_table("<tr><td>Current assets:</td><td></td><td></td></tr>"
                    "<tr><td style='padding-left:10pt'>Cash</td><td>100</td><td>90</td></tr>"
                    "<tr><td style='padding-left:10pt'>Receivables</td><td>50</td><td>40</td></tr>"
                    "<tr><td style='padding-left:30pt'>Total current assets</td><td>150</td><td>130</td></tr>")
    assert [r[0] for r in html_grid(t, lambda c: c.get_text(strip=True))][-2:] == ["Receivables", "Total current assets"]

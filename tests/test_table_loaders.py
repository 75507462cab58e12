"""Tables as cells through each loader and the real ingest: a PDF (pdfplumber), HTML with two header
rows (with and without <thead>), DOCX with a merged header cell, Markdown pipes and tab-separated
text; the cells come back from Chroma and from the local index."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.chunk import Chunker
from ingest.loaders import load_file
from ingest.tables import SEP
from ingest.types import DocInfo

KEY_FIGURES = [("Metric", "2023", "2024"), ("Revenue (EUR million)", "47.9", "63.4"),
               ("Gross margin (%)", "36", "41"), ("Robots shipped", "1,180", "1,655")]
TATQA_BODY = ("<tr><td>Total sales</td><td>$1,496.5</td><td>$1,202.9</td><td>$1,107.7</td></tr>"
              "<tr><td>Billed receivables</td><td>$112.5</td><td>$98.0</td><td>$87.4</td></tr>")
TATQA_HEAD = ("<tr><td></td><td>Years Ended September 30,</td><td></td><td></td></tr>"
              "<tr><td></td><td>2019</td><td>2018</td><td>2017</td></tr>")
TATQA_THEAD = ("<thead><tr><th></th><th colspan=3>Years Ended September 30,</th></tr>"
               "<tr><th></th><th>2019</th><th>2018</th><th>2017</th></tr></thead>")


def make_key_figures_pdf(path: Path, rows=KEY_FIGURES, sentences=("Revenue grew by a third as shipments rose.",)) -> Path:
    """Two pages: prose, then a caption over a bordered key-figures table (`rows`) and `sentences`."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    pdf.add_page()
    pdf.multi_cell(0, 6, "Robotics Annual Report 2024. Our company grew strongly in 2024 as more robots "
                   "shipped to customers in Europe and Asia.", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.cell(0, 10, "Table 1: Key figures", new_x="LMARGIN", new_y="NEXT")
    with pdf.table() as table:
        for values in rows:
            row = table.row()
            for v in values:
                row.cell(v)
    for sentence in sentences:
        pdf.multi_cell(0, 6, sentence, new_x="LMARGIN", new_y="NEXT")
    path.write_bytes(bytes(pdf.output()))
    return path


def tatqa_html(path: Path, head: str) -> Path:
    path.write_text(f"<html><body><h2>Sales</h2><p>Net sales (in millions)</p><table>{head}<tbody>{TATQA_BODY}"
                    "</tbody></table><p>Sales grew in 2019.</p></body></html>")
    return path


def chunks_of(path: Path, embedder):
    doc, _ = load_file(path, 10**8)
    return Chunker(embedder.count_tokens_batch).chunk(DocInfo("sample", "T"), doc.sections, "h")


def table_of(chunks, row: str):
    for c in chunks:
        for t in c.tables:
            if row in t.rows or any(r.endswith(row) for r in t.rows):
                return c, t
    raise AssertionError(f"no table has a row {row!r}")


def test_pdf_key_figures_cells(tmp_path, embedder):
    c, table = table_of(chunks_of(make_key_figures_pdf(tmp_path / "k.pdf"), embedder), "Robots shipped")
    assert c.page == 2
    revenue = table.cell("Revenue", "2024")
    assert (revenue.value, revenue.unit, revenue.scale) == (63.4, "EUR", "million")
    assert table.cell("Robots shipped", "2024").value == 1655 and table.cell("Robots shipped", "2024").text == "1,655"
    assert table.cell("Gross margin", "2023").unit == "%"
    assert "Robots shipped — 2023: 1,180; 2024: 1,655" in c.text
    assert "Table 1: Key figures" in c.text and "Metric | 2023 | 2024" in c.text


@pytest.mark.parametrize("head", [TATQA_HEAD, TATQA_THEAD], ids=["td-header-rows", "thead"])
def test_html_two_header_rows_merge_into_the_column_path(tmp_path, embedder, head):
    c, table = table_of(chunks_of(tatqa_html(tmp_path / "s.html", head), embedder), "Total sales")
    cell = table.cell("Total sales", f"Years Ended September 30{SEP}2019")
    assert cell is not None and cell.value == 1496.5 and (cell.unit, cell.scale) == ("USD", "million")
    assert "Total sales — 2019: $1,496.5; 2018: $1,202.9; 2017: $1,107.7 (USD millions)" in c.text
    assert table.cell("Billed receivables", "2019").value == 112.5


def test_docx_table_with_merged_header_cell(tmp_path, embedder):
    import docx

    d = docx.Document()
    d.add_heading("Results", level=1)
    d.add_paragraph("Segment revenue ($ in thousands)")
    t = d.add_table(rows=3, cols=3)
    t.cell(0, 1).merge(t.cell(0, 2)).text = "Fiscal year"
    for r, values in enumerate([("", "2024", "2023"), ("Robots", "(1,250)", "980")], start=1):
        for i, v in enumerate(values):
            t.cell(r, i).text = v
    d.save(str(tmp_path / "r.docx"))
    _, table = table_of(chunks_of(tmp_path / "r.docx", embedder), "Robots")
    cell = table.cell("Robots", f"Fiscal year{SEP}2024")
    assert (cell.value, cell.unit, cell.scale) == (-1250.0, "USD", "thousand")


def test_markdown_pipe_table(tmp_path, embedder):
    (tmp_path / "m.md").write_text("# Report\n\n## Key figures\n\nKey figures (RMB 100 million)\n\n"
                                   "| Metric | 2023 | 2024 |\n|---|---:|---:|\n| Revenue | 12.5 | 15.0 |\n| Profit | — | 2.1 |\n")
    c, table = table_of(chunks_of(tmp_path / "m.md", embedder), "Revenue")
    assert (table.cell("Revenue", "2024").value, table.cell("Revenue", "2024").scale) == (15.0, "100 million")
    assert table.cell("Profit", "2023").value is None and "|" not in c.text.split("\n")[-1]


def test_tab_separated_text_table(tmp_path, embedder):
    (tmp_path / "t.txt").write_text("# Report\n\n## Costs\n\nCosts (in millions)\n\t2019\t2018\n"
                                    "Operating expenses:\t\t\nResearch\t44.1\t56.7\nTotal operating expenses\t90.2\t88.0\n")
    c, table = table_of(chunks_of(tmp_path / "t.txt", embedder), "Research")
    cell = table.cell(f"Operating expenses{SEP}Research", "2019")
    assert (cell.value, cell.scale) == (44.1, "million")
    assert "Operating expenses › Research — 2019: 44.1; 2018: 56.7 (millions)" in c.text


def test_cells_come_back_from_chroma_and_the_local_index(tmp_path, make_app):
    app = make_app()
    report = app.library.ingest([make_key_figures_pdf(tmp_path / "k.pdf")])
    assert not report.failed
    from_chroma = [c for c in app.library.store.iter_chunks() if c.tables]
    from_index = [c for c in app.library.snapshot().chunks if c.tables]
    assert from_chroma and from_index
    for chunks in (from_chroma, from_index):
        _, table = table_of(chunks, "Revenue (EUR million)")
        assert table.cell("Revenue", "2024").value == 63.4 and table.cell("Revenue", "2024").scale == "million"


def test_pdf_prose_pages_are_not_handed_to_pdfplumber(tmp_path):
    from pypdf import PdfReader

    from ingest.table_sources import has_rules

    reader = PdfReader(str(make_key_figures_pdf(tmp_path / "k.pdf")))
    assert [has_rules(p) for p in reader.pages] == [False, True]  # only the page with the bordered table

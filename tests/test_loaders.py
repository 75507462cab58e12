"""Loaders on real files made here with real libraries (fpdf2, python-docx, HTML) and on the
bundled reports: pages and sections, headings, tables with their header, format detection by
content, page recovery from a repeated header, encodings."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest.chunk import Chunker
from ingest.errors import IngestError
from ingest.loaders import load_file
from ingest.manifest import doc_info

MB = 2**20
REPORTS = Path(__file__).resolve().parents[1] / "data" / "reports"
FROST = "frost-leadleo-ai-empowerment-2025"
HEADER = "Acme Research | Quarterly Robotics Outlook 2025"
FOOTER = "www.acme-research.example +86 400-123-4567"
RANKING = [("Rank", "Company name", "Market share, %"), ("1", "Orbital Arms", "21.4%"),
           ("2", "Kobold Systems", "9.8%"), ("10", "MiniMax", "0.3%")]
PDF_PAGES = [
    ("1 Market overview", ["The global robotics market reached USD 48.2 billion in 2024 and keeps growing.",
                           "Service robots grew fastest, adding 18% in a single year."]),
    ("2 Regional split", ["Asia accounted for 61% of all installations in 2024.",
                          "Europe followed with 22% of installations."]),
    ("3 Vendor ranking", None),  # the ranking table
    ("4 Outlook", ["By 2030 the robotics market is projected to exceed USD 120 billion.",
                   "Humanoid robots remain a small niche."]),
]


# -- files made with real libraries ------------------------------------------------------------
def make_pdf(path: Path, pages=PDF_PAGES, password: str | None = None) -> Path:
    """A multi-page PDF with a running header and footer on every page, headings and a table."""
    from fpdf import FPDF

    class Report(FPDF):
        def header(self):
            self.set_font("helvetica", size=9)
            self.cell(0, 8, HEADER, new_x="LMARGIN", new_y="NEXT")

        def footer(self):
            self.set_y(-15)
            self.set_font("helvetica", size=9)
            self.cell(0, 8, FOOTER, align="C")

    pdf = Report()
    if password:
        pdf.set_encryption(owner_password="owner-" + password, user_password=password)
    for title, paragraphs in pages:
        pdf.add_page()
        pdf.set_font("helvetica", "B", 16)
        pdf.cell(0, 10, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("helvetica", size=11)
        if paragraphs is None:
            with pdf.table() as table:
                for values in RANKING:
                    row = table.row()
                    for v in values:
                        row.cell(v)
        else:
            for p in paragraphs:
                pdf.multi_cell(0, 6, p, new_x="LMARGIN", new_y="NEXT")
    path.write_bytes(bytes(pdf.output()))
    return path


def make_docx(path: Path) -> Path:
    import docx

    d = docx.Document()
    d.add_heading("Quarterly Robotics Outlook", level=0)
    d.add_heading("Market overview", level=1)
    d.add_paragraph("The global robotics market reached USD 48.2 billion in 2024.")
    d.add_paragraph("Asia accounted for 61% of all installations.", style="List Bullet")
    d.add_heading("Vendor ranking", level=2)
    d.add_paragraph("Ranking of robotics vendors by revenue in 2024")
    table = d.add_table(rows=0, cols=3)
    for values in RANKING:
        for cell, v in zip(table.add_row().cells, values):
            cell.text = v
    d.add_heading("Outlook", level=1)
    d.add_paragraph("By 2030 the robotics market is projected to exceed USD 120 billion.")
    d.save(str(path))
    return path


HTML = """<!DOCTYPE html>
<html><head><title>ignored</title><style>p { color: red }</style><script>var x = "1 Secret 9.9%";</script></head>
<body>
<h1>Quarterly Robotics Outlook</h1>
<h2>Market overview</h2>
<p>The global robotics market reached <b>USD 48.2 billion</b> in 2024.</p>
<ul><li>Asia: <b>61%</b> of installations</li><li>Europe: 22% of installations</li></ul>
<h2>Vendor ranking</h2>
<p>Ranking of robotics vendors by revenue in 2024</p>
<table>
<tr><th>Rank</th><th>Company name</th><th>Market share, %</th></tr>
<tr><td>1</td><td>Orbital Arms</td><td>21.4%</td></tr>
<tr><td>2</td><td>Kobold Systems</td><td>9.8%</td></tr>
<tr><td>10</td><td><b>MiniMax</b></td><td><b>0.3%</b></td></tr>
</table>
<h2>Outlook</h2>
<p>By 2030 the robotics market is projected to exceed USD 120 billion.</p>
</body></html>
"""


def make_html(path: Path) -> Path:
    path.write_text(HTML, encoding="utf-8")
    return path


def load(path: Path):
    doc, data = load_file(path, 100 * MB)
    assert data == path.read_bytes()
    return doc


def chunks_of(path: Path, embedder, doc_id: str = "sample"):
    doc = load(path)
    info = doc_info(path, doc.sections)
    info = type(info)(doc_id, info.title, info.publisher, info.date, info.source)
    return Chunker(embedder.count_tokens_batch).chunk(info, doc.sections, "h")


def squash(text: str) -> str:
    return " ".join(text.split())


def section_with(doc, needle: str):
    found = [s for s in doc.sections if needle in squash(s.text)]
    assert len(found) == 1, f"{needle!r} in {len(found)} sections: {[s.text[:80] for s in doc.sections]}"
    return found[0]


def chunk_with(chunks, needle: str):
    found = [c for c in chunks if needle in squash(c.text)]
    assert found, f"no chunk holds {needle!r}"
    return found[0]


# -- PDF ---------------------------------------------------------------------------------------
def test_pdf_one_section_per_page_with_page_numbers(tmp_path):
    doc = load(make_pdf(tmp_path / "robotics.pdf"))
    assert doc.kind == "pdf" and doc.paged
    assert [s.page for s in doc.sections] == [1, 2, 3, 4]
    assert "USD 48.2 billion" in doc.sections[0].text and "USD 48.2 billion" not in doc.sections[1].text
    assert "61% of all installations" in doc.sections[1].text
    assert "MiniMax" in doc.sections[2].text
    assert "USD 120 billion" in doc.sections[3].text
    for s in doc.sections:
        assert s.text.lstrip().startswith(PDF_PAGES[s.page - 1][0]), s.text[:60]


def test_pdf_running_header_and_footer_dropped(tmp_path):
    doc = load(make_pdf(tmp_path / "robotics.pdf"))
    for s in doc.sections:
        assert "Acme Research" not in s.text
        assert "acme-research.example" not in s.text and "400-123-4567" not in s.text


def test_pdf_table_row_lands_in_one_chunk_with_its_column_names(tmp_path, embedder):
    chunks = chunks_of(make_pdf(tmp_path / "robotics.pdf"), embedder)
    c = chunk_with(chunks, "Rank: 10; Company name: MiniMax; Market share, %: 0.3%")  # pdfplumber's cells
    assert c.page == 3
    for name in ("Rank", "Company name", "Market share, %"):
        assert name in c.text


def test_pdf_page_of_short_lines_keeps_its_lines(tmp_path):
    doc = load(make_pdf(tmp_path / "robotics.pdf"))
    lines = [l.strip() for l in doc.sections[2].text.split("\n")]
    assert lines[0] == "3 Vendor ranking"
    assert "10\tMiniMax\t0.3%" in lines  # a table row stays one line (its cells from pdfplumber)


def test_encrypted_pdf_is_a_clear_error(tmp_path):
    path = make_pdf(tmp_path / "locked.pdf", password="s3cret")
    with pytest.raises(IngestError) as info:
        load_file(path, 100 * MB)
    assert str(path) in str(info.value) and "encrypted" in str(info.value)


# -- DOCX --------------------------------------------------------------------------------------
def test_docx_sections_carry_their_headings(tmp_path):
    doc = load(make_docx(tmp_path / "robotics.docx"))
    assert doc.kind == "docx" and not doc.paged
    assert section_with(doc, "USD 48.2 billion").heading == "Market overview"
    assert section_with(doc, "USD 120 billion").heading == "Outlook"
    ranking = section_with(doc, "MiniMax")
    assert ranking.heading == "Vendor ranking"
    assert "- Asia accounted for 61% of all installations." in section_with(doc, "61%").text.split("\n")


def test_docx_table_rows_stay_rows_under_their_header(tmp_path):
    doc = load(make_docx(tmp_path / "robotics.docx"))
    lines = section_with(doc, "MiniMax").text.split("\n")
    header = lines.index("Rank\tCompany name\tMarket share, %")
    assert lines[header + 1:header + 4] == ["1\tOrbital Arms\t21.4%", "2\tKobold Systems\t9.8%", "10\tMiniMax\t0.3%"]


def test_docx_ranking_row_chunk_names_its_columns(tmp_path, embedder):
    chunks = chunks_of(make_docx(tmp_path / "robotics.docx"), embedder)
    c = chunk_with(chunks, "MiniMax")
    assert "Rank: 10; Company name: MiniMax; Market share, %: 0.3%" in c.text
    assert c.section == "Vendor ranking"
    assert c.page is None


# -- HTML --------------------------------------------------------------------------------------
def test_html_headings_lists_and_tags(tmp_path):
    doc = load(make_html(tmp_path / "robotics.html"))
    assert doc.kind == "html"
    text = "\n".join(s.text for s in doc.sections)
    assert not re.search(r"</?(b|li|ul|p|td|th|tr|table|h\d)\b", text), text
    assert "Secret" not in text and "color" not in text  # script and style are not content
    overview = section_with(doc, "USD 48.2 billion")
    assert overview.heading == "Market overview"
    assert "The global robotics market reached USD 48.2 billion in 2024." in overview.text.split("\n")
    assert "- Asia: 61% of installations" in overview.text.split("\n")
    assert section_with(doc, "USD 120 billion").heading == "Outlook"


def test_html_table_rows_keep_th_header(tmp_path, embedder):
    doc = load(make_html(tmp_path / "robotics.html"))
    ranking = section_with(doc, "MiniMax")
    assert ranking.heading == "Vendor ranking"
    lines = ranking.text.split("\n")
    header = lines.index("Rank\tCompany name\tMarket share, %")
    assert "10\tMiniMax\t0.3%" in lines[header + 1:]
    c = chunk_with(chunks_of(tmp_path / "robotics.html", embedder), "MiniMax")
    assert "Rank: 10; Company name: MiniMax; Market share, %: 0.3%" in c.text
    assert "Ranking of robotics vendors by revenue in 2024" in c.text  # the caption travels with it


# -- text: Markdown-like by content, stray tags, encodings --------------------------------------
MARKDOWN_TXT = """# Robotics Market Report

## Market overview

The global robotics market reached USD 48.2 billion in 2024.

## Vendor ranking

**Orbital Arms is the largest robotics vendor globally in terms of revenue in 2024.**

Rank\tCompany name\tMarket share, %
1\tOrbital Arms\t21.4%
10\t<b>MiniMax</b>\t<b>0.3%</b>

## Business models

\tStream\tPricing
APP\t<ul style="list-style-type: none"><li>Monthly subscriptions (<b>e.g., \\$20/month</b>);</li><li>Feature tiers</li></ul>\tFlat
"""


def test_markdown_like_txt_detected_by_content(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text(MARKDOWN_TXT, encoding="utf-8")
    doc = load(path)
    assert doc.kind == "markdown" and not doc.paged
    assert section_with(doc, "USD 48.2 billion").heading == "Market overview"
    assert section_with(doc, "MiniMax").heading is not None
    # the same words as plain prose are not Markdown
    plain = tmp_path / "plain.txt"
    plain.write_text("The robotics market grew.\n\nAsia led the installations in 2024.\n", encoding="utf-8")
    assert load(plain).kind == "text"


def test_stray_html_tags_stripped_but_table_rows_kept(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text(MARKDOWN_TXT, encoding="utf-8")
    doc = load(path)
    text = "\n".join(s.text for s in doc.sections)
    assert "<b>" not in text and "<li" not in text and "<ul" not in text and "</" not in text
    lines = section_with(doc, "MiniMax").text.split("\n")
    header = lines.index("Rank\tCompany name\tMarket share, %")
    assert lines[header + 2] == "10\tMiniMax\t0.3%"
    row = next(l for l in text.split("\n") if l.startswith("APP\t"))
    cells = row.split("\t")
    assert len(cells) == 3 and cells[2] == "Flat"
    assert "Monthly subscriptions (e.g., $20/month)" in cells[1] and "Feature tiers" in cells[1]


def test_gb18030_and_latin1_text_decoded(tmp_path):
    chinese = ("人工智能市场在二零二四年达到六千一百五十七亿美元，预计到二零三零年将超过二点六万亿美元。"
               "中国和美国是全球人工智能产业的双引擎，新发布的大模型数量占全球的百分之八十六。\n") * 4
    gb = tmp_path / "china.txt"
    gb.write_bytes(chinese.encode("gb18030"))
    assert "人工智能市场" in "\n".join(s.text for s in load(gb).sections)
    latin = tmp_path / "europe.txt"
    latin.write_bytes("Le marché européen de la robotique a progressé de 12 % à Zürich et à Besançon. "
                      "Les résultats dépassent les prévisions.\n".encode("latin-1"))
    text = "\n".join(s.text for s in load(latin).sections)
    assert "marché européen" in text and "Zürich" in text and "Besançon" in text and "dépassent" in text


ENCODED = [
    ("Robotique en Europe\n\nLe marché européen de la robotique a progressé de 12 % à Zürich et à Besançon, "
     "dépassant les prévisions.\n\nLes résultats dépassent les prévisions à Zürich.\n", "latin-1"),
    ("El mercado español de robótica creció un 12 % en 2024, según el informe anual; la inversión también aumentó.",
     "latin-1"),
    ("Der Markt für Industrieroboter wuchs 2024 um 12 %, während die Nachfrage in Österreich stärker zunahm.",
     "latin-1"),
    ("Café in München: naïve façade, a 5 € price and “quoted” text.", "cp1252"),
    ("Zażółć gęślą jaźń. Rynek robotów w Polsce wzrósł o 12% w 2024 roku, a sprzedaż w Łodzi była rekordowa.",
     "cp1250"),
    ("Trh průmyslových robotů v České republice vzrostl v roce 2024 o 12 %, prodeje v Brně byly rekordní.", "cp1250"),
    ("Рынок промышленных роботов в России вырос на 12% в 2024 году, а продажи в Москве были рекордными.", "cp1251"),
    ("人工智能市场在二零二四年达到六千一百五十七亿美元，预计到二零三零年将超过二点六万亿美元。", "gb18030"),
    ("人工智慧市場在二零二四年達到六千一百五十七億美元，預計到二零三零年將超過二點六萬億美元。", "big5"),
]


@pytest.mark.parametrize("text, encoding", ENCODED, ids=[f"{e}-{t[:12]}" for t, e in ENCODED])
def test_legacy_encodings_detected(text, encoding):
    from ingest.loaders import decode_text

    assert decode_text(Path("x.txt"), text.encode(encoding)) == text


# -- paged text: pages recovered from a repeated header ----------------------------------------
def paged_text(pages: list[list[str]]) -> str:
    out = ["Robotics Outlook", "Cover page of the report", ""]
    for body in pages:
        out += ["www.acme-research.example", "400-123-4567"] + body + [""] * 2
    return "\n".join(out)


def test_paged_text_gets_pages_back_and_loses_its_header(tmp_path):
    bodies = [[f"Page body {n}: robots sold in region {n} grew by {n}% in 2024.",
               f"Sentence two of page {n} describes the market in some detail and keeps going."] +
              [f"Line {k} of page {n} with a little more filler text." for k in range(6)]
              for n in range(1, 6)]
    path = tmp_path / "export.txt"
    path.write_text(paged_text(bodies), encoding="utf-8")
    doc = load(path)
    assert doc.paged and doc.kind == "text"
    assert [s.page for s in doc.sections] == [1, 2, 3, 4, 5, 6]  # page 1 precedes the first header
    assert "Cover page" in doc.sections[0].text
    for n in range(1, 6):
        assert f"robots sold in region {n} grew by {n}%" in doc.sections[n].text
    for s in doc.sections:
        assert "acme-research" not in s.text and "400-123-4567" not in s.text


def frost_raw_pages() -> tuple[list[str], list[int]]:
    """The raw Frost lines and each line's page by the report's own rule: page 1 precedes the
    first 'www.leadleo.com' + '400-072-5588' header pair, and each pair starts the next page."""
    lines = (REPORTS / f"{FROST}.txt").read_text(encoding="utf-8").split("\n")
    page, pages = 1, []
    for i, line in enumerate(lines):
        if line.strip() == "www.leadleo.com" and i + 1 < len(lines) and lines[i + 1].strip() == "400-072-5588":
            page += 1
        pages.append(page)
    return lines, pages


def raw_page_of(snippet: str) -> int:
    """The page of the raw Frost line where `snippet` starts (it may wrap onto the next lines)."""
    lines, pages = frost_raw_pages()
    words = snippet.split()
    for i in range(len(lines)):
        if squash(" ".join(lines[i:i + 3])).find(" ".join(words)) != -1 and words[0] in lines[i]:
            return pages[i]
    raise AssertionError(f"{snippet!r} not in the raw Frost report")


def test_frost_pages_recovered_from_its_header():
    doc = load(REPORTS / f"{FROST}.txt")
    _, pages = frost_raw_pages()
    assert doc.paged
    assert [s.page for s in doc.sections] == list(range(1, pages[-1] + 1))
    assert pages[-1] > 20
    text = "\n".join(s.text for s in doc.sections)
    assert "400-072-5588" not in text
    assert not any(l.strip() == "www.leadleo.com" for l in text.split("\n"))


FROST_SNIPPETS = [
    "exceed USD 2.6 trillion by 2030",
    "grow from USD 615.7 billion in 2024 to",
    "global AI financing exceeded RMB 590 billion",
    "China’s core AI industry surpassed RMB 700 billion in 2024",
]


@pytest.mark.parametrize("snippet", FROST_SNIPPETS)
def test_frost_chunk_is_on_the_right_page(bundled_app, snippet):
    chunks = [c for c in bundled_app.library.snapshot().chunks if c.doc_id == FROST]
    assert all(isinstance(c.page, int) for c in chunks)
    holding = [c for c in chunks if snippet in squash(c.text)]
    assert holding, snippet
    assert {c.page for c in holding} == {raw_page_of(snippet)}


def test_frost_market_size_sentence_on_its_page(bundled_app):
    sentence = ("In 2024, the global AI market reached approximately USD 615.7 billion and is projected to "
                "exceed USD 2.6 trillion by 2030.")
    chunks = [c for c in bundled_app.library.snapshot().chunks if sentence in squash(c.text)]
    assert chunks and all(c.doc_id == FROST for c in chunks)
    assert {c.page for c in chunks} == {raw_page_of("In 2024, the global AI market reached approximately USD 615.7")}
    assert raw_page_of("In 2024, the global AI market reached approximately USD 615.7") == 3

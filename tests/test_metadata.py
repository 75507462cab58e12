"""A report's own metadata (issue 14): a PDF printed with the title "Zephyrine Robotics annual
report" is listed with that title, its author as publisher and its creation date, not as
"report"; the same for DOCX core properties and HTML <title>/<meta>; the manifest still wins;
without metadata the first heading, then the file name."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from ingest.loaders import load_file
from ingest.manifest import doc_info, with_file_metadata
from ingest.metadata import iso_date, read_metadata

MB = 2**20
TITLE = "Zephyrine Robotics annual report"
TEXT = "The Zephyrine robotics market reached USD 48.2 billion in 2024, up 18% on the year before."


def make_pdf(path: Path, title: str | None = TITLE) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    if title:
        pdf.set_title(title)
    pdf.set_author("Zephyrine Research Ltd")
    pdf.set_creation_date(datetime(2025, 3, 14, 9, 30, tzinfo=timezone.utc))
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.multi_cell(0, 6, TEXT)
    pdf.output(str(path))
    return path


def make_docx(path: Path, title: str | None = TITLE) -> Path:
    import docx

    d = docx.Document()
    d.core_properties.title = title or ""
    d.core_properties.author = "Zephyrine Research Ltd"
    d.core_properties.created = datetime(2025, 3, 14, 9, 30, tzinfo=timezone.utc)
    d.add_heading("Annual report of the Zephyrine group", level=0)
    d.add_paragraph(TEXT)
    d.save(str(path))
    return path


def make_html(path: Path) -> Path:
    path.write_text(f"""<!DOCTYPE html><html><head><title>{TITLE}</title>
<meta name="publisher" content="Zephyrine Research Ltd"><meta name="dc.date" content="2025-03-14">
</head><body><h1>Overview</h1><p>{TEXT}</p></body></html>""", encoding="utf-8")
    return path


def info_of(path: Path):
    doc, _ = load_file(path, 10 * MB)
    return with_file_metadata(doc_info(path, doc.sections), path, doc.meta)


def test_reports_are_listed_by_their_own_title_publisher_and_date(make_app, tmp_path):
    """A real ingest: `reportqa docs` (Library.docs) shows the metadata, not the file names."""
    files = [make_pdf(tmp_path / "report.pdf"), make_docx(tmp_path / "report-2.docx"), make_html(tmp_path / "page.html")]
    app = make_app()
    result = app.library.ingest(files)
    assert not result.failed, result.failed
    docs = {d.source: d for d in app.library.docs()}
    for name in ("report.pdf", "report-2.docx", "page.html"):
        record = docs[name]
        assert (record.title, record.publisher, record.date) == (TITLE, "Zephyrine Research Ltd", "2025-03-14"), name
    chunk = next(c for c in app.library.snapshot().chunks if c.source == "report.pdf")
    assert (chunk.title, chunk.publisher, chunk.date) == (TITLE, "Zephyrine Research Ltd", "2025-03-14")


def test_the_manifest_still_wins(tmp_path):
    make_pdf(tmp_path / "report.pdf")
    (tmp_path / "manifest.yaml").write_text(
        "reports:\n  - file: report.pdf\n    title: Robotics 2025 (curated)\n    publisher: Curated Ltd\n    date: 2025-12-31\n")
    info = info_of(tmp_path / "report.pdf")
    assert (info.title, info.publisher, info.date) == ("Robotics 2025 (curated)", "Curated Ltd", "2025-12-31")


def test_without_metadata_the_first_heading_then_the_file_name(tmp_path):
    docx_path = make_docx(tmp_path / "untitled.docx", title=None)
    assert info_of(docx_path).title == "Annual report of the Zephyrine group"
    md = tmp_path / "robots_2025.md"
    md.write_text(f"# Robot census\n\n{TEXT}\n\n## More\n\nMore text.\n\n## End\n\nThe end.\n", encoding="utf-8")
    assert info_of(md).title == "Robot census"
    txt = tmp_path / "robots_2025.txt"
    txt.write_text(TEXT, encoding="utf-8")
    assert (info_of(txt).title, info_of(txt).publisher) == ("robots 2025", "")
    # a placeholder title a word processor leaves behind is not a title
    pdf = make_pdf(tmp_path / "q3-outlook.pdf", title="Microsoft Word - q3 outlook.docx")
    assert info_of(pdf).title == "q3 outlook"


def test_iso_dates_and_broken_files():
    assert iso_date("D:20250314093000+01'00'") == "2025-03-14"
    assert iso_date("2025/3/7") == "2025-03-07"
    assert iso_date("March 2025") == "2025-03"
    assert iso_date("2025-03-14T10:00:00Z") == "2025-03-14"
    assert iso_date("published 2024") == "2024"
    assert iso_date("soon") == ""
    assert read_metadata("pdf", b"%PDF-1.4 garbage") == {}
    assert read_metadata("docx", b"PK\x03\x04 not a zip") == {}
    assert read_metadata("text", b"# A title") == {}

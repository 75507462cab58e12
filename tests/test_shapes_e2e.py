"""Issue 13 end to end: an HTML, a DOCX and a PDF report made here, each with a small key-figures
table and a few sentences, ingested with the real embedding model into a real Chroma, and asked
one question of each answer shape (figure, comparison of two years, which year is larger, list of
row labels, explanation, computed change with its derivation). Asserts the answer's shape, its
lead and its citations (each from the report asked)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rag.assistant import check_citations
from rag.verify import derived
from test_table_loaders import make_key_figures_pdf

pytestmark = pytest.mark.slow

ROWS = [("Metric", "2023", "2024"),
        ("Revenue by segment (EUR million)", "", ""),
        ("Warehouse robots", "30.2", "41.0"),
        ("Spare parts", "9.5", "11.9"),
        ("Software", "8.2", "10.5"),
        ("Total revenue", "47.9", "63.4"),
        ("Gross margin (%)", "36", "41"),
        ("Robots shipped", "1,180", "1,655")]
SENTENCES = ("Kestrel Robotics builds warehouse robots for logistics customers in Europe and Asia.",
             "Gross margin is determined by dividing gross profit by total revenue for the year.",
             "Spare parts revenue includes replacement batteries, grippers and wheels sold to existing customers.",
             "Service contracts decreased in 2024 because customers moved to bundled robot leases.")
INTRO = "Kestrel Robotics Annual Report 2024. The company grew strongly in 2024 as more robots shipped."


def make_html(path: Path) -> Path:
    head = "".join(f"<th>{c}</th>" for c in ROWS[0])
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in ROWS[1:])
    prose = "".join(f"<p>{s}</p>" for s in SENTENCES)
    path.write_text(f"<html><head><title>Kestrel Robotics Annual Report 2024</title></head><body>"
                    f"<h1>Kestrel Robotics Annual Report 2024</h1><p>{INTRO}</p><h2>Key figures</h2>"
                    f"<table><caption>Table 1: Key figures</caption><thead><tr>{head}</tr></thead>"
                    f"<tbody>{body}</tbody></table>{prose}</body></html>")
    return path


def make_docx(path: Path) -> Path:
    import docx

    d = docx.Document()
    d.add_heading("Kestrel Robotics Annual Report 2024", level=1)
    d.add_paragraph(INTRO)
    d.add_heading("Key figures", level=2)
    d.add_paragraph("Table 1: Key figures")
    table = d.add_table(rows=len(ROWS), cols=3)
    for r, row in enumerate(ROWS):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    for s in SENTENCES:
        d.add_paragraph(s)
    d.save(str(path))
    return path


def make_reports(folder: Path) -> dict[str, Path]:
    return {"html": make_html(folder / "kestrel.html"), "docx": make_docx(folder / "kestrel.docx"),
            "pdf": make_key_figures_pdf(folder / "kestrel.pdf", rows=ROWS, sentences=SENTENCES)}


def lead(answer) -> str:
    """The bold lead, or the answer's first sentence when nothing is bold."""
    m = re.match(r"\*\*(.+?)\*\*", answer.answer)
    return m.group(1) if m else ""


@pytest.fixture(scope="module")
def kestrel(tmp_path_factory, embedder):
    from ingest.settings import Settings
    from rag.factory import build_app

    folder = tmp_path_factory.mktemp("kestrel")
    paths = make_reports(folder)
    app = build_app(Settings(data_dir=folder / "data"), embedder=embedder).warm_up()
    report = app.library.ingest(list(paths.values()))
    assert not report.failed, report.failed
    ids = {Path(d.source).suffix.lstrip("."): d.doc_id for d in app.library.docs()}
    assert set(ids) == {"html", "docx", "pdf"}
    return app, ids


FORMATS = ["html", "docx", "pdf"]


def ask(kestrel, fmt: str, question: str):
    app, ids = kestrel
    answer = app.assistant.ask(question, doc_ids=[ids[fmt]])
    assert not answer.abstained, answer.answer
    assert answer.citations and all(c.doc_id == ids[fmt] for c in answer.citations)
    assert re.search(r"\[1\]", answer.answer)
    return answer


@pytest.mark.parametrize("fmt", FORMATS)
def test_figure(kestrel, fmt):
    a = ask(kestrel, fmt, "How many robots were shipped in 2024?")
    assert a.shape == "figure" and lead(a) == "1,655" and a.unsupported_figures == []
    assert "Robots shipped" in a.citations[0].quote


@pytest.mark.parametrize("fmt", FORMATS)
def test_comparison_of_two_years(kestrel, fmt):
    a = ask(kestrel, fmt, "What was total revenue in 2023 and 2024?")
    assert a.shape == "comparison" and "63.4" in lead(a) and "47.9" in lead(a)
    assert "in 2024 [1]" in a.answer and "in 2023 [1]" in a.answer and a.unsupported_figures == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_which_year_is_larger(kestrel, fmt):
    a = ask(kestrel, fmt, "In which year was the gross margin the highest?")
    assert a.shape == "which" and lead(a) == "2024"
    assert "41" in a.answer and "36" in a.answer


@pytest.mark.parametrize("fmt", FORMATS)
def test_list_of_row_labels(kestrel, fmt):
    a = ask(kestrel, fmt, "What are the components of revenue by segment?")
    assert a.shape == "list" and lead(a) == "Warehouse robots, Spare parts and Software"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("question, sentence", [
    ("How is gross margin determined?", "dividing gross profit by total revenue"),
    ("Why did service contracts decrease in 2024?", "bundled robot leases"),
    ("What does spare parts revenue include?", "replacement batteries, grippers and wheels"),
])
def test_explanation_quotes_the_sentence_with_no_figure_first(kestrel, fmt, question, sentence):
    a = ask(kestrel, fmt, question)
    assert a.shape == "explanation" and a.figure is None
    assert sentence in a.answer and sentence in a.citations[0].quote
    bold = re.match(r"\*\*(.+?)\*\*", a.answer)  # a lead, if any, is the explaining clause: no figure
    assert bold is None or (sentence in bold.group(1) and not re.search(r"\d", bold.group(1)))


@pytest.mark.parametrize("fmt", FORMATS)
def test_computed_change_with_its_checked_derivation(kestrel, fmt):
    a = ask(kestrel, fmt, "By how much did total revenue grow from 2023 to 2024?")
    assert a.shape == "computed" and lead(a) == "15.5 million"
    d = a.derivation
    assert d["op"] == "change" and d["result"] == "15.5"
    assert [o["value"] for o in d["operands"]] == ["63.4", "47.9"]
    assert a.unsupported_figures == [] and derived(["15.5"], d) == []
    assert check_citations(a).unsupported_figures == []

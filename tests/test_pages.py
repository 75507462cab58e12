"""The original page beside an answer (issue 14): a real PDF made with fpdf2 rendered by pypdfium2,
with the cited sentence highlighted where fpdf2 put it and nowhere when it is absent; the
section-in-context split for text sources."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from ingest.errors import UserError
from ingest.pages import SCALE, find_span, render_page, section_context

CITED = "The global robotics market reached USD 48.2 billion in 2024."
OTHER = "Service robots grew fastest, adding 18% in a single year."
CITED_Y_MM = 120  # where the cited sentence's line starts on page 2


def _pdf(path: Path) -> Path:
    from fpdf import FPDF

    pdf = FPDF()  # A4, millimetres
    pdf.set_font("helvetica", size=12)
    pdf.add_page()
    pdf.cell(0, 10, "Cover page of the robotics outlook")
    pdf.add_page()
    pdf.set_xy(20, 40)
    pdf.cell(0, 8, OTHER)
    pdf.set_xy(20, CITED_Y_MM)
    pdf.cell(0, 8, CITED)
    pdf.output(str(path))
    return path


def _yellow(png: bytes, box: tuple[int, int, int, int] | None = None) -> int:
    """Pixels tinted yellow (red and green well above blue) in `box` (or the whole image)."""
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB")
    if box is not None:
        image = image.crop(box)
    return sum(1 for r, g, b in image.getdata() if r > 200 and g > 150 and b < r - 60)


def _px(mm: float) -> int:
    return round(mm * 72 / 25.4 * SCALE)


def test_page_png_highlights_the_cited_sentence_only_where_it_is(tmp_path):
    path = _pdf(tmp_path / "robotics.pdf")
    png = render_page(path, 2, CITED)
    assert png.startswith(b"\x89PNG")
    line = (_px(20), _px(CITED_Y_MM), _px(150), _px(CITED_Y_MM + 8))  # the cited line's cell
    above = (0, 0, _px(210), _px(CITED_Y_MM - 10))  # everything above it, the other sentence too
    assert _yellow(png, line) > 1000
    assert _yellow(png, above) == 0
    # a sentence that is on another page (or nowhere): the page is shown, with no highlight at all
    plain = render_page(path, 2, "Humanoid robots remain a small niche.")
    assert plain.startswith(b"\x89PNG") and _yellow(plain) == 0
    assert _yellow(render_page(path, 2, None)) == 0
    # found despite other case, other whitespace and curly quotes
    assert _yellow(render_page(path, 2, "the global  robotics market\nreached USD 48.2 billion"), line) > 500


def test_render_page_bad_page_or_file_is_a_one_line_user_error(tmp_path):
    path = _pdf(tmp_path / "robotics.pdf")
    with pytest.raises(UserError, match="no page 3 .*2 pages"):
        render_page(path, 3, None)
    text = tmp_path / "notes.txt"
    text.write_text("not a pdf")
    with pytest.raises(UserError, match="notes.txt: not a readable PDF"):
        render_page(text, 1, None)
    with pytest.raises(UserError, match="missing.pdf: cannot read"):
        render_page(tmp_path / "missing.pdf", 1, None)


def test_render_page_cache_sees_a_replaced_file(tmp_path):
    path = _pdf(tmp_path / "robotics.pdf")
    first = render_page(path, 1, None)
    assert render_page(path, 1, None) is first  # cached
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=30)
    pdf.add_page()
    pdf.cell(0, 20, "A different cover")
    pdf.output(str(path))
    assert render_page(path, 1, None) != first


def test_section_context_splits_around_the_sentence():
    text = "## Market size\nIn 2024 the market reached\nUSD 615.7 billion. It grows 20% a year."
    before, hit, after = section_context(text, "In 2024 the market reached USD 615.7 billion.")
    assert before == "## Market size\n"
    assert hit == "In 2024 the market reached\nUSD 615.7 billion."
    assert after == " It grows 20% a year."
    assert section_context(text, "Not in this section.") == (text, "", "")
    assert section_context(text, "") == (text, "", "")


def test_find_span_folds_quotes_ligatures_and_missing_spaces():
    assert find_span("the “ﬁrst” report", 'the "first" report') == (0, 17)
    assert find_span("USD615.7 billion", "USD 615.7 billion") == (0, 16)
    assert find_span("abc", "   ") is None


def test_a_sentence_wrapped_over_lines_is_highlighted_on_each_line(tmp_path):
    from fpdf import FPDF

    sentence = ("By 2030 the robotics market is projected to exceed USD 120 billion, driven by service robots "
                "in logistics, healthcare and retail, while industrial arms keep a steady share.")
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    pdf.add_page()
    pdf.set_xy(20, 60)
    pdf.multi_cell(120, 7, "Intro line here. " + sentence + " Next sentence follows.")
    pdf.output(str(tmp_path / "wrapped.pdf"))
    png = render_page(tmp_path / "wrapped.pdf", 1, sentence)
    lines = [(_px(20), _px(60 + 7 * i + 1), _px(140), _px(60 + 7 * i + 6)) for i in range(4)]
    assert all(_yellow(png, box) > 300 for box in lines)
    assert _yellow(png, (_px(20), _px(60 + 28 + 2), _px(210), _px(297))) == 0  # nothing below its last line


def test_find_span_joins_words_broken_at_a_line_end():
    page = "share of new installa-\r\ntions. Next"
    assert find_span(page, "share of new installations.") == (0, len(page) - len(" Next"))
    assert find_span(page, "new installa-tions.") == (9, len(page) - len(" Next"))

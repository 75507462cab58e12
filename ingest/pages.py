"""The original page beside an answer: a PDF page as a PNG with the cited sentence highlighted,
or, for HTML/Markdown/TXT, the sentence cut out of its section with the text around it.

Sentences are found loosely (case, whitespace, quote styles and ligatures ignored) because a
cited sentence comes from cleaned text while the page holds the raw text layer. When it cannot
be found the page is still rendered, without a highlight.
"""

from __future__ import annotations

import io
import logging
import re
import threading
import unicodedata
from functools import lru_cache
from pathlib import Path

from .errors import UserError

log = logging.getLogger(__name__)

HIGHLIGHT_RGBA = (255, 200, 0, 110)  # translucent yellow over the sentence's characters
SCALE = 1.5  # 108 dpi: readable at a card's width without heavy PNGs
_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"', "–": "-",
                         "—": "-", "\u00ad": "", "\u00a0": " "})
_CACHE_SIZE = 64
_PDFIUM = threading.Lock()  # pdfium is one library state per process and not thread-safe
_LINE_HYPHEN = re.compile(r"(?<=\w)-[ \t]*\r?\n\s*(?=\w)")


def _fold(text: str) -> tuple[str, list[int]]:
    """`text` lower-cased, NFKC-normalised, quotes/dashes unified, with each output character's
    index in `text` (so a match in the folded text maps back to the original characters)."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        folded = unicodedata.normalize("NFKC", ch).translate(_QUOTES).lower()
        out.append(folded)
        where += [i] * len(folded)
    return "".join(out), where


def find_span(text: str, sentence: str) -> tuple[int, int] | None:
    """Where `sentence` sits in `text` as (start, end), ignoring case, whitespace runs (also
    missing spaces), quote styles and ligatures; None when it is not there."""
    words = _fold(sentence)[0].split()
    if not words:
        return None
    folded, where = _fold(text)
    pattern = r"\s*".join(re.escape(w).replace(r"\-", r"-\s*") for w in words)  # 'installa- tions'
    match = re.search(pattern, folded)
    if match is None:  # a word broken at a line end ('installa-\ntions') that cleaning joined again
        keep = [True] * len(folded)
        for broken in _LINE_HYPHEN.finditer(folded):
            keep[broken.start():broken.end()] = [False] * (broken.end() - broken.start())
        folded = "".join(c for c, k in zip(folded, keep) if k)
        where = [w for w, k in zip(where, keep) if k]
        match = re.search(pattern, folded)
    if match is None or match.end() == match.start():
        return None
    return where[match.start()], where[match.end() - 1] + 1


def section_context(text: str, sentence: str) -> tuple[str, str, str]:
    """`text` split around the cited sentence as (before, sentence, after), for showing an
    HTML/Markdown/TXT section with the sentence highlighted; (text, "", "") when it is absent."""
    span = find_span(text, sentence) if sentence else None
    if span is None:
        return text, "", ""
    start, end = span
    return text[:start], text[start:end], text[end:]


def render_page(path: Path, page: int, highlight: str | None = None) -> bytes:
    """Page `page` (1-based) of the PDF at `path` as PNG bytes, with `highlight` (a sentence)
    drawn over in translucent yellow when it is found on the page. Cached per file version."""
    path = Path(path)
    try:
        stat = path.stat()
    except OSError as exc:
        raise UserError(f"{path}: cannot read the original file ({exc.strerror or exc})") from exc
    with _PDFIUM:  # web callbacks run in threads
        return _render_cached(str(path.resolve()), stat.st_mtime_ns, stat.st_size, int(page), highlight or "")


@lru_cache(maxsize=_CACHE_SIZE)
def _render_cached(path: str, mtime_ns: int, size: int, page: int, highlight: str) -> bytes:
    """The rendering behind render_page; mtime and size in the key drop a replaced file's pages."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw

    try:
        pdf = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as exc:
        raise UserError(f"{path}: not a readable PDF ({exc}); only PDF pages can be shown as images") from exc
    try:
        if not 1 <= page <= len(pdf):
            raise UserError(f"{path}: no page {page} (the PDF has {len(pdf)} pages)")
        pdf_page = pdf[page - 1]
        image = pdf_page.render(scale=SCALE).to_pil().convert("RGBA")
        boxes = _sentence_boxes(pdf_page, highlight) if highlight.strip() else []
        if boxes:
            left, _, _, top = pdf_page.get_bbox()  # the box pdfium renders
            overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
            draw = ImageDraw.Draw(overlay)
            for x0, y0, x1, y1 in boxes:
                draw.rectangle(((x0 - left) * SCALE - 1, (top - y1) * SCALE - 1,
                                (x1 - left) * SCALE + 1, (top - y0) * SCALE + 1), fill=HIGHLIGHT_RGBA)
            image = Image.alpha_composite(image, overlay)
        elif highlight.strip():
            log.info("%s page %d: cited sentence not found in the text layer; page shown without highlight",
                     path, page)
        out = io.BytesIO()
        image.convert("RGB").save(out, format="PNG", optimize=True)
        return out.getvalue()
    finally:
        pdf.close()


def _sentence_boxes(pdf_page, sentence: str) -> list[tuple[float, float, float, float]]:
    """One (left, bottom, right, top) box per line the sentence covers, in PDF units."""
    import pypdfium2.raw as raw

    textpage = pdf_page.get_textpage()
    try:
        text = textpage.get_text_range()
        span = find_span(text, sentence)
        if span is None:
            return []
        lines: list[list[float]] = []
        for text_index in range(*span):
            if text[text_index].isspace():
                continue
            char_index = raw.FPDFText_GetCharIndexFromTextIndex(textpage.raw, text_index)
            if char_index < 0:
                continue
            x0, y0, x1, y1 = textpage.get_charbox(char_index, loose=True)
            last = lines[-1] if lines else None
            if last is not None and min(y1, last[3]) - max(y0, last[1]) > 0.5 * (y1 - y0) and x0 >= last[0] - 1:
                last[0], last[1], last[2], last[3] = min(last[0], x0), min(last[1], y0), max(last[2], x1), max(last[3], y1)
            else:
                lines.append([x0, y0, x1, y1])
        return [tuple(line) for line in lines]
    finally:
        textpage.close()

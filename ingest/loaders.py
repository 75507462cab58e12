"""Loaders: a report file in, its cleaned pages or sections out, chosen by content and extension.

Every loader ends in Markdown-like text (`#` headings, tab-separated table rows) so one chunker
serves all formats. PDFs keep one section per page; paged text exports get their pages back
from a repeated header; Markdown, HTML and DOCX are split at their headings.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from .clean import clean_sections, heading_of, split_pages
from .errors import IngestError
from .heading_grid import group_grid_items
from .markup import docx_to_markdown, html_to_markdown
from .table_sources import has_rules, pdf_page_tables, pipes_to_tabs, splice_tables
from .types import Section

log = logging.getLogger(__name__)

_BOLD_TITLE = re.compile(r"^\s*\*\*([^*]{10,300})\*\*\s*$")
SUPPORTED = (".pdf", ".txt", ".md", ".markdown", ".html", ".htm", ".docx")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # C0 but tab and newline, DEL, C1


@dataclass
class LoadedDoc:
    """A document as cleaned sections; `paged` when the sections are real pages; `meta` the
    title/publisher/date the file itself states (ingest/metadata.py)."""

    sections: list[Section]
    paged: bool
    kind: str
    meta: dict[str, str] = field(default_factory=dict)


def sniff_kind(path: Path, head: bytes) -> str:
    """The loader to use: by magic bytes first, then by extension."""
    ext = path.suffix.lower()
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04") and (ext == ".docx" or _is_word_zip(path)):
        return "docx"
    if ext == ".pdf":
        raise IngestError(str(path), "not a PDF (no %PDF header): the file is damaged or mislabelled")
    if ext == ".docx":
        raise IngestError(str(path), "not a DOCX (no zip container): the file is damaged or mislabelled")
    if ext not in SUPPORTED:
        raise IngestError(str(path), f"unsupported file type {ext or '(none)'}: use one of {', '.join(SUPPORTED)}")
    lowered = head[:512].lstrip().lower()
    if ext in (".html", ".htm") or lowered.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "text"


def _is_word_zip(path: Path) -> bool:
    """A zip container holding a Word document (not a spreadsheet, slide deck or plain archive)."""
    try:
        with zipfile.ZipFile(path) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def _size(n: float) -> str:
    """A byte count people can read at any scale ('512 bytes', '4.9 KB', '100 MB')."""
    if n < 1024:
        return f"{n:.0f} bytes"
    for unit in ("KB", "MB", "GB"):
        n /= 1024
        if n < 1024 or unit == "GB":
            return f"{n:.1f} {unit}".replace(".0 ", " ")
    return f"{n:.1f} GB"  # pragma: no cover


def decode_text(path: Path, data: bytes) -> str:
    """UTF-8 if it is, else the encoding charset-normalizer detects (GB18030, Latin-1, ...)."""
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise IngestError(str(path), "binary data, not text: check the file type")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise IngestError(str(path), "binary data or unknown text encoding: save it as UTF-8 and retry")
    encoding, text = best.encoding, str(best)
    western = _western_reading(data, matches, best)
    if western is not None:
        encoding, text = western
    if _control_share(text) > 0.05:
        raise IngestError(str(path), "binary data, not text: check the file type")
    log.info("%s: decoded as %s", path, encoding)
    return text


_WESTERN = ("cp1252", "latin_1", "iso8859_15")
_SYMBOL_IN_WORD = re.compile(r"(?<=[^\W\d_])[^\w\s\x00-\x7f](?=[^\W\d_])")


def _western_reading(data: bytes, matches, best) -> tuple[str, str] | None:
    """cp1252/Latin-1 when the detector rates it about as well as its pick and it reads like a
    Western European language.

    On short French or Spanish text charset-normalizer ranks equally clean single-byte code
    pages by a language guess and may pick cp775 or cp1250 ('marchķ europķen', 'espańol').
    cp1252 wins a tie in coherence, or a small gap against a DOS/Mac/ISO code page that is
    rare in practice; a clearly better Windows code page (Czech in cp1250) is kept. The Western
    reading must put no symbol inside a word (Polish read as cp1252 gives 'Za¿ó³æ') and keep
    most letters ASCII (Cyrillic read as cp1252 is all accents)."""
    if best.encoding in _WESTERN:
        return None
    try:
        from charset_normalizer.utils import is_multi_byte_encoding

        if is_multi_byte_encoding(best.encoding):
            return None
    except ImportError:  # pragma: no cover
        pass
    margin = 0.005 if best.encoding.startswith("cp125") else 0.05
    for m in matches:
        if m.encoding not in _WESTERN or m.chaos > best.chaos + 0.01 or m.coherence < best.coherence - margin:
            continue
        try:
            text = data.decode(m.encoding)
        except UnicodeDecodeError:
            continue
        letters = [c for c in text if c.isalpha()]
        accented = sum(1 for c in letters if ord(c) > 127)
        if letters and accented <= 0.3 * len(letters) and not _SYMBOL_IN_WORD.search(text):
            return m.encoding, text
    return None


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for c in text if (ord(c) < 32 and c not in "\n\r\t\f") or 0xFFFD == ord(c))
    return bad / len(text)


def is_markdownish(text: str) -> bool:
    """Markdown-like when it has several `#` headings or several tab-separated rows."""
    headings = sum(1 for l in text.split("\n") if heading_of(l))
    return headings >= 3 or (headings >= 1 and text.count("\t") >= 3)


def split_by_headings(text: str) -> list[Section]:
    """One section per heading; text before the first heading is its own section."""
    sections: list[Section] = []
    heading: str | None = None
    buf: list[str] = []
    for line in text.split("\n"):
        bold = _BOLD_TITLE.match(line)
        if bold and len(bold.group(1).split()) >= 6:
            line = "###### " + bold.group(1)  # a bold sentence on its own line titles a slide
        found = heading_of(line)
        if found:
            if any(l.strip() for l in buf):
                sections.append(Section("\n".join(buf).strip("\n"), None, heading))
            heading, buf = found[1], [f"{'#' * found[0]} {found[1]}"]
        else:
            buf.append(line)
    if any(l.strip() for l in buf):
        sections.append(Section("\n".join(buf).strip("\n"), None, heading))
    return group_grid_items(sections)


def load_text(path: Path, text: str) -> LoadedDoc:
    text = pipes_to_tabs(text)
    if is_markdownish(text):
        return LoadedDoc(clean_sections(split_by_headings(text), reflow=False), paged=False, kind="markdown")
    pages = split_pages(text)
    if pages:
        return LoadedDoc(clean_sections(pages, reflow=True), paged=True, kind="text")
    paragraphs = [Section(p) for p in re.split(r"\n\s*\n", text) if p.strip()] or [Section(text)]
    return LoadedDoc(clean_sections(paragraphs, reflow=True), paged=False, kind="text")


def load_pdf(path: Path, data: bytes) -> LoadedDoc:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception:
                ok = 0
            if not ok:
                raise IngestError(str(path), "encrypted PDF: remove the password (or export an unprotected copy) and retry")
        pages = [Section(page.extract_text() or "", page=i) for i, page in enumerate(reader.pages, start=1)]
    except IngestError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError, OSError) as exc:
        raise IngestError(str(path), f"corrupt PDF ({type(exc).__name__}): re-export the file and retry") from exc
    except Exception as exc:  # pypdf raises many things on hostile files; none may crash an ingest
        raise IngestError(str(path), f"unreadable PDF ({type(exc).__name__}): re-export the file and retry") from exc
    if not any(p.text.strip() for p in pages):
        raise IngestError(str(path), "PDF has no text layer (scanned images?): run OCR first")
    _pdf_tables_as_rows(path, data, pages, reader)
    return LoadedDoc(clean_sections(pages, reflow=True), paged=True, kind="pdf")


def _pdf_tables_as_rows(path: Path, data: bytes, pages: list[Section], reader) -> None:
    """pypdf keeps the running text; pdfplumber's table cells replace a table's flattened lines.
    A PDF pdfplumber cannot read keeps pypdf's text (logged), it is not an ingest failure."""
    try:
        found = pdf_page_tables(data, [p.text for p in pages], [has_rules(p) for p in reader.pages])
    except Exception as exc:  # pdfminer raises assorted errors on hostile files
        log.warning("%s: tables not read (%s: %s); their text is kept as lines", path, type(exc).__name__, exc)
        return
    for i, grids in found.items():
        pages[i].text = splice_tables(pages[i].text, grids)


def load_html(path: Path, data: bytes) -> LoadedDoc:
    markup = decode_text(path, data)
    try:
        text = html_to_markdown(markup)
    except RecursionError as exc:
        raise IngestError(str(path), "HTML nested too deeply to parse: simplify or save as text") from exc
    if not text.strip():
        raise IngestError(str(path), "HTML page has no text")
    return LoadedDoc(clean_sections(split_by_headings(text), reflow=False), paged=False, kind="html")


def load_docx(path: Path, data: bytes) -> LoadedDoc:
    try:
        text = docx_to_markdown(data)
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise IngestError(str(path), "corrupt DOCX: re-save it from the word processor and retry") from exc
    except Exception as exc:  # python-docx/lxml raise assorted errors on hostile files
        raise IngestError(str(path), f"unreadable DOCX ({type(exc).__name__}): re-save it and retry") from exc
    if not text.strip():
        raise IngestError(str(path), "DOCX has no text")
    return LoadedDoc(clean_sections(split_by_headings(text), reflow=False), paged=False, kind="docx")


def load_file(path: Path, max_bytes: int) -> tuple[LoadedDoc, bytes]:
    """Read, check and load one file; every failure is an IngestError naming the file."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise IngestError(str(path), f"cannot read file ({exc.strerror or exc})") from exc
    if not path.is_file():
        raise IngestError(str(path), "not a regular file")
    if size == 0:
        raise IngestError(str(path), "empty file (0 bytes)")
    if size > max_bytes:
        raise IngestError(str(path), f"file is {_size(size)}, over the {_size(max_bytes)} limit "
                                     "(raise REPORTQA_MAX_FILE_MB or --max-file-mb to allow it)")
    data = path.read_bytes()
    kind = sniff_kind(path, data[:1024])
    if kind == "pdf":
        doc = load_pdf(path, data)
    elif kind == "docx":
        doc = load_docx(path, data)
    elif kind == "html":
        doc = load_html(path, data)
    else:
        text = decode_text(path, data)
        if not text.strip():
            raise IngestError(str(path), "file has no text (only whitespace)")
        doc = load_text(path, text)
    # control characters (terminal escapes, backspaces, C1 codes from PDF text layers) never
    # reach the index: answers quote passages, and a quoted ESC would drive the reader's terminal
    doc.sections = [Section(_CONTROL.sub(" ", s.text), s.page, s.heading and _CONTROL.sub(" ", s.heading))
                    for s in doc.sections]
    if not any(s.text.strip() for s in doc.sections):
        raise IngestError(str(path), "no text left after cleaning")
    from .metadata import read_metadata

    doc.meta = read_metadata(kind, data)
    return doc, data

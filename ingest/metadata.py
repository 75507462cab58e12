"""A report's own metadata: title, publisher and date as the file states them (PDF document
info, DOCX core properties, HTML <title> and <meta>), so a report is listed by its title rather
than its file name. Placeholders tools leave behind ("Microsoft Word - x.docx", "untitled",
"python-docx") are dropped; dates become ISO (YYYY-MM-DD, or YYYY-MM / YYYY when that is all).
"""

from __future__ import annotations

import io
import logging
import re
from datetime import date, datetime
from typing import Any

log = logging.getLogger(__name__)

FIELDS = ("title", "publisher", "date")
_JUNK_TITLE = re.compile(r"^(microsoft (word|powerpoint) - |untitled|document\d*$|presentation\d*$|slide \d+$)|"
                         r"\.(docx?|pdf|pptx?|indd|xlsx?|txt|html?|md)$", re.IGNORECASE)
_JUNK_AUTHOR = {"python-docx", "administrator", "admin", "user", "owner", "author", "unknown", "fpdf", "pypdf"}
_TEMPLATE_CREATED = datetime(2013, 12, 23, 23, 15)  # python-docx's blank template, not the report's date
_ISO = re.compile(r"\b((?:19|20)\d\d)(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?")
_HTML_PUBLISHER = ("publisher", "dc.publisher", "dcterms.publisher", "citation_publisher", "og:site_name",
                   "author", "dc.creator", "dcterms.creator", "citation_author")
_HTML_DATE = ("date", "dc.date", "dcterms.date", "dc.date.issued", "dcterms.issued", "dcterms.created",
              "citation_publication_date", "citation_date", "article:published_time", "datepublished")
_HTML_TITLE = ("dc.title", "dcterms.title", "citation_title", "og:title")


def read_metadata(kind: str, data: bytes) -> dict[str, str]:
    """Title / publisher / date (only those found) of a file the loaders read as `kind`.

    Never raises: metadata is a nicety, and a file whose text loaded must still go in."""
    try:
        if kind == "pdf":
            meta = pdf_metadata(data)
        elif kind == "docx":
            meta = docx_metadata(data)
        elif kind == "html":
            meta = html_metadata(data.decode("utf-8", errors="replace"))
        else:
            meta = {}
    except Exception as exc:  # hostile or odd files: fall back to headings and the file name
        log.info("no metadata read (%s: %s)", type(exc).__name__, exc)
        meta = {}
    return {k: v for k, v in meta.items() if k in FIELDS and v}


def pdf_metadata(data: bytes) -> dict[str, str]:
    """/Title, /Author and /CreationDate of a PDF's document info."""
    from pypdf import PdfReader

    info = PdfReader(io.BytesIO(data), strict=False).metadata
    if not info:
        return {}
    try:
        created: Any = info.creation_date
    except Exception:  # an unparseable date string
        created = info.get("/CreationDate")
    return _clean(info.get("/Title"), info.get("/Author"), created)


def docx_metadata(data: bytes) -> dict[str, str]:
    """Title, author and created date of a DOCX's core properties."""
    import docx

    props = docx.Document(io.BytesIO(data)).core_properties
    created = props.created
    if created is not None and created.replace(tzinfo=None) == _TEMPLATE_CREATED:
        created = None
    return _clean(props.title, props.author, created)


def html_metadata(markup: str) -> dict[str, str]:
    """<title> (or a dc/citation/og title), publisher or author and date from an HTML head."""
    from bs4 import BeautifulSoup

    head = markup[: markup.lower().find("</head>") + 7] if "</head>" in markup.lower() else markup[:200_000]
    soup = BeautifulSoup(head, "lxml")
    metas: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        key = str(tag.get("name") or tag.get("property") or tag.get("itemprop") or "").strip().lower()
        content = tag.get("content")
        if key and content and key not in metas:
            metas[key] = str(content)
    title = soup.title.get_text(" ", strip=True) if soup.title else None
    title = next((metas[k] for k in _HTML_TITLE if k in metas), None) if not title else title
    publisher = next((metas[k] for k in _HTML_PUBLISHER if k in metas), None)
    return _clean(title, publisher, next((metas[k] for k in _HTML_DATE if k in metas), None))


def iso_date(value: Any) -> str:
    """A date, datetime or date string ('D:20250315...', '2025/3/15', 'March 2025') as ISO
    text: YYYY-MM-DD, else YYYY-MM or YYYY; '' when it holds no year."""
    if isinstance(value, (datetime, date)):
        return value.strftime("%Y-%m-%d")
    text = str(value or "").strip()
    if text.startswith("D:") and re.match(r"D:\d{4}", text):  # PDF date string
        digits = re.match(r"D:(\d{4})(\d{2})?(\d{2})?", text)
        parts = [p for p in digits.groups() if p]
        return "-".join(parts)
    found = _ISO.search(text)
    if not found:
        return ""
    year, month, day = found.groups()
    if month and not 1 <= int(month) <= 12:
        return year
    if day and 1 <= int(day) <= 31:
        return f"{year}-{int(month):02d}-{int(day):02d}"
    if month:
        return f"{year}-{int(month):02d}"
    named = re.search(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?" + year,
                      text, re.IGNORECASE)
    if named:
        month_no = ("jan feb mar apr may jun jul aug sep oct nov dec".split().index(named.group(1).lower()) + 1)
        return f"{year}-{month_no:02d}"
    return year


def _clean(title: Any, publisher: Any, when: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    title = " ".join(str(title or "").split())
    if len(title) >= 3 and not _JUNK_TITLE.search(title):
        out["title"] = title[:300]
    publisher = " ".join(str(publisher or "").split())
    if len(publisher) >= 2 and publisher.lower() not in _JUNK_AUTHOR:
        out["publisher"] = publisher[:200]
    found = iso_date(when)
    if found:
        out["date"] = found
    return out

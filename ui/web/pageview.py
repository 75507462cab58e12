"""The original page beside an answer: a PDF page image with the cited sentence highlighted (and
a link to the uploaded file at that page), or a text report's section with the sentence in context.

The rendering is ingest/pages.py's; this module only finds the report's file and section.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any
from urllib.parse import quote

from ingest.errors import ReportQAError, UserError

from ingest.originals import original_file
from ingest.pages import render_page, section_context

from .. import render, render_turns

log = logging.getLogger(__name__)
FILE_ROUTE = "/gradio_api/file="


def section_text(chunks: list[Any], doc_id: str, chunk_id: str) -> tuple[str, str | None]:
    """The text of the cited chunk's section (its chunks joined in order, overlaps cut)."""
    cited = next((c for c in chunks if c.chunk_id == chunk_id), None)
    if cited is None:
        raise UserError("that passage is no longer in the index: ask again")
    same = sorted((c for c in chunks if c.doc_id == doc_id and c.section == cited.section), key=lambda c: c.char_start)
    text, end = "", None
    for c in same:
        if end is not None and c.char_start < end:
            cut = end - c.char_start
            text += c.text[cut:] if cut < len(c.text) else ""
        else:
            text += ("\n\n" if text else "") + c.text
        end = max(end or 0, c.char_end)
    return text, cited.section


class PageCallbacks:
    """Mixed into WebUI: needs `app` and `settings`."""

    app: Any
    settings: Any

    def file_url(self, path: Path) -> str:
        return FILE_ROUTE + quote(str(path.resolve()))

    def open_page(self, request: str) -> str:
        """The page view for a source card's 'View page' button (its data as JSON)."""
        try:
            want = json.loads(request or "{}")
            doc_id, page, sentence = str(want.get("doc") or ""), want.get("page"), str(want.get("quote") or "")
            record = next((d for d in self.app.library.docs() if d.doc_id == doc_id), None)
            if record is None:
                raise UserError(f"no report with id {doc_id!r} in the library any more")
            path = original_file(self.settings, record)
            if page not in (None, "") and path is not None and path.suffix.lower() == ".pdf":
                png = render_page(path, int(page), sentence)
                return render_turns.page_image(png, record.title, int(page), self.file_url(path))
            text, section = section_text(self.app.library.snapshot().chunks, doc_id, str(want.get("chunk") or ""))
            before, hit, after = section_context(text, sentence)
            return render_turns.section_view(record.title, section, before, hit, after,
                                             self.file_url(path) if path is not None else None)
        except ReportQAError as exc:
            return render.notice(str(exc), "error")
        except (ValueError, TypeError) as exc:
            return render.notice(f"could not open that page ({exc})", "error")

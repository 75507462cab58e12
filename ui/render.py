"""HTML and table rows for the web UI: answers, source cards, the library, status (the passages' marks in
highlight.py, the evaluation tab in render_eval.py).

Only presentation: everything shown comes from what rag/, ingest/ and eval/ return. Report text
is untrusted, so every piece of it is escaped here before it becomes HTML. Chat messages are one
HTML block without blank lines, so the chat's Markdown renderer leaves them alone.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .highlight import highlight
from .html_text import esc, line_breaks
from .render_eval import eval_headline, miss_rows  # noqa: F401 - tests name them as render.X

_BOLD = re.compile(r"\*\*(.+?)\*\*", re.S)
_REF = re.compile(r"\[(\d{1,3})\]")


def answer_body(text: str) -> str:
    """Answer text, escaped, with its **lead figure** in bold and [n] markers as citation chips."""
    out = esc(text)
    out = _BOLD.sub(r'<strong class="rq-lead">\1</strong>', out)
    out = _REF.sub(r'<span class="rq-ref">\1</span>', out)
    return line_breaks(out)


def where(c: Any) -> str:
    """'page 4 · section “Market Size”', whichever the citation has."""
    parts = []
    if getattr(c, "page", None) is not None:
        parts.append(f"page {c.page}")
    section = (getattr(c, "section", None) or "").strip()
    if section:
        parts.append(f"section “{section[:90]}”")
    return " · ".join(parts)


def short_label(c: Any) -> str:
    loc = f"page {c.page}" if getattr(c, "page", None) is not None else ""
    return ", ".join(p for p in (c.title, loc) if p)


# -- source cards and the sources panel -------------------------------------------------------
def source_card(c: Any, nearest: bool = False) -> str:
    meta = " · ".join(esc(p) for p in (c.publisher, c.date, where(c)) if p)
    source = f'<div class="rq-file">{esc(c.source)}</div>' if c.source else ""
    passage = highlight(c.text, c.quote, getattr(c, "figure", None))
    kind = " rq-card-nearest" if nearest else ""
    return (f'<div class="rq-card{kind}" id="rq-src-{int(c.n)}" data-doc="{esc(c.doc_id)}">'
            f'<div class="rq-card-head"><span class="rq-n">{int(c.n)}</span>'
            f'<div class="rq-card-titles"><div class="rq-title">{esc(c.title)}</div>'
            f'<div class="rq-meta">{meta}</div>{source}</div></div>'
            f'<div class="rq-passage">{passage}</div>{_page_button(c)}</div>')


def _page_button(c: Any) -> str:
    """'View page N' (a PDF) or 'View in context' (a section): the page script opens it beside the answer."""
    label = f"View page {int(c.page)}" if getattr(c, "page", None) is not None else "View in context"
    page = "" if getattr(c, "page", None) is None else int(c.page)
    return (f'<button type="button" class="rq-open-page" data-n="{int(c.n)}" data-doc="{esc(c.doc_id)}" '
            f'data-chunk="{esc(c.chunk_id)}" data-page="{page}" data-quote="{esc(c.quote)}">{label}</button>')



def warnings_html(answer: Any) -> str:
    parts = []
    if answer.unsupported_figures:
        figs = ", ".join(f"<b>{esc(f)}</b>" for f in answer.unsupported_figures)
        parts.append(f'<div class="rq-warn">⚠ Not found in the cited passages: {figs}. '
                     "Check these figures against the sources before using them.</div>")
    for w in answer.warnings:
        if any(f in w for f in answer.unsupported_figures):
            continue  # already said above
        parts.append(f'<div class="rq-warn rq-warn-soft">⚠ {esc(w)}</div>')
    return "".join(parts)


def sources_panel(answer: Any) -> str:
    """Numbered source cards for an answer; for 'not in the reports', the nearest passages."""
    question = f'<div class="rq-panel-q">{esc(answer.question)}</div>' if answer.question else ""
    if answer.abstained:
        head = ('<div class="rq-banner rq-banner-abstain"><b>Not in the reports.</b> None of the passages '
                "answers this question; these are the nearest ones.</div>")
        title = "Nearest passages"
    else:
        head = warnings_html(answer)
        title = f"Sources ({len(answer.citations)})"
    cards = "".join(source_card(c, nearest=answer.abstained) for c in answer.citations)
    if not cards:
        cards = '<div class="rq-empty">No passages were retrieved.</div>'
    return (f'<div class="rq-panel"><div class="rq-panel-title">{title}</div>{question}{head}'
            f'<div class="rq-cards">{cards}</div></div>')


def empty_panel(message: str | None = None) -> str:
    message = message or ("Each answer's sources appear here: the report, page or section, and the "
                          "passage with the sentence used and the figure highlighted.")
    return f'<div class="rq-panel"><div class="rq-panel-title">Sources</div><div class="rq-empty">{esc(message)}</div></div>'


# -- chat messages ------------------------------------------------------------------------------
def _seconds(answer: Any) -> str:
    total = (answer.timings_ms or {}).get("total")
    if not total:
        return ""
    return f" in {total:.0f} ms" if total < 1000 else f" in {total / 1000:.1f} s"


def answer_message(answer: Any) -> str:
    """The chat bubble for a final Answer (one HTML block)."""
    from .render_turns import derivation, explanation, understood

    backend = esc(answer.backend or "")
    asked = understood(answer)
    why = explanation(answer)
    if answer.abstained:
        return ('<div class="rq-msg rq-abstain"><div class="rq-abstain-title">Not in the reports</div>'
                f'{asked}<div class="rq-body">{answer_body(answer.answer)}</div>{why}'
                f'<div class="rq-foot">{backend}{_seconds(answer)} · nearest passages at the right</div></div>')
    cites = "".join(f'<li><span class="rq-ref">{int(c.n)}</span> {esc(short_label(c))}</li>' for c in answer.citations)
    cites_html = f'<ul class="rq-cites">{cites}</ul>' if cites else ""
    warn = ' rq-has-warning' if answer.unsupported_figures else ""
    return (f'<div class="rq-msg rq-answer{warn}">{asked}<div class="rq-body">{answer_body(answer.answer)}</div>'
            f'{warnings_html(answer)}{derivation(answer)}{cites_html}{why}'
            f'<div class="rq-foot">{backend}{_seconds(answer)}</div></div>')


def streaming_message(text: str) -> str:
    """The chat bubble while an answer streams in."""
    body = answer_body(text) if text.strip() else '<span class="rq-wait">Searching the reports…</span>'
    return f'<div class="rq-msg rq-answer rq-streaming"><div class="rq-body">{body}</div></div>'


def error_message(message: str) -> str:
    return f'<div class="rq-msg rq-error"><b>Could not answer.</b> {esc(message)}</div>'


def user_message(text: str) -> str:
    return esc(text)


# -- library, status, ingest results ---------------------------------------------------------
LIBRARY_HEADERS = ["Title", "Publisher", "Date", "Pages", "Chunks", "Ingested", "File"]


def when(iso: str | None) -> str:
    """'2025-11-22T20:54:03+00:00' -> '2025-11-22 20:54' (the server's local time)."""
    if not iso:
        return ""
    try:
        dt = datetime.fromisoformat(iso)
    except ValueError:
        return str(iso)
    if dt.utcoffset() is not None:
        dt = dt.astimezone()  # the server's local time
    return f"{dt:%Y-%m-%d %H:%M}"


def library_rows(docs: Iterable[Any], outdated: Collection[str] = ()) -> list[list[Any]]:
    """The library table; a report an earlier reader chunked (`outdated` doc ids) says to re-ingest."""
    return [[d.title, d.publisher or "", d.date or "", d.pages or "—", d.chunks,
             when(d.ingested_at) + (" (earlier reader: re-ingest)" if d.doc_id in outdated else ""), d.source]
            for d in docs]


def doc_choices(docs: Iterable[Any]) -> list[tuple[str, str]]:
    return [(f"{d.title} ({d.doc_id})", d.doc_id) for d in docs]


def plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


STATUS_ICON = {"added": "✓", "updated": "↻", "unchanged": "=", "error": "✗"}


def ingest_summary(results: Sequence[Any], total_chunks: int | None = None, notes: Sequence[str] = ()) -> str:
    """One line per file: what happened, the report id and its chunk count, or the error."""
    rows = []
    for r in results:
        status = getattr(r, "status", "error")
        icon = STATUS_ICON.get(status, "•")
        name = getattr(r, "name", None) or str(getattr(r, "path", "")).replace("\\", "/").split("/")[-1]
        if status == "error":
            error = getattr(r, "error", "") or "failed"
            detail = esc(error[len(name) + 2:] if error.startswith(f"{name}: ") else error)
        else:
            what = {"added": "added", "updated": "updated", "unchanged": "unchanged (already in the library)"}.get(status, status)
            detail = f"{what} as <code>{esc(r.doc_id)}</code>, {plural(int(r.chunks), 'chunk')}"
        rows.append(f'<li class="rq-ingest-{esc(status)}"><span class="rq-icon">{icon}</span> <b>{esc(name)}</b>: {detail}</li>')
    rows += [f'<li class="rq-ingest-note">{esc(n)}</li>' for n in notes]
    total = f'<div class="rq-muted">{plural(int(total_chunks), "chunk")} in the index.</div>' if total_chunks is not None else ""
    return f'<div class="rq-status-box"><ul class="rq-ingest">{"".join(rows)}</ul>{total}</div>'


def notice(message: str, kind: str = "info") -> str:
    return f'<div class="rq-status-box rq-notice-{esc(kind)}">{esc(message)}</div>'


def status_table(rows: Sequence[tuple[str, str]]) -> str:
    body = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in rows)
    return f'<table class="rq-kv">{body}</table>'


def page_header(tagline: str, stats: str = "") -> str:
    """Title, the one-line description, and the library's size at the right."""
    return (f'<div class="rq-head"><div><h1>Report<span>QA</span></h1><p>{esc(tagline)}</p></div>'
            f'<div>{stats}</div></div>')


def header_stats(n_docs: int, n_chunks: int, answerer: str) -> str:
    docs = f"{n_docs} report{'s' if n_docs != 1 else ''}"
    return (f'<div class="rq-pill">{esc(docs)} · {n_chunks:,} passages · {esc(answerer)}</div>')


@dataclass
class FileNote:
    """One line of an ingest summary (from an ingest FileResult, or an upload the UI refused)."""

    name: str
    status: str
    doc_id: str | None = None
    chunks: int = 0
    error: str | None = None

    @classmethod
    def of(cls, result: Any) -> "FileNote":
        name = str(result.path).replace("\\", "/").split("/")[-1]
        error = result.error.replace(str(result.path), name) if result.error else None  # no server paths
        return cls(name, result.status, result.doc_id, result.chunks, error)


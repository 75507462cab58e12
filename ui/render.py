"""HTML and table rows for the web UI: answers, source cards, the library, status, evaluation.

Only presentation: everything shown comes from what rag/, ingest/ and eval/ return. Report text
is untrusted, so every piece of it is escaped here before it becomes HTML. Chat messages are one
HTML block without blank lines, so the chat's Markdown renderer leaves them alone.
"""

from __future__ import annotations

import html
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

WINDOW = 320          # characters of context kept either side of the quoted sentence
FULL_UNDER = 900      # passages shorter than this are shown whole

_BOLD = re.compile(r"\*\*(.+?)\*\*", re.S)
_REF = re.compile(r"\[(\d{1,3})\]")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_CURRENCY = r"(?:(?:USD|US\$|RMB|CNY|EUR|GBP|JPY|HK\$|\$|€|£|¥)\s?)?"
_SCALE = r"(?:\s?(?:%|per ?cent|percent|trillion|billion|million|thousand|bn|mn|tn|[BMKT]\b))?"


def esc(text: Any) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def line_breaks(escaped: str) -> str:
    """Newlines as <br> (and no blank lines, which would end the HTML block in Markdown)."""
    return re.sub(r"\n\s*", "<br>", escaped.strip())


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


# -- highlighting ------------------------------------------------------------------------------
def find_span(text: str, needle: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """Where `needle` occurs in `text[start:end]`, ignoring case and differences in white space."""
    words = (needle or "").split()
    if not words:
        return None
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words), re.I)
    m = pattern.search(text, start, len(text) if end is None else end)
    return m.span() if m else None


def find_quote(text: str, quote: str) -> tuple[int, int] | None:
    """The quoted sentence in its passage; a trimmed quote ('…') is found by its start."""
    quote = (quote or "").strip().rstrip("…").strip()
    if not quote:
        return None
    span = find_span(text, quote)
    if span is None and len(quote) > 80:
        head = find_span(text, quote[:80].rsplit(" ", 1)[0])
        if head is not None:
            stop = text.find(".", head[1])
            span = (head[0], len(text) if stop < 0 else stop + 1)
    return span


def find_figure(text: str, figure: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """The figure as written ('USD 615.7 billion'), else its number with currency and scale."""
    end = len(text) if end is None else end
    span = find_span(text, figure, start, end)
    if span:
        return span
    number = _NUMBER.search(figure or "")
    if not number:
        return None
    pattern = re.compile(_CURRENCY + r"(?<![\d.,])" + re.escape(number.group()) + r"(?![\d])" + _SCALE, re.I)
    m = pattern.search(text, start, end)
    return m.span() if m else None


def highlight(text: str, quote: str | None = None, figure: str | None = None) -> str:
    """The passage as HTML: the quoted sentence in <mark class="rq-quote">, the figure in
    <mark class="rq-fig">; long passages are cut to a window around the quote."""
    text = text or ""
    q = find_quote(text, quote or "") if quote else None
    f = None
    if figure:
        f = find_figure(text, figure, *q) if q else None
        f = f or find_figure(text, figure)
    if q and f and not (q[0] <= f[0] and f[1] <= q[1]) and not (f[1] <= q[0] or f[0] >= q[1]):
        f = None  # overlaps the quote's edge: keep the quote only
    lo, hi = 0, len(text)
    anchor = q or f
    if len(text) > FULL_UNDER and anchor:
        lo = max(0, anchor[0] - WINDOW)
        hi = min(len(text), anchor[1] + WINDOW)
        if lo > 0:  # start at a word
            space = text.find(" ", lo)
            lo = space + 1 if 0 <= space < anchor[0] else lo
        if hi < len(text):
            space = text.rfind(" ", anchor[1], hi)
            hi = space if space > anchor[1] else hi
    elif len(text) > FULL_UNDER:
        hi = text.rfind(" ", 0, FULL_UNDER) if text.rfind(" ", 0, FULL_UNDER) > 0 else FULL_UNDER
    spans = [(span[0], span[1], cls) for span, cls in ((q, "rq-quote"), (f, "rq-fig"))
             if span is not None and lo <= span[0] and span[1] <= hi]
    marks: list[tuple[int, int, str]] = []  # (position, order: closes before opens, tag)
    for s, e, cls in spans:
        inner = cls == "rq-fig"
        marks += [(s, 2 if inner else 1, f'<mark class="{cls}">'), (e, -1 if inner else 0, "</mark>")]
    marks.sort(key=lambda m: (m[0], m[1]))
    out, pos = [], lo
    for at, _, tag in marks:
        out.append(esc(text[pos:at]))
        out.append(tag)
        pos = at
    out.append(esc(text[pos:hi]))
    body = "".join(out)
    return ("… " if lo > 0 else "") + line_breaks(body) + (" …" if hi < len(text) else "")


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


# -- evaluation ----------------------------------------------------------------------------------
CHART_CAPTIONS = {"chart_accuracy_by_kind": "Right by question kind", "chart_accuracy_by_report": "Right by report",
                  "chart_latency": "Latency"}


def chart_caption(key: str) -> str:
    return CHART_CAPTIONS.get(key, key.removeprefix("chart_").replace("_", " ").capitalize())


def eval_headline(result: Any) -> str:
    """The headline, from the same `result.overall` figures the metrics table shows (no recount)."""
    from eval.report import fmt

    o = result.overall
    answerable = [s for s in result.scores if s.answerable]
    right = sum(1 for s in answerable if s.correct)
    cfg = result.config or {}
    setup = ", ".join(f"{k} {cfg[k]}" for k in ("answerer", "mode", "k") if cfg.get(k) is not None)
    splits = ", ".join(f"{name} {len(v)}" for name, v in _by_split(result).items())
    unanswerable = len(result.scores) - len(answerable)
    abstentions = (f' Correct abstentions {fmt("abstention_recall", o.get("abstention_recall"))} of {unanswerable} '
                   "unanswerable." if unanswerable else "")
    return (f'<div class="rq-status-box rq-notice-ok" id="rq-eval-headline"><b>Answer accuracy '
            f'{fmt("answer_accuracy", o.get("answer_accuracy"))}: {right} of {len(answerable)} answerable questions '
            f'right.</b>{abstentions} {len(result.misses)} misses listed below. '
            f'<span class="rq-muted">{len(result.scores)} questions ({esc(splits)}); {esc(setup)}</span></div>')


def _by_split(result: Any) -> dict[str, list[Any]]:
    groups: dict[str, list[Any]] = {}
    for s in result.scores:
        groups.setdefault(getattr(s, "split", None) or "all", []).append(s)
    return groups


def metric_rows(result: Any) -> Any:
    """The metrics table (rows: metrics; columns: all / dev / held-out and the target)."""
    import pandas as pd
    from eval.report import METRICS, TARGETS, fmt, split_columns

    cols = split_columns(result)
    if "user" in result.summary.get("by_split", {}):  # gold questions made from chat feedback
        cols.append(("user", result.summary["by_split"]["user"]))
    rows = []
    for key, label in METRICS:
        target = TARGETS.get(key)
        shown = "—" if target is None else (f"≤ {100 * target:.0f}%" if key == "false_abstention_rate" else f"≥ {100 * target:.0f}%")
        rows.append([label] + [fmt(key, s.get(key)) for _, s in cols] + [shown])
    header = ["Metric"] + [f"{name} (n={s['n']})" for name, s in cols] + ["target"]
    return pd.DataFrame(rows, columns=header)


def clip_text(text: str | None, n: int = 220) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def miss_rows(result: Any) -> Any:
    import pandas as pd

    rows = [[s.id, s.question, ", ".join(s.expected) or "(abstain)",
             ("(abstained) " if s.abstained else "") + clip_text((s.error or s.answer or "").replace("**", "")),
             s.why] for s in result.misses]
    return pd.DataFrame(rows, columns=["ID", "Question", "Expected", "Answer", "Why"])

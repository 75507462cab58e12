"""HTML for the conversation side of the web UI: the question as understood, "Why this answer",
the scope chips, the original page view, feedback rows and ingest progress.

Only presentation, and every piece of report or user text is escaped here (ui/html_text.esc).
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from typing import Any

from .html_text import clip_text, esc, line_breaks
from .render import plural

STAGES = {"waiting": "Waiting", "reading": "Reading", "chunking": "Chunking", "embedding": "Embedding",
          "storing": "Storing", "done": "Done", "error": "Failed"}


# -- the answer bubble's extras ------------------------------------------------------------------
def understood(answer: Any) -> str:
    """'Understood as: …' when the question answered differs from the words typed."""
    said = " ".join(str(getattr(answer, "understood", "") or "").split())
    typed = " ".join(str(getattr(answer, "question", "") or "").split())
    if not said or said.lower() == typed.lower():
        return ""
    return f'<div class="rq-understood">Understood as: <i>{esc(said)}</i></div>'


def derivation(answer: Any) -> str:
    """How a computed figure was derived: the operation, each operand with its [n], the result."""
    data = getattr(answer, "derivation", None)
    if not isinstance(data, dict) or not data.get("result"):
        return ""
    items = []
    for o in data.get("operands") or []:
        if not isinstance(o, dict):
            continue
        label = f"{esc(o['label'])}: " if o.get("label") else ""
        cite = f" [{o['citation']}]" if isinstance(o.get("citation"), int) else ""
        items.append(f"<li>{label}<b>{esc(o.get('value'))}</b>{cite}</li>")
    operands = "".join(items)
    how = esc(data.get("derivation") or f"{data.get('op', '')} = {data.get('result')}")
    return (f'<div class="rq-derivation"><div class="rq-why-h">Computed ({esc(data.get("op") or "")})</div>'
            f'<div class="rq-derivation-how">{how}</div>{f"<ul>{operands}</ul>" if operands else ""}</div>')


def explanation(answer: Any) -> str:
    """A 'Why this answer' fold: the question's slots, the top candidate sentences, the gate."""
    data = getattr(answer, "explanation", None)
    if not isinstance(data, dict) or not data:
        return ""
    if data.get("parts"):  # a two-part answer: each part's own slots, candidates and gate, under its question
        folds = "".join(f'<div class="rq-why-h">Part ({i}): {esc(p.get("question", ""))}</div>'
                        + _why_body(p) for i, p in enumerate(data["parts"], 1))
        return f'<details class="rq-why"><summary>Why this answer</summary>{folds}</details>'
    body = _why_body(data)
    return f'<details class="rq-why"><summary>Why this answer</summary>{body}</details>' if body else ""


def _why_body(data: dict) -> str:
    """One explanation's slots, top candidate sentences and gate as HTML ('' when it has none)."""
    parts = []
    slots = {k: v for k, v in (data.get("slots") or {}).items() if v not in (None, "", [], {})}
    if slots:
        rows = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v if not isinstance(v, (list, tuple)) else ', '.join(map(str, v)))}</td></tr>"
                       for k, v in slots.items())
        parts.append(f'<div class="rq-why-h">What the question asks</div><table class="rq-why-slots">{rows}</table>')
    listed = list(data.get("candidates") or [])
    judged = [i for i, c in enumerate(listed, start=1) if c.get("blocked") or c.get("answers")]
    cands = listed[:max([3] + judged)]  # every candidate the gates judged is shown
    if cands:
        items = []
        for c in cands:
            feats = sorted((c.get("features") or {}).items(), key=lambda kv: -abs(float(kv[1] or 0)))[:4]
            feat = ", ".join(f"{esc(k)} {float(v):+.2f}" for k, v in feats)
            verdict = (f' <span class="rq-why-gate">blocked by {esc(c["blocked"].get("gate"))}: '
                       f'{esc(c["blocked"].get("reason"))}</span>' if c.get("blocked") else
                       ' <span class="rq-why-gate">answers</span>' if c.get("answers") else "")
            items.append(f'<li><span class="rq-why-score">{float(c.get("score") or 0):.2f}</span> '
                         f'{esc(clip_text(c.get("text"), 160))}{f" <span class=rq-why-f>({feat})</span>" if feat else ""}'
                         f'{verdict}</li>')
        parts.append(f'<div class="rq-why-h">Top candidate sentences</div><ol class="rq-why-c">{"".join(items)}</ol>')
    if data.get("gate"):
        parts.append(f'<div class="rq-why-h">Gate</div><div>{esc(data["gate"])}</div>')
    return "".join(parts)


# -- scope ---------------------------------------------------------------------------------------
def scope_line(docs: Sequence[Any], doc_ids: Sequence[str]) -> str:
    """The reports this conversation searches, as chips (all of them by default)."""
    picked = [d for d in docs if d.doc_id in set(doc_ids or ())]
    if not picked:
        return (f'<div class="rq-scope"><span class="rq-scope-label">Searching</span>'
                f'<span class="rq-chip rq-chip-all">all {plural(len(docs), "report")}</span></div>')
    chips = "".join(f'<span class="rq-chip" title="{esc(d.doc_id)}">{esc(clip_text(d.title, 48))}</span>' for d in picked)
    return (f'<div class="rq-scope rq-scope-limited"><span class="rq-scope-label">Searching only</span>{chips}'
            f'<span class="rq-scope-of">{len(picked)} of {len(docs)}</span></div>')


# -- the original page ---------------------------------------------------------------------------
def page_image(png: bytes, title: str, page: int, file_url: str | None) -> str:
    """A PDF page as an image with the cited sentence highlighted, and a link to the file at that page."""
    data = base64.b64encode(png).decode("ascii")
    link = (f'<a class="rq-page-link" href="{esc(file_url)}#page={int(page)}" target="_blank" rel="noopener">'
            f"Open the original file at page {int(page)} ↗</a>") if file_url else ""
    return (f'<div class="rq-page"><div class="rq-page-head"><b>{esc(title)}</b> · page {int(page)} {link}</div>'
            f'<img class="rq-page-img" alt="Page {int(page)} of {esc(title)}, the cited sentence highlighted" '
            f'src="data:image/png;base64,{data}"></div>')


def section_view(title: str, section: str | None, before: str, sentence: str, after: str,
                 file_url: str | None = None) -> str:
    """An HTML/Markdown/TXT section with the cited sentence highlighted in its context."""
    link = (f'<a class="rq-page-link" href="{esc(file_url)}" target="_blank" rel="noopener">Open the original file ↗</a>'
            if file_url else "")
    where = f" · section “{esc(section)}”" if section else ""
    body = esc(before) + (f'<mark class="rq-quote">{esc(sentence)}</mark>' if sentence else "") + esc(after)
    return (f'<div class="rq-page"><div class="rq-page-head"><b>{esc(title)}</b>{where} {link}</div>'
            f'<div class="rq-section-text">{line_breaks(body)}</div></div>')


def page_closed() -> str:
    return ""


# -- feedback ------------------------------------------------------------------------------------
FEEDBACK_HEADERS = ["Answer id", "Rating", "Question", "Answer given", "Right answer (user)", "Passage", "Gold id"]


def feedback_rows(turns: Sequence[Any]) -> list[list[Any]]:
    """One row per answer with feedback (plain text: the table does not render Markdown)."""
    rows = []
    for t in turns:
        answer = t.answer or {}
        rows.append([t.id, "right" if t.rating == 1 else "wrong", t.question,
                     clip_text(plain(answer.get("answer") or answer.get("error") or ""), 160),
                     t.correction or "", clip_text(t.passage or "", 120), t.gold_id or ""])
    return rows


def feedback_choices(turns: Sequence[Any]) -> list[tuple[str, int]]:
    """The 👎 answers with a correction not yet in the gold set, for 'Add to the gold set'."""
    return [(f"#{t.id}: {clip_text(t.question, 60)} → {clip_text(t.correction, 40)}", t.id)
            for t in turns if t.rating == -1 and t.correction and not t.gold_id]


def passage_choices(answer: Any) -> list[tuple[str, str]]:
    """The answer's cited passages, for 'the passage that has the right answer'."""
    out = []
    for c in getattr(answer, "citations", []) or []:
        where = f", page {c.page}" if c.page is not None else ""
        out.append((f"[{c.n}] {clip_text(c.title, 50)}{where}: {clip_text(c.quote or c.text, 90)}", str(c.n)))
    return out


def plain(text: str) -> str:
    """Answer text without its Markdown bold markers, for tables that show text as it is."""
    return str(text or "").replace("**", "")


# -- ingest progress -----------------------------------------------------------------------------
def progress_box(files: dict[str, dict[str, Any]], title: str = "Adding to the library…") -> str:
    """Per file: its stage and, while embedding, chunks done of total."""
    rows = []
    for name, st in files.items():
        stage = st.get("stage", "waiting")
        label = STAGES.get(stage, stage.capitalize())
        done, total = st.get("done"), st.get("total")
        count = f" {int(done):,} / {int(total):,} chunks" if total else ""
        pct = int(100 * done / total) if total and done is not None else (100 if stage == "done" else 0)
        rows.append(f'<li class="rq-prog rq-prog-{esc(stage)}"><b>{esc(name)}</b>: {esc(label)}{count}'
                    f'<span class="rq-bar"><span style="width:{pct}%"></span></span></li>')
    return f'<div class="rq-status-box"><div class="rq-muted">{esc(title)}</div><ul class="rq-ingest">{"".join(rows)}</ul></div>'

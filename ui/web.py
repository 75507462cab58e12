"""The web UI (Gradio Blocks): Chat, Library, Evaluation, Settings.

Thin by design: callbacks call rag/, ingest/ and eval/ and hand what they return to ui/render.py.
`serve()` warms the models up once, turns the queue on and binds loopback unless told otherwise;
it never creates a public share link. With a login, every route but the login page's own needs it
(`LoginRequired`). Errors show as one line, never as a traceback.
"""

from __future__ import annotations

import logging
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import fastapi.routing
import gradio as gr
from fastapi.exception_handlers import http_exception_handler
from gradio.route_utils import API_PREFIX
from starlette.middleware import Middleware
from starlette.routing import compile_path

from ingest.errors import ReportQAError, SettingsError, UserError
from ingest.faults import backend_error
from ingest.loaders import SUPPORTED
from ingest.redact import redact_url
from ingest.settings import Settings, use_offline_env

from . import render
from .ratelimit import LoginThrottle
from .uploads import store_upload

log = logging.getLogger(__name__)

TITLE = "ReportQA"
TAGLINE = "Ask about industry reports: answers lead with the figure, cite their passages, and say when the reports don't."
EXAMPLES = [
    "How big was the global AI market in 2024?",
    "What market share does MiniMax hold among global foundation model companies?",
    "What was the global AI market in 2019?",
]
EXTRACTIVE = "extractive"
CONCURRENCY = 2          # two cores: two answers at a time; ingest and evaluation one at a time
UNEXPECTED = "something went wrong ({name}); the details are in the server log"

CSS = """
.gradio-container { max-width: 1320px !important; }
#rq-header { margin: -6px 0 -4px; }
.rq-html > .html-container { padding: 0 !important; }
#rq-chat .placeholder { padding: 0 48px; text-align: center; color: var(--body-text-color-subdued); }
.rq-head { display: flex; align-items: center; justify-content: space-between; gap: 16px; }
.rq-head > div:last-child { flex: 0 0 auto; }
#rq-header h1 { font-size: 1.45rem; margin: 0; line-height: 1.15; font-weight: 600; }
#rq-header h1 span { color: var(--color-accent); }
#rq-header p { margin: 1px 0 0; color: var(--body-text-color-subdued); font-size: .9rem; }
.rq-pill { display: inline-block; padding: 4px 10px; border-radius: 999px; font-size: .82rem;
  background: var(--background-fill-secondary); border: 1px solid var(--border-color-primary);
  color: var(--body-text-color-subdued); white-space: nowrap; }
#rq-examples { gap: 6px; flex-wrap: wrap; align-items: center; }
#rq-examples::before { content: "Try:"; color: var(--body-text-color-subdued); font-size: .85rem; margin-right: 2px; }
#rq-examples button { flex: 0 1 auto !important; min-width: 0 !important; width: auto !important; font-weight: 400; }
/* chat bubbles */
.rq-msg { line-height: 1.5; }
.rq-lead { font-size: 1.08em; }
.rq-ref { display: inline-block; min-width: 1.25em; padding: 0 .3em; margin: 0 1px; border-radius: 4px;
  background: #e0e7ff; color: #3730a3; font-size: .78em; font-weight: 600; text-align: center; vertical-align: 1px; }
.rq-cites { list-style: none; padding: 6px 0 0; margin: 8px 0 0 !important; border-top: 1px solid var(--border-color-primary);
  font-size: .85em; color: var(--body-text-color-subdued); }
.rq-cites li { margin: 1px 0 !important; padding: 0 !important; }
.rq-cites li::before { content: none !important; }
.rq-foot { margin-top: 6px; font-size: .75em; color: var(--body-text-color-subdued); }
.rq-abstain { border-left: 4px solid #d97706; background: #fffbeb; padding: 8px 10px; border-radius: 6px; color: #78350f; }
.rq-abstain-title { font-weight: 600; text-transform: uppercase; letter-spacing: .04em; font-size: .78em; margin-bottom: 3px; }
.rq-error { border-left: 4px solid #dc2626; background: #fef2f2; padding: 8px 10px; border-radius: 6px; color: #7f1d1d; }
.rq-warn { margin-top: 8px; padding: 6px 9px; border-radius: 6px; background: #fef2f2; border: 1px solid #fecaca;
  color: #991b1b; font-size: .88em; }
.rq-warn-soft { background: #fffbeb; border-color: #fde68a; color: #92400e; }
.rq-wait { color: var(--body-text-color-subdued); font-style: italic; }
/* sources panel */
#rq-sources .rq-panel { height: calc(100vh - 300px); min-height: 300px; overflow-y: auto; padding-right: 6px; }
.rq-panel-title { font-weight: 600; font-size: .8rem; text-transform: uppercase; letter-spacing: .05em;
  color: var(--body-text-color-subdued); margin: 2px 0 6px; }
.rq-panel-q { font-size: .9rem; font-style: italic; margin-bottom: 8px; color: var(--body-text-color-subdued); }
.rq-banner { padding: 8px 10px; border-radius: 6px; margin-bottom: 8px; font-size: .9rem; }
.rq-banner-abstain { background: #fffbeb; border: 1px solid #fcd34d; color: #78350f; }
.rq-card { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: 9px 11px; margin-bottom: 9px;
  background: var(--background-fill-primary); box-shadow: 0 1px 2px rgba(0,0,0,.04); }
.rq-card-nearest { border-style: dashed; background: var(--background-fill-secondary); }
.rq-card-head { display: flex; gap: 9px; align-items: flex-start; margin-bottom: 6px; }
.rq-n { flex: 0 0 auto; width: 1.6em; height: 1.6em; border-radius: 50%; background: #4f46e5; color: #fff;
  font-weight: 600; font-size: .8rem; display: flex; align-items: center; justify-content: center; }
.rq-card-nearest .rq-n { background: #d97706; }
.rq-title { font-weight: 600; font-size: .93rem; line-height: 1.3; }
.rq-meta, .rq-file { font-size: .78rem; color: var(--body-text-color-subdued); }
.rq-file { font-family: var(--font-mono); font-size: .72rem; }
.rq-passage { font-size: .84rem; line-height: 1.5; color: var(--body-text-color); }
mark.rq-quote { background: #fef9c3; color: inherit; padding: 0 1px; border-radius: 2px; }
mark.rq-fig { background: #fde047; color: inherit; font-weight: 600; padding: 0 2px; border-radius: 2px; }
.rq-empty { color: var(--body-text-color-subdued); font-size: .9rem; padding: 10px 2px; }
/* library, settings, evaluation */
.rq-status-box { padding: 8px 12px; border-radius: 8px; border: 1px solid var(--border-color-primary);
  background: var(--background-fill-secondary); font-size: .9rem; }
.rq-ingest { list-style: none; padding: 0; margin: 0; }
.rq-ingest li { margin: 2px 0; }
.rq-ingest-error { color: #b91c1c; }
.rq-ingest-added .rq-icon, .rq-ingest-updated .rq-icon { color: #15803d; font-weight: 600; }
.rq-muted { color: var(--body-text-color-subdued); font-size: .85rem; margin-top: 4px; }
.rq-notice-error { border-color: #fecaca; background: #fef2f2; color: #991b1b; }
.rq-notice-ok { border-color: #bbf7d0; background: #f0fdf4; color: #166534; }
table.rq-kv { border-collapse: collapse; font-size: .9rem; width: 100%; }
table.rq-kv th { text-align: left; font-weight: 600; padding: 5px 14px 5px 0; white-space: nowrap; vertical-align: top; width: 30%; }
table.rq-kv td { padding: 5px 0; word-break: break-word; }
footer { margin-top: 4px !important; }
.rq-table table, .rq-table table * { font-family: var(--font) !important; }
.rq-table span.text { font-family: var(--font) !important; }
.rq-table td { font-size: .88rem; }
#rq-header .prose, #rq-header p, #rq-header div { max-width: none !important; }
.rq-hint p { font-size: .88rem; color: var(--body-text-color-subdued); margin: 0 0 6px; }
#rq-lib-actions { align-items: flex-end; }
#rq-lib-actions button { margin-bottom: 2px; }
table.rq-kv, table.rq-kv th, table.rq-kv td, table.rq-kv tr { border: none !important; background: none !important; }
table.rq-kv th, table.rq-kv td { padding: 6px 10px 6px 0 !important; }
table.rq-kv tr + tr { border-top: 1px solid var(--border-color-primary) !important; }
"""

COPY_JS = """
(text) => {
  const value = text || "";
  if (!value) { return []; }
  const fallback = () => {
    const area = document.createElement("textarea");
    area.value = value; area.setAttribute("readonly", ""); area.style.position = "fixed"; area.style.opacity = "0";
    document.body.appendChild(area); area.select();
    try { document.execCommand("copy"); } finally { document.body.removeChild(area); }
  };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(value).catch(fallback);
  } else { fallback(); }
  const button = document.querySelector("#rq-copy");
  if (button) { const label = button.textContent; button.textContent = "Copied ✓";
    setTimeout(() => { button.textContent = label; }, 1500); }
  return [];
}
"""

CONFIRM_REMOVE_JS = """
(doc) => {
  if (!doc) { return null; }
  return window.confirm("Remove " + doc + " from the library? Its passages leave the index.") ? doc : null;
}
"""


def _unexpected(exc: Exception, settings: Settings | None = None) -> str:
    """The one line for an exception no callback expected: an environment fault's own message
    (disk full, damaged index, Chroma server gone), or 'something went wrong' with the log."""
    known = backend_error(exc, settings) if settings is not None else None
    if known is not None:
        log.warning("web UI callback failed: %s", known)
        return str(known)
    log.exception("web UI callback failed")
    return UNEXPECTED.format(name=type(exc).__name__)


def parse_auth(settings: Settings) -> tuple[str, str] | None:
    """('user', 'password') from REPORTQA_AUTH=user:password; None when unset."""
    if settings.auth is None:
        return None
    raw = settings.auth.get_secret_value()
    user, sep, password = raw.partition(":")
    if not raw.strip():
        return None
    if not sep or not user.strip() or not password:
        raise SettingsError("REPORTQA_AUTH must be 'user:password' (both parts non-empty)")
    return user.strip(), password


# What answers before the login: the login page, what it loads, and the call launch() itself makes
# (without a cookie) once the server is up.
PUBLIC_ROUTES = ("/", "/login", "/login/", "/logout", "/theme.css", f"{API_PREFIX}/theme.css", "/static/{path:path}",
                 "/assets/{path:path}", "/favicon.ico", "/robots.txt", "/manifest.json", "/pwa_icon",
                 "/pwa_icon/{size}", f"{API_PREFIX}/startup-events")


def app_routes(app: fastapi.FastAPI) -> list:
    """Every route of `app`, with the routes of included routers (which newer FastAPI nests) flattened."""
    flatten = getattr(fastapi.routing, "iter_route_contexts", None)
    return list(flatten(app.routes)) if flatten else list(app.routes)


class LoginRequired:
    """ASGI middleware: every route but PUBLIC_ROUTES needs the login, checked by Gradio's own
    `login_check` on its session cookie. Gradio leaves some routes without that check
    (/gradio_api/reset, /gradio_api/cancel, /gradio_api/stream/...); here none is left out, and
    neither is a route a newer Gradio adds."""

    public = [compile_path(route)[0] for route in PUBLIC_ROUTES]

    def __init__(self, app: Any) -> None:
        self.app = app
        self._check: Any = None

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        path = scope.get("path", "")
        root = scope.get("root_path", "")
        path = path[len(root):] if root and path.startswith(root) else path
        if scope["type"] != "http" or any(p.fullmatch(path) for p in self.public):
            return await self.app(scope, receive, send)
        request = fastapi.Request(scope, receive)
        try:
            await self.login_check(scope["app"])(request)
        except fastapi.HTTPException as exc:  # Gradio's 401, answered as its own routes answer it
            return await (await http_exception_handler(request, exc))(scope, receive, send)
        await self.app(scope, receive, send)

    def login_check(self, gradio_app: fastapi.FastAPI) -> Any:
        """Gradio's `get_current_user` then `login_check` (the dependencies of its guarded routes)."""
        if self._check is None:
            endpoints = {route.path: route.endpoint for route in app_routes(gradio_app)}
            current_user, check = endpoints[f"{API_PREFIX}/user"], endpoints[f"{API_PREFIX}/login_check"]

            async def run(request: fastapi.Request) -> None:
                check(await current_user(request))

            self._check = run
        return self._check


class WebUI:
    """Callbacks over one App (shared model, index and Chroma client) and the Blocks that use them."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.settings: Settings = app.settings
        self._assistants: dict[str, Any] = {self._configured_spec(): app.assistant}
        self._lock = threading.Lock()

    # -- answerers ------------------------------------------------------------------------------
    def _configured_spec(self) -> str:
        spec = (self.settings.llm or EXTRACTIVE).strip()
        return EXTRACTIVE if spec in ("", "extractive", "none", "default") else spec

    def answerer_choices(self) -> list[tuple[str, str]]:
        choices = [("Default: extractive (no LLM)", EXTRACTIVE)]
        spec = self._configured_spec()
        if spec != EXTRACTIVE:
            where = f" at {redact_url(self.settings.llm_base_url)}" if self.settings.llm_base_url else ""
            choices.append((f"LLM: {spec}{where}", spec))
        return choices

    def assistant_for(self, spec: str | None) -> Any:
        """The assistant for an answerer choice (built once; only the configured ones are offered)."""
        spec = spec or self._configured_spec()
        if spec not in (EXTRACTIVE, self._configured_spec()):
            raise UserError(f"answerer {spec!r} is not configured: set REPORTQA_LLM and restart the server")
        with self._lock:
            if spec not in self._assistants:
                from rag.factory import build_answerer

                answerer = build_answerer(self.settings.with_overrides(llm=spec))
                answerer.warm_up()
                self._assistants[spec] = self.app.with_answerer(answerer)
            return self._assistants[spec]

    # -- chat -----------------------------------------------------------------------------------
    def respond(self, question: str, history: list | None, mode: str, k: float, answerer: str,
                doc_ids: list[str] | None, panels: dict | None) -> Iterator[tuple]:
        """Stream one answer into the chat; yields (history, textbox, sources, copy text, panels)."""
        question = (question or "").strip()
        history = list(history or [])
        panels = dict(panels or {})
        if not question:
            gr.Warning("Type a question about the reports first.")
            yield history, "", gr.skip(), gr.skip(), panels
            return
        history.append({"role": "user", "content": render.user_message(question)})
        history.append({"role": "assistant", "content": render.streaming_message("")})
        yield history, "", gr.skip(), gr.skip(), panels
        idx = str(len(history) - 1)
        try:
            if not self.app.library.docs():
                raise UserError("the library is empty: add reports in the Library tab (or run `reportqa ingest`)")
            assistant = self.assistant_for(answerer)
            text = ""
            for item in assistant.stream(question, mode=mode or None, k=int(k) if k else None,
                                         doc_ids=list(doc_ids) if doc_ids else None):
                if isinstance(item, str):
                    text += item
                    history[-1] = {"role": "assistant", "content": render.streaming_message(text)}
                    yield history, "", gr.skip(), gr.skip(), panels
                else:
                    panel, copy = render.sources_panel(item), item.with_sources()
                    panels[idx] = (panel, copy)
                    history[-1] = {"role": "assistant", "content": render.answer_message(item)}
                    yield history, "", panel, copy, panels
        except ReportQAError as exc:
            history[-1] = {"role": "assistant", "content": render.error_message(str(exc))}
            yield history, "", render.empty_panel(), "", panels
        except Exception as exc:  # never a traceback in the page
            history[-1] = {"role": "assistant", "content": render.error_message(_unexpected(exc, self.settings))}
            yield history, "", render.empty_panel(), "", panels

    @staticmethod
    def show_sources(panels: dict | None, evt: gr.SelectData) -> tuple:
        """Clicking an answer in the chat shows its sources again."""
        index = evt.index[0] if isinstance(evt.index, (list, tuple)) else evt.index
        for i in (index, (index or 0) + 1):  # a click on a question shows its answer's sources
            got = (panels or {}).get(str(i))
            if got:
                return got[0], got[1]
        return gr.skip(), gr.skip()

    # -- library --------------------------------------------------------------------------------
    def library_view(self) -> tuple:
        """(table rows, remove/re-ingest choices, chat filter choices, header stats)."""
        try:
            docs = self.app.library.docs()
        except Exception as exc:
            gr.Warning(str(exc) if isinstance(exc, ReportQAError) else _unexpected(exc, self.settings))
            docs = []
        choices = render.doc_choices(docs)
        return (render.library_rows(docs), gr.update(choices=choices, value=None),
                gr.update(choices=choices), self.header_stats(docs))

    def header_stats(self, docs: list | None = None) -> str:
        docs = self.app.library.docs() if docs is None else docs
        spec = self._configured_spec()
        return render.page_header(TAGLINE, render.header_stats(
            len(docs), sum(d.chunks for d in docs), "extractive answerer" if spec == EXTRACTIVE else f"{spec} answerer"))

    def add_files(self, files: list | None, progress=gr.Progress()) -> tuple:
        """Store uploads under uploads_dir with safe names, ingest them, report each file."""
        paths = [f if isinstance(f, str) else getattr(f, "name", str(f)) for f in (files or [])]
        if not paths:
            return (render.notice("Choose one or more files first (PDF, DOCX, HTML, Markdown or text).", "error"),
                    gr.skip(), *self.library_view())
        stored: list[Path] = []
        problems: list[render.FileNote] = []
        notes: list[str] = []
        for p in paths:
            name = Path(p).name
            try:
                target, reused = store_upload(p, name, self.settings.uploads_dir, self.settings.max_upload_mb)
                stored.append(target)
                if target.name != name:
                    notes.append(f"{name} was stored as {target.name}"
                                 + (" (the same file was uploaded before)" if reused else ""))
            except UserError as exc:
                problems.append(render.FileNote(name, "error", error=str(exc)))
            except Exception as exc:  # e.g. the disk is full: one line, the other files go on
                problems.append(render.FileNote(name, "error", error=_unexpected(exc, self.settings)))
        report = None
        try:
            if stored:
                progress(0, desc="Reading and chunking…")

                def step(done: int, total: int, what: str) -> None:
                    progress((done, total), desc=f"Embedding {Path(what).name}", unit="chunks")

                report = self.app.library.ingest(stored, progress=step, source_names={p: p.name for p in stored})
        except ReportQAError as exc:
            problems.append(render.FileNote("ingest", "error", error=str(exc)))
        except Exception as exc:
            problems.append(render.FileNote("ingest", "error", error=_unexpected(exc, self.settings)))
        results = [render.FileNote.of(r) for r in (report.files if report else [])] + problems
        summary = render.ingest_summary(results, report.total_chunks if report else None, notes)
        return (summary, None, *self.library_view())

    @staticmethod
    def files_ready(files: list | None) -> str:
        """After an upload: which files wait for 'Add to library'."""
        names = [Path(f if isinstance(f, str) else getattr(f, "name", str(f))).name for f in (files or [])]
        if not names:
            return ""
        return render.notice(f"Ready to add: {', '.join(names)}. Click “Add to library” to index "
                             f"{'it' if len(names) == 1 else 'them'}.")

    def remove(self, doc_id: str | None) -> tuple:
        if not doc_id:
            return (render.notice("Nothing removed: pick a report, then confirm.", "error"), *self.library_view())
        try:
            record = self.app.library.remove(doc_id)
            message = render.notice(f"Removed {record.title} ({record.doc_id}, {record.chunks} chunks).", "ok")
        except ReportQAError as exc:
            message = render.notice(str(exc), "error")
        except Exception as exc:
            message = render.notice(_unexpected(exc, self.settings), "error")
        return (message, *self.library_view())

    def _original_file(self, record: Any) -> Path | None:
        """Where a report's file is: the uploads folder or the bundled reports folder."""
        from ingest.manifest import manifest_entries

        candidates = [self.settings.uploads_dir / record.source, self.settings.reports_dir / record.source]
        for name, entry in manifest_entries(self.settings.reports_dir).items():
            if str(entry.get("doc_id")) == record.doc_id:
                candidates.append(self.settings.reports_dir / name)
        return next((p for p in candidates if p.name and p.is_file()), None)

    def reingest(self, doc_id: str | None, progress=gr.Progress()) -> tuple:
        """Read a report's file again: an unchanged file is re-chunked and re-embedded from scratch."""
        if not doc_id:
            return (render.notice("Pick a report to re-ingest.", "error"), *self.library_view())
        try:
            record = next((d for d in self.app.library.docs() if d.doc_id == doc_id), None)
            if record is None:
                raise UserError(f"no report with id {doc_id!r}: refresh the list")
            path = self._original_file(record)
            if path is None:
                raise UserError(f"{record.source}: the original file is no longer in the uploads or reports "
                                "folder; upload it again")

            def step(done: int, total: int, what: str) -> None:
                progress((done, total), desc=f"Embedding {record.source}", unit="chunks")

            names = {path: record.source}
            progress(0, desc="Reading and chunking…")
            report = self.app.library.ingest([path], progress=step, source_names=names)
            if report.files and report.files[0].status == "unchanged":
                # same bytes: rebuild it anyway (new chunking or loader settings take effect)
                self.app.library.remove(doc_id)
                report = self.app.library.ingest([path], progress=step, source_names=names)
            results = [render.FileNote.of(r) for r in report.files]
            for r in results:
                if r.status == "added":
                    r.status = "updated"
            message = render.ingest_summary(results, report.total_chunks)
        except ReportQAError as exc:
            message = render.notice(str(exc), "error")
        except Exception as exc:
            message = render.notice(_unexpected(exc, self.settings), "error")
        return (message, *self.library_view())

    # -- settings / status ------------------------------------------------------------------------
    def status(self) -> str:
        s = self.settings
        emb = self.app.embedder
        rows: list[tuple[str, str]] = []
        try:
            docs = self.app.library.docs()
            chunks = sum(d.chunks for d in docs)
            rows.append(("Reports", f"{len(docs)} reports, {chunks:,} passages (chunks)"))
        except Exception as exc:
            rows.append(("Reports", f"unavailable: {exc if isinstance(exc, ReportQAError) else _unexpected(exc, s)}"))
        model = Path(s.embed_model_path).name if s.embed_model else "all-MiniLM-L6-v2 (bundled)"
        try:
            dim = f", {emb.dimension} dimensions"
        except Exception:
            dim = ""
        rows.append(("Embedding model", f"{model} (loaded on {emb.device}{dim})"))
        store = f"Chroma server at {s.chroma_host}:{s.chroma_port}" if s.server_mode else f"embedded Chroma in {s.chroma_dir}"
        rows.append(("Vector store", store))
        try:
            rows.append(("Collection", emb.collection_name))
        except Exception:
            pass
        try:
            snap = self.app.library.snapshot()
            rows.append(("Loaded index", f"generation {snap.generation}, {len(snap.chunks):,} passages in memory"))
        except Exception as exc:
            rows.append(("Loaded index", f"unavailable: {exc if isinstance(exc, ReportQAError) else _unexpected(exc, s)}"))
        rows.append(("Data directory", str(s.data_dir)))
        rows.append(("Uploads", f"{s.uploads_dir} (at most {s.max_upload_mb:g} MB per file; {', '.join(SUPPORTED)})"))
        spec = self._configured_spec()
        rows.append(("Configured answerer", "extractive (no LLM)" if spec == EXTRACTIVE else
                     f"{spec}" + (f" at {redact_url(s.llm_base_url)}" if s.llm_base_url else "")))
        rows.append(("Defaults", f"retrieval {s.mode}, k = {s.k}, chunks of {s.chunk_tokens} word pieces"))
        rows.append(("Login", "required (REPORTQA_AUTH)" if s.auth else "off (set REPORTQA_AUTH=user:password)"))
        return render.status_table(rows)

    # -- evaluation -----------------------------------------------------------------------------
    def run_evaluation(self, gold_file: str | None, split: str, mode: str, k: float, answerer: str,
                       progress=gr.Progress()) -> tuple:
        """Run the gold questions (bundled or uploaded) and show metrics, misses and charts."""
        empty = (gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip())
        try:
            from eval.gold import load_gold
            from eval.runner import run_eval
        except ImportError:
            return (render.notice("The evaluation suite is not installed in this build.", "error"), *empty)
        try:
            questions = load_gold(Path(gold_file) if gold_file else None)
            if split and split != "all":
                questions = [q for q in questions if q.split == split]
            if not questions:
                raise UserError(f"no gold questions in split {split!r}")
            if not self.app.library.docs():
                raise UserError("the library is empty: add reports in the Library tab first")
            assistant = self.assistant_for(answerer)
            progress(0, desc="Warming up…")

            def step(done: int, total: int, q: Any) -> None:
                progress((done, total), desc=f"Question {done} of {total}", unit="questions")

            result = run_eval(self.app, questions, mode=mode or None, k=int(k) if k else None,
                              assistant=assistant, progress=step,
                              config={"gold": [Path(gold_file).name] if gold_file else ["bundled gold set"]})
            out = Path(tempfile.mkdtemp(prefix="reportqa-eval-"))
            paths = result.write(out)
        except ReportQAError as exc:
            return (render.notice(str(exc), "error"), *empty)
        except Exception as exc:
            return (render.notice(_unexpected(exc, self.settings), "error"), *empty)
        charts = [(str(p), render.chart_caption(key)) for key, p in paths.items() if key.startswith("chart_")]
        return (render.eval_headline(result), gr.Column(visible=True), render.metric_rows(result),
                render.miss_rows(result), charts, str(paths["json"]))

    # -- API --------------------------------------------------------------------------------------
    def api_ask(self, question: str, mode: str = "", k: int = 0) -> dict:
        """Answer a question from the reports: the `reportqa ask --json` object; an error is
        raised as gr.Error with its one line, which the API client sees as the message."""
        try:
            return self.app.assistant.ask(question, mode=mode or None, k=k or None).as_dict()
        except ReportQAError as exc:
            raise gr.Error(str(exc), print_exception=False) from None
        except Exception as exc:
            raise gr.Error(_unexpected(exc, self.settings), print_exception=False) from None

    def api_docs(self) -> dict:
        """The reports in the library: the `reportqa docs --json` object."""
        try:
            return {"docs": [d.as_dict() for d in self.app.library.docs()]}
        except ReportQAError as exc:
            raise gr.Error(str(exc), print_exception=False) from None
        except Exception as exc:
            raise gr.Error(_unexpected(exc, self.settings), print_exception=False) from None

    # -- layout -----------------------------------------------------------------------------------
    def build(self) -> gr.Blocks:
        s = self.settings
        private = {"api_visibility": "private"}
        with gr.Blocks(title="ReportQA", analytics_enabled=False) as demo:
            try:
                header = self.header_stats()
            except Exception:  # the page still opens; the status tab says what is wrong
                header = render.page_header(TAGLINE)
            stats = gr.HTML(header, elem_id="rq-header", padding=False, elem_classes="rq-html")
            panels = gr.State({})
            with gr.Tabs():
                with gr.Tab("Chat", id="chat", elem_id="rq-tab-chat"):
                    with gr.Row(equal_height=False):
                        with gr.Column(scale=3, min_width=460):
                            chatbot = gr.Chatbot(
                                elem_id="rq-chat", show_label=False, height="calc(100vh - 300px)", min_height=300,
                                latex_delimiters=[], buttons=[], feedback_options=None, autoscroll=True,
                                placeholder="**Ask about the reports.** Answers cite their passages; "
                                            "the sources show at the right. Click an answer to see its sources again.",
                            )
                            with gr.Row(equal_height=True):
                                # no max_length: a longer paste gets the one-line rule (rag/validate.py)
                                # instead of being cut silently and answered
                                question = gr.Textbox(placeholder="Ask a question about the reports…", show_label=False,
                                                      container=False, scale=6, max_lines=4, elem_id="rq-question",
                                                      autofocus=True)
                                ask = gr.Button("Ask", variant="primary", scale=1, min_width=80, elem_id="rq-ask")
                            with gr.Row(elem_id="rq-examples"):
                                examples = [gr.Button(q, size="sm", elem_classes="rq-example") for q in EXAMPLES]
                        with gr.Column(scale=2, min_width=360):
                            sources = gr.HTML(render.empty_panel(), elem_id="rq-sources", padding=False, elem_classes="rq-html")
                            with gr.Row():
                                copy = gr.Button("Copy answer with sources", size="sm", elem_id="rq-copy")
                                new_chat = gr.Button("New conversation", size="sm", elem_id="rq-new")
                            copy_text = gr.Textbox(visible=False)
                with gr.Tab("Library", id="library", elem_id="rq-tab-library"):
                    with gr.Row(equal_height=False):
                        uploads = gr.File(file_count="multiple", file_types=list(SUPPORTED), type="filepath",
                                          label="Add reports: PDF, DOCX, HTML, Markdown or text", elem_id="rq-upload",
                                          height=118, scale=3)
                        with gr.Column(scale=2, min_width=300):
                            gr.Markdown(f"Up to {s.max_upload_mb:g} MB per file. Files are kept in the data "
                                        "directory's `uploads/` folder; a name already taken gets a number.",
                                        elem_classes="rq-hint")
                            add = gr.Button("Add to library", variant="primary", elem_id="rq-add")
                    ingest_status = gr.HTML("", elem_id="rq-ingest-status", padding=False, elem_classes="rq-html")
                    table = gr.Dataframe(headers=render.LIBRARY_HEADERS, interactive=False, wrap=True,
                                         label="Reports in the library", show_label=True, elem_id="rq-library",
                                         max_height=300, elem_classes="rq-table",
                                         column_widths=["30%", "21%", "9%", "6%", "7%", "12%", "15%"])
                    with gr.Row(equal_height=False, elem_id="rq-lib-actions"):
                        picked = gr.Dropdown(label="Report to re-ingest or remove", choices=[], scale=4,
                                             elem_id="rq-pick")
                        reingest = gr.Button("Re-ingest", scale=1, min_width=110, elem_id="rq-reingest")
                        remove = gr.Button("Remove", variant="stop", scale=1, min_width=110, elem_id="rq-remove")
                    library_status = gr.HTML("", padding=False, elem_id="rq-library-status", elem_classes="rq-html")
                with gr.Tab("Evaluation", id="evaluation", elem_id="rq-tab-eval"):
                    gr.Markdown("Run the gold questions (questions with known figures) through the assistant with the "
                                "current settings, and score answers, retrieval, citations and abstentions.")
                    with gr.Row(equal_height=False):
                        gold = gr.File(label="Gold file (optional YAML; default: the bundled gold set)",
                                       file_types=[".yaml", ".yml"], type="filepath", height=140, scale=3)
                        with gr.Column(scale=2, min_width=300):
                            split = gr.Radio(["all", "dev", "heldout"], value="all", label="Questions")
                            run = gr.Button("Run evaluation", variant="primary", elem_id="rq-run-eval")
                    eval_head = gr.HTML(render.notice("No run yet: the results, the misses and the charts appear "
                                                      "here, with results.json to download."), padding=False,
                                        elem_classes="rq-html")
                    with gr.Column(visible=False) as eval_results:
                        with gr.Row(equal_height=False):
                            metrics = gr.Dataframe(headers=["Metric", "all"], interactive=False, label="Metrics",
                                                   max_height=460, elem_id="rq-metrics", elem_classes="rq-table",
                                                   scale=3)
                            with gr.Column(scale=2, min_width=300):
                                charts = gr.Gallery(label="Charts", columns=1, height=380, object_fit="contain")
                                results_json = gr.File(label="results.json", interactive=False, height=60)
                        misses = gr.Dataframe(headers=["ID", "Question", "Expected", "Answer", "Why"],
                                              interactive=False, wrap=True, label="Misses", max_height=400,
                                              elem_id="rq-misses", elem_classes="rq-table",
                                              column_widths=["9%", "24%", "12%", "35%", "20%"])
                with gr.Tab("Settings", id="settings", elem_id="rq-tab-settings"):
                    with gr.Row(equal_height=False):
                        with gr.Column(scale=1, min_width=320):
                            gr.Markdown("### Answering\nApplies to this browser session's chat and evaluation.")
                            mode = gr.Radio(["hybrid", "dense", "bm25"], value=s.mode, label="Retrieval mode",
                                            info="hybrid: meaning + keywords (fused); dense: meaning only; bm25: keywords only")
                            k = gr.Slider(1, 20, value=s.k, step=1, label="Passages retrieved (k)")
                            answerer = gr.Dropdown(self.answerer_choices(), value=self._configured_spec(),
                                                   label="Answerer",
                                                   info="An LLM is offered when REPORTQA_LLM names one.")
                            only = gr.Dropdown([], multiselect=True, label="Search only these reports",
                                               info="Empty: all reports.", allow_custom_value=True)
                        with gr.Column(scale=1, min_width=360):
                            gr.Markdown("### Model and index")
                            status = gr.HTML(self.status(), padding=False, elem_id="rq-status", elem_classes="rq-html")
                            refresh = gr.Button("Refresh status", size="sm")

            # -- events -----------------------------------------------------------------------------
            chat_in = [chatbot, mode, k, answerer, only, panels]
            chat_out = [chatbot, question, sources, copy_text, panels]
            for trigger in (question.submit, ask.click):
                trigger(self.respond, [question, *chat_in], chat_out, **private)
            for button in examples:
                button.click(self.respond, [button, *chat_in], chat_out, **private)
            chatbot.select(self.show_sources, [panels], [sources, copy_text], **private)
            copy.click(None, [copy_text], None, js=COPY_JS, **private)

            def reset() -> tuple:
                return [], render.empty_panel(), "", {}

            new_chat.click(reset, None, [chatbot, sources, copy_text, panels], **private)
            chatbot.clear(reset, None, [chatbot, sources, copy_text, panels], **private)

            lib_out = [table, picked, only, stats]
            index_job = {"concurrency_limit": 1, "concurrency_id": "index", **private}
            uploads.upload(self.files_ready, [uploads], [ingest_status], show_progress="hidden", **private)
            add.click(self.add_files, [uploads], [ingest_status, uploads, *lib_out], show_progress_on=[table],
                      **index_job)
            remove.click(self.remove, [picked], [library_status, *lib_out], js=CONFIRM_REMOVE_JS,
                         show_progress_on=[table], **index_job)
            reingest.click(self.reingest, [picked], [library_status, *lib_out], show_progress_on=[table], **index_job)
            refresh.click(self.status, None, [status], **private)
            run.click(self.run_evaluation, [gold, split, mode, k, answerer],
                      [eval_head, eval_results, metrics, misses, charts, results_json], show_progress_on=[eval_head],
                      concurrency_limit=1,
                      concurrency_id="eval", **private)
            demo.load(self.library_view, None, lib_out, show_progress="hidden", **private)
            demo.load(self.status, None, [status], show_progress="hidden", **private)

            gr.api(self.api_ask, api_name="ask")
            gr.api(self.api_docs, api_name="docs")
        return demo


def build_ui(app: Any) -> gr.Blocks:
    """The Blocks for an already built (and warmed up) App."""
    return WebUI(app).build()


def theme() -> gr.themes.Base:
    # system fonts only: nothing is fetched, and no partial web font mixes glyphs
    font = ["-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "Liberation Sans", "system-ui", "sans-serif"]
    mono = ["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "Liberation Mono", "monospace"]
    return gr.themes.Default(primary_hue="indigo", secondary_hue="slate", neutral_hue="slate",
                             radius_size="md", text_size="md", font=font, font_mono=mono)


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 7860) -> None:
    """Warm up once and serve the UI: queue on, loopback by default, optional login, never shared."""
    use_offline_env()
    from rag.factory import build_app

    auth = parse_auth(settings)
    app = build_app(settings).warm_up()
    demo = build_ui(app)
    demo.queue(default_concurrency_limit=CONCURRENCY, max_size=64)
    print(f"ReportQA web UI on http://{host}:{port}" + (" (login required)" if auth else ""), flush=True)
    demo.launch(
        server_name=host, server_port=port, share=False, auth=auth,
        auth_message="Sign in to ReportQA." if auth else None,
        max_file_size=int(settings.max_upload_mb * 2**20), show_error=False, ssr_mode=False, mcp_server=False,
        footer_links=["api", "settings"], theme=theme(), css=CSS, quiet=True, inbrowser=False,
        app_kwargs={"middleware": [Middleware(LoginThrottle), Middleware(LoginRequired)]} if auth else None,
    )

"""The web UI's callbacks over one App: answerers, library, status and the API (chat, review and
page views are mixed in from chat.py, review.py and pageview.py).

Thin by design: callbacks call rag/, ingest/ and eval/ and hand what they return to ui/render.py.
Errors show as one line, never as a traceback.
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import gradio as gr

from ingest.errors import ReportQAError, UserError
from ingest.identity import upload_key
from ingest.redact import redact_url
from ingest.loaders import SUPPORTED
from ingest.settings import Settings

from .. import render
from ..conversations import ConversationStore
from ..uploads import display_name, store_upload, update_question
from .chat import ChatCallbacks, error_notice, unexpected
from .pageview import PageCallbacks
from .progress import IngestProgress, run_live
from .review import ReviewCallbacks

log = logging.getLogger(__name__)

TAGLINE = "Ask about industry reports: answers lead with the figure, cite their passages, and say when the reports don't."
EXTRACTIVE = "extractive"


class WebUI(ChatCallbacks, ReviewCallbacks, PageCallbacks):
    """Callbacks over one App (shared model, index and Chroma client) and the Blocks that use them."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.settings: Settings = app.settings
        self._assistants: dict[str, Any] = {self._configured_spec(): app.assistant}
        self._lock = threading.Lock()

    @functools.cached_property
    def store(self) -> ConversationStore:
        """The conversations, opened on first use: a full disk at start-up must not stop the page
        from opening (the callback that needs the store shows the one-line error instead)."""
        return ConversationStore.in_data_dir(self.settings.data_dir)

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

    # -- library --------------------------------------------------------------------------------
    def library_view(self) -> tuple:
        """(table rows, remove/re-ingest choices, chat filter choices, header stats)."""
        try:
            docs = self.app.library.docs()
        except Exception as exc:
            gr.Warning(str(exc) if isinstance(exc, ReportQAError) else unexpected(exc, self.settings))
            docs = []
        choices = render.doc_choices(docs)
        outdated = {d.doc_id for d in self.app.library.outdated(docs)}
        return (render.library_rows(docs, outdated), gr.update(choices=choices, value=None),
                gr.update(choices=choices), self.header_stats(docs))

    def header_stats(self, docs: list | None = None) -> str:
        docs = self.app.library.docs() if docs is None else docs
        spec = self._configured_spec()
        return render.page_header(TAGLINE, render.header_stats(
            len(docs), sum(d.chunks for d in docs), "extractive answerer" if spec == EXTRACTIVE else f"{spec} answerer"))

    def add_files_live(self, files: list | None, replace: bool = False) -> Iterator[tuple]:
        """add_files with the progress of each file and stage shown in the status line as it moves."""
        names = [Path(f if isinstance(f, str) else getattr(f, "name", str(f))).name for f in (files or [])]
        tracker = IngestProgress(names)
        skip = (gr.skip(),) * 5
        for kind, value in run_live(lambda: self.add_files(files, replace, progress=_quiet, tracker=tracker), tracker):
            yield value if kind == "done" else (value, *skip)

    def add_files(self, files: list | None, replace: bool = False, progress=gr.Progress(),
                  tracker: IngestProgress | None = None) -> tuple:
        """Store uploads under uploads_dir with safe names, ingest them, report each file; a file
        uploaded under a report's name updates it only when `replace` is ticked (else: asks)."""
        paths = [f if isinstance(f, str) else getattr(f, "name", str(f)) for f in (files or [])]
        if not paths:
            return (render.notice("Choose one or more files first (PDF, DOCX, HTML, Markdown or text).", "error"),
                    gr.skip(), *self.library_view())
        stored: list[Path] = []
        problems: list[render.FileNote] = []
        notes: list[str] = []
        names: dict[Path, str] = {}
        docs = self.app.library.docs()
        for p in paths:
            name = display_name(Path(p).name)
            try:
                question = None if replace else update_question(p, name, docs)
                if question:
                    problems.append(render.FileNote(name, "error", error=question))
                    continue
                target, reused = store_upload(p, name, self.settings.uploads_dir, self.settings.max_upload_mb)
                stored.append(target)
                names[target] = name
                if target.name != name:
                    notes.append(f"{name} was stored as {target.name}"
                                 + (" (the same file was uploaded before)" if reused else ""))
            except UserError as exc:
                problems.append(render.FileNote(name, "error", error=str(exc)))
            except Exception as exc:  # e.g. the disk is full: one line, the other files go on
                problems.append(render.FileNote(name, "error", error=unexpected(exc, self.settings)))
        report = None
        try:
            if stored:
                progress(0, desc="Reading and chunking…")

                def step(done: int, total: int, what: str) -> None:
                    progress((done, total), desc=f"Embedding {Path(what).name}", unit="chunks")

                if tracker is not None:
                    tracker.files = {p.name: {"stage": "waiting"} for p in stored}
                report = self.app.library.ingest(stored, progress=step, source_names=names, on_progress=tracker,
                                                 keys={p: upload_key(n) for p, n in names.items()})
        except ReportQAError as exc:
            problems.append(render.FileNote("ingest", "error", error=str(exc)))
        except Exception as exc:
            problems.append(render.FileNote("ingest", "error", error=unexpected(exc, self.settings)))
        results = [render.FileNote.of(r) for r in (report.files if report else [])] + problems
        notes += report.warnings if report else []  # reports the index lost chunks of
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
        except Exception as exc:  # one line: a user error, an environment fault, or a logged bug
            message = error_notice(exc, self.settings)
        return (message, *self.library_view())

    def reingest(self, doc_id: str | None, progress=gr.Progress()) -> tuple:
        """Read a report's file again (ingest/originals.py): rebuilt even when unchanged."""
        from ingest.originals import reingest

        if not doc_id:
            return (render.notice("Pick a report to re-ingest.", "error"), *self.library_view())
        try:
            progress(0, desc="Reading and chunking…")
            report = reingest(self.app.library, doc_id, on_progress=lambda e: progress(e.fraction, desc=e.label))
            message = render.ingest_summary([render.FileNote.of(r) for r in report.files], report.total_chunks)
        except Exception as exc:  # one line: a user error, an environment fault, or a logged bug
            message = error_notice(exc, self.settings)
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
            rows.append(("Reports", f"unavailable: {exc if isinstance(exc, ReportQAError) else unexpected(exc, s)}"))
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
            rows.append(("Loaded index", f"unavailable: {exc if isinstance(exc, ReportQAError) else unexpected(exc, s)}"))
        rows.append(("Data directory", str(s.data_dir)))
        rows.append(("Uploads", f"{s.uploads_dir} (at most {s.max_upload_mb:g} MB per file; {', '.join(SUPPORTED)})"))
        spec = self._configured_spec()
        rows.append(("Configured answerer", "extractive (no LLM)" if spec == EXTRACTIVE else
                     f"{spec}" + (f" at {redact_url(s.llm_base_url)}" if s.llm_base_url else "")))
        rows.append(("Defaults", f"retrieval {s.mode}, k = {s.k}, chunks of {s.chunk_tokens} word pieces"))
        rows.append(("Login", "required (REPORTQA_AUTH)" if s.auth else "off (set REPORTQA_AUTH=user:password)"))
        return render.status_table(rows)

    # -- API --------------------------------------------------------------------------------------
    def api_ask(self, question: str, mode: str = "", k: int = 0) -> dict:
        """Answer a question from the reports: the `reportqa ask --json` object; an error is
        raised as gr.Error with its one line, which the API client sees as the message."""
        try:
            return self.app.assistant.ask(question, mode=mode or None, k=k or None).as_dict()
        except ReportQAError as exc:
            raise gr.Error(str(exc), print_exception=False) from None
        except Exception as exc:
            raise gr.Error(unexpected(exc, self.settings), print_exception=False) from None

    def api_docs(self) -> dict:
        """The reports in the library: the `reportqa docs --json` object."""
        try:
            return {"docs": [d.as_dict() for d in self.app.library.docs()]}
        except ReportQAError as exc:
            raise gr.Error(str(exc), print_exception=False) from None
        except Exception as exc:
            raise gr.Error(unexpected(exc, self.settings), print_exception=False) from None

    def build(self) -> gr.Blocks:
        """The Blocks that use these callbacks (ui/web/layout.py)."""
        from .layout import build

        return build(self)


def _quiet(*args: Any, **kw: Any) -> None:
    """A progress callback that shows nothing (the live status line shows the progress instead)."""

"""The web UI's callbacks over one App: chat, library, status, evaluation and the API.

Thin by design: callbacks call rag/, ingest/ and eval/ and hand what they return to ui/render.py.
Errors show as one line, never as a traceback.
"""

from __future__ import annotations

import logging
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import gradio as gr

from ingest.errors import ReportQAError, UserError
from ingest.loaders import SUPPORTED
from ingest.settings import Settings

from .. import render
from ..uploads import store_upload

log = logging.getLogger(__name__)

TAGLINE = "Ask about industry reports: answers lead with the figure, cite their passages, and say when the reports don't."
EXTRACTIVE = "extractive"
UNEXPECTED = "something went wrong ({name}); the details are in the server log"


def _unexpected(exc: Exception) -> str:
    log.exception("web UI callback failed")
    return UNEXPECTED.format(name=type(exc).__name__)


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
            where = f" at {self.settings.llm_base_url}" if self.settings.llm_base_url else ""
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
            history[-1] = {"role": "assistant", "content": render.error_message(_unexpected(exc))}
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
        except ReportQAError as exc:
            gr.Warning(str(exc))
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
            problems.append(render.FileNote("ingest", "error", error=_unexpected(exc)))
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
            message = render.notice(_unexpected(exc), "error")
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
            message = render.notice(_unexpected(exc), "error")
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
        except ReportQAError as exc:
            rows.append(("Reports", f"unavailable: {exc}"))
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
        except ReportQAError as exc:
            rows.append(("Loaded index", f"unavailable: {exc}"))
        rows.append(("Data directory", str(s.data_dir)))
        rows.append(("Uploads", f"{s.uploads_dir} (at most {s.max_upload_mb:g} MB per file; {', '.join(SUPPORTED)})"))
        spec = self._configured_spec()
        rows.append(("Configured answerer", "extractive (no LLM)" if spec == EXTRACTIVE else
                     f"{spec}" + (f" at {s.llm_base_url}" if s.llm_base_url else "")))
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
            return (render.notice(_unexpected(exc), "error"), *empty)
        charts = [(str(p), render.chart_caption(key)) for key, p in paths.items() if key.startswith("chart_")]
        return (render.eval_headline(result), gr.Column(visible=True), render.metric_rows(result),
                render.miss_rows(result), charts, str(paths["json"]))

    # -- API --------------------------------------------------------------------------------------
    def api_ask(self, question: str, mode: str = "", k: int = 0) -> dict:
        """Answer a question from the reports: the `reportqa ask --json` object."""
        try:
            answer = self.app.assistant.ask(question, mode=mode or None, k=int(k) or None)
        except ReportQAError as exc:
            return {"question": question, "error": str(exc)}
        return answer.as_dict()

    def api_docs(self) -> dict:
        """The reports in the library: the `reportqa docs --json` object."""
        return {"docs": [d.as_dict() for d in self.app.library.docs()]}

    def build(self) -> gr.Blocks:
        """The Blocks that use these callbacks (ui/web/layout.py)."""
        from .layout import build

        return build(self)

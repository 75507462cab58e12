"""The `reportqa` command line: ingest, docs, remove, ask, chat, eval, serve, bench.

Flags win over REPORTQA_* environment variables, which win over defaults. `--json` prints
machine-readable output on stdout; messages and progress go to stderr. Errors are one line:
exit code 2 for the user's input or settings, 1 for runtime failures or files that failed.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Optional

import typer

from ingest.errors import ReportQAError, UserError

from .cli_app import State, app, build, err, fail, out, settings, shown, translated
from .fast_exit import leave_now


# -- ingest / docs / remove ----------------------------------------------------------------
@app.command()
def ingest(
    paths: Optional[list[Path]] = typer.Argument(None, help="Files or folders (default: the bundled data/reports/)."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
    chunk_tokens: Optional[int] = typer.Option(None, "--chunk-tokens", help="Max word pieces per chunk [env REPORTQA_CHUNK_TOKENS]"),
    max_file_mb: Optional[float] = typer.Option(None, "--max-file-mb", help="Size limit per file [env REPORTQA_MAX_FILE_MB]"),
) -> None:
    """Load, clean, chunk and embed reports into the index (unchanged files are skipped)."""
    s = settings(chunk_tokens=chunk_tokens, max_file_mb=max_file_mb)
    targets = list(paths) if paths else [s.reports_dir]
    missing = [p for p in targets if not p.exists()]
    try:
        if missing:
            raise UserError(f"{missing[0]}: no such file or folder")
        built = build(s)
        from .progress import run_with_bars  # per file and per stage, on a terminal
        report = run_with_bars(err, as_json, lambda on_progress: built.library.ingest(targets, on_progress=on_progress))
    except ReportQAError as exc:
        raise fail(exc) from None
    if as_json:
        out.print_json(data=report.as_dict())
    else:
        for f in report.files:
            if f.status == "error":
                err.print(f"[red]error:[/red] {shown(f.error)}", highlight=False, soft_wrap=True)
            else:
                err.print(f"{f.status:>9}  {shown(f.doc_id)}  ({f.chunks} chunks)  {shown(f.path)}"
                          + (f"  ({shown(f.note)})" if f.note else ""), highlight=False)
        for line in report.warnings:
            err.print(f"[yellow]warning:[/yellow] {shown(line)}", highlight=False, soft_wrap=True)
        err.print(f"{report.total_chunks} chunks in the index; {report.chunks_added} embedded in {report.seconds:.1f} s "
                  f"(index: {s.data_dir})", highlight=False)
    if report.failed:
        raise typer.Exit(1)


@app.command()
def docs(as_json: bool = typer.Option(False, "--json", help="Print one JSON object.")) -> None:
    """List the ingested reports with pages, chunk counts and ingest time."""
    s = settings()
    try:
        from ingest.embedding import Embedder
        from ingest.pipeline import Library

        library = Library(s, Embedder(s.embed_model_path))
        records = library.docs()
        outdated = {r.doc_id for r in library.outdated(records)}
    except ReportQAError as exc:
        raise fail(exc) from None
    if as_json:
        out.print_json(data={"docs": [{**r.as_dict(), "current": r.doc_id not in outdated} for r in records]})
        return
    if not records:
        err.print("No reports yet: run `reportqa ingest [PATHS]`.")
        return
    from rich.table import Table

    table = Table("doc_id", "title", "publisher", "date", "pages", "chunks", "ingested_at")
    for r in records:
        table.add_row(shown(r.doc_id), shown(r.title), shown(r.publisher), shown(r.date), str(r.pages or "—"),
                      str(r.chunks), r.ingested_at + (" *" if r.doc_id in outdated else ""))
    out.print(table)
    if outdated:
        err.print(f"* {len(outdated)} report(s) chunked by an earlier version of the reader: `reportqa ingest` "
                  "on their files (or `reportqa reingest DOC_ID`) reads them again with this one.", highlight=False)


@app.command(context_settings={"ignore_unknown_options": True})  # an old id like `-doc` is an id, not an option
def remove(doc_id: str = typer.Argument(..., help="The report's doc_id (see `reportqa docs`)."),
           as_json: bool = typer.Option(False, "--json", help="Print one JSON object.")) -> None:
    """Delete a report's chunks from Chroma and the keyword index."""
    s = settings()
    try:
        from ingest.embedding import Embedder
        from ingest.pipeline import Library

        record = Library(s, Embedder(s.embed_model_path)).remove(doc_id)
    except ReportQAError as exc:
        raise fail(exc) from None
    if as_json:
        out.print_json(data={"removed": record.as_dict()})
    else:
        err.print(f"removed {record.doc_id} ({record.chunks} chunks)")


@app.command()
def reingest(doc_id: str = typer.Argument(..., help="The report's doc_id (see `reportqa docs`)."),
             as_json: bool = typer.Option(False, "--json", help="Print one JSON object.")) -> None:
    """Read a report's original file again and rebuild its chunks (also when unchanged)."""
    from ingest.originals import reingest as rebuild

    from .progress import run_with_bars

    s = settings()
    try:
        library = build(s).library
        report = run_with_bars(err, as_json, lambda on_progress: rebuild(library, doc_id, on_progress=on_progress))
        failed = report.failed[0] if report.failed else None
        if failed is not None:
            raise UserError(failed.error or f"{failed.path}: could not be read")
    except ReportQAError as exc:
        raise fail(exc) from None
    if as_json:
        out.print_json(data=report.as_dict())
    else:
        f = report.files[0]
        err.print(f"re-ingested {shown(f.doc_id)} from {shown(f.path)}: {f.chunks} chunks in {report.seconds:.1f} s",
                  highlight=False)


# -- ask -------------------------------------------------------------------------------------
@app.command()
def ask(
    question: str = typer.Argument(..., help="The question, or '-' to read one question per line from stdin."),
    as_json: bool = typer.Option(False, "--json", help="Print the answer as JSON (one object per line with '-')."),
    mode: Optional[str] = typer.Option(None, "--mode", help="hybrid | dense | bm25 [env REPORTQA_MODE]"),
    k: Optional[int] = typer.Option(None, "--k", help="Passages to retrieve [env REPORTQA_K]"),
    llm: Optional[str] = typer.Option(None, "--llm", help="extractive | ollama:MODEL | openai:MODEL [env REPORTQA_LLM]"),
    doc: Optional[list[str]] = typer.Option(None, "--doc", help="Only search these reports (doc_id, repeatable)."),
    explain: bool = typer.Option(False, "--explain", help="Show the parsed slots, top candidates and the gate that fired."),
) -> None:
    """Answer a question from the ingested reports, citing passages [n]. With '-', each stdin line
    is a question or a JSON object {"question": ..., "history": [earlier questions]}."""
    s = settings(mode=mode, k=k, llm=llm)
    from rag.assistant import validate_question

    try:
        if question != "-":
            validate_question(question)
        built = build(s)
        if not built.library.docs():
            raise ReportQAError("the index is empty: run `reportqa ingest` first")
    except ReportQAError as exc:
        raise fail(exc) from None
    assistant = built.assistant
    if question == "-":
        _ask_batch(assistant, as_json, doc, explain)
        State.answered = True
        return
    try:
        if as_json:
            answer = assistant.ask(question, doc_ids=doc, explain=explain)
            out.print_json(data=answer.as_dict())
        else:
            answer = None
            for item in assistant.stream(question, doc_ids=doc, explain=explain):
                if isinstance(item, str):
                    out.print(shown(item, markup=False, one_line=False), end="", markup=False, highlight=False)
                else:
                    answer = item
            out.print()
            _print_sources(answer)
            if explain and answer is not None:
                from rag.explain import explanation_lines

                for line in explanation_lines(answer.explanation):
                    out.print(shown(line, markup=False), markup=False, highlight=False)
    except ReportQAError as exc:
        raise fail(exc) from None
    State.answered = True


def _print_sources(answer) -> None:
    if answer is None:
        return
    for c in answer.citations:
        out.print(shown(f"[{c.n}] {c.label()}", markup=False), markup=False, highlight=False)
    if answer.unsupported_figures:
        err.print(f"[yellow]warning:[/yellow] figures not found in the cited passages: "
                  f"{shown(', '.join(answer.unsupported_figures))}")


def _ask_batch(assistant, as_json: bool, doc: list[str] | None, explain: bool = False) -> None:
    """One answer per stdout line for each stdin line (ui/ask_batch.py), flushed as it comes."""
    from .ask_batch import batch_answers, stdin_text

    for payload in batch_answers(assistant, stdin_text(), doc, explain, translated):
        if as_json:
            sys.stdout.write(json.dumps(payload, ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(shown(payload.get("answer") or f"error: {payload['error']}", markup=False) + "\n")
        sys.stdout.flush()


# -- eval / serve / bench --------------------------------------------------------------------
@app.command(name="eval", add_help_option=False,  # `--help` reaches the suite's own parser, which lists its options
             context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def eval_cmd(ctx: typer.Context) -> None:
    """Score answers against gold questions with known figures, or the TAT-QA benchmark with
    `--tatqa FILE [--pages A:B]` (see `reportqa eval --help`)."""
    try:
        from eval.cli import run_eval_cli
    except ImportError:
        err.print("the evaluation suite is not installed yet")
        raise typer.Exit(2) from None
    raise typer.Exit(run_eval_cli(settings(), list(ctx.args)))


@app.command()
def serve(host: str = typer.Option("127.0.0.1", "--host", help="Interface to bind (loopback by default)."),
          port: int = typer.Option(7860, "--port", help="Port for the web UI."),
          allow_no_login: bool = typer.Option(False, "--allow-no-login",
                                              help="Bind a non-loopback --host without REPORTQA_AUTH (anyone who "
                                                   "reaches the port can upload and remove reports).")) -> None:
    """Start the web UI (chat, library, evaluation)."""
    from ui.exposure import exposure_warning

    s = settings()
    try:
        warning = exposure_warning(host, s.auth is not None and bool(s.auth.get_secret_value().strip()),
                                   allow_no_login)
        from ui.web import serve as serve_web
    except ReportQAError as exc:
        raise fail(exc) from None
    except ImportError:
        err.print("The web UI is coming; for now use `reportqa ask`.")
        raise typer.Exit(0) from None
    if warning:
        err.print(f"[yellow]warning:[/yellow] {shown(warning)}", highlight=False)
    try:
        serve_web(s, host=host, port=port)
    except ReportQAError as exc:
        raise fail(exc) from None


@app.command()
def chat(
    conversation: Optional[str] = typer.Option(None, "--conversation", "-c", help="Continue this conversation (id from --list)."),
    new: bool = typer.Option(False, "--new", help="Start a new conversation instead of continuing the latest."),
    list_: bool = typer.Option(False, "--list", help="List conversations (newest first) and exit."),
    search: str = typer.Option("", "--search", help="With --list: only conversations mentioning this text."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per answer (or for --list)."),
) -> None:
    """Chat in the terminal: one question per line, follow-ups understood, saved with the web UI's conversations."""
    from ui.chat_cli import list_conversations, pick_conversation, run_chat
    from ui.conversations import ConversationStore

    s = settings()
    store = ConversationStore.in_data_dir(s.data_dir)
    if list_:
        list_conversations(store, search, as_json, sys.stdout)
        return
    try:
        conv = pick_conversation(store, conversation, new)
        built = build(s)
        if not built.library.docs():
            raise ReportQAError("the index is empty: run `reportqa ingest` first")
    except ReportQAError as exc:
        raise fail(exc) from None
    failed = run_chat(built.assistant, store, conv, sys.stdin, sys.stdout, sys.stderr, as_json,
                      shown=lambda text: shown(text, markup=False))
    raise typer.Exit(1 if failed else 0)


@app.command(add_help_option=False,  # `--help` reaches the bench's own parser, which lists its options
             context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def bench(ctx: typer.Context) -> None:
    """Measure ingest and answer speed against baselines run in the same process."""
    try:
        from eval.bench import run_bench_cli
    except ImportError:
        err.print("benchmarks are not installed yet")
        raise typer.Exit(2) from None
    raise typer.Exit(run_bench_cli(settings(), list(ctx.args)))


def main() -> None:
    """Console-script entry point: one-line errors, never a traceback for a ReportQAError or a
    fault of the environment (disk full, damaged index, Chroma server gone)."""
    try:
        app()
    except SystemExit as exc:
        if State.answered and not exc.code:
            leave_now()
        raise
    except ReportQAError as exc:
        raise SystemExit(fail(exc).exit_code) from None
    except Exception as exc:
        known = translated(exc)
        if known is None:
            raise
        logging.getLogger(__name__).debug("%s", type(exc).__name__, exc_info=True)
        raise SystemExit(fail(known).exit_code) from None


if __name__ == "__main__":
    main()

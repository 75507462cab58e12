"""The `reportqa` Typer app itself: its global options (logging, settings overrides) and what every
verb shares, settings from flags, one-line errors with exit codes, printable text; ui/cli.py holds the verbs.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Optional

import typer
from rich.console import Console
from rich.markup import escape

from ingest.errors import ReportQAError, RuntimeFailure, printable
from ingest.redact import RedactFilter
from ingest.settings import Settings, use_offline_env

if TYPE_CHECKING:
    from rag.factory import App

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="ReportQA: ask questions about industry reports, get cited answers.")
# soft wrap: a line is never broken by us (the terminal wraps it), so output piped to a file or
# another program keeps one line per file, error and answer instead of breaking at 80 columns
err = Console(stderr=True, soft_wrap=True)
out = Console(soft_wrap=True)


class State:
    """Global option values, turned into Settings by each command."""

    overrides: dict = {}
    answered = False  # `ask` printed its answers: the program may leave without its teardown (main)


@app.callback()
def _global(
    data_dir: Optional[Path] = typer.Option(None, "--data-dir", help="Index location [env REPORTQA_DATA_DIR; default .reportqa]"),
    embed_model: Optional[str] = typer.Option(None, "--embed-model", help="Embedding model name or path [env REPORTQA_EMBED_MODEL]"),
    embed_backend: Optional[str] = typer.Option(None, "--embed-backend", help="onnx | torch [env REPORTQA_EMBED_BACKEND; default onnx]"),
    chroma_host: Optional[str] = typer.Option(None, "--chroma-host", help="Chroma server host [env REPORTQA_CHROMA_HOST]"),
    chroma_port: Optional[int] = typer.Option(None, "--chroma-port", help="Chroma server port [env REPORTQA_CHROMA_PORT]"),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log progress details to stderr."),
) -> None:
    use_offline_env()
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")
    for noisy in ("httpx", "chromadb", "sentence_transformers", "bm25s", "urllib3", "pypdf"):
        logging.getLogger(noisy).setLevel(logging.INFO if verbose else logging.ERROR)
    for handler in logging.getLogger().handlers:  # no credentials of a URL in any log line
        if not any(isinstance(f, RedactFilter) for f in handler.filters):
            handler.addFilter(RedactFilter())
    State.answered = False
    State.overrides = {"data_dir": data_dir, "embed_model": embed_model, "embed_backend": embed_backend,
                       "chroma_host": chroma_host,
                       "chroma_port": chroma_port}


def settings(**more: object) -> Settings:
    """Settings from env and defaults, with the global and command flags applied."""
    try:
        return Settings().with_overrides(**State.overrides, **more)
    except Exception as exc:  # pydantic ValidationError: name the field, no traceback
        raise typer.BadParameter(_first_error(exc)) from None


def _first_error(exc: Exception) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors):
        e = errors()[0]
        field = "_".join(str(p) for p in e.get("loc", ())) or "settings"
        return f"REPORTQA_{field.upper()}: {e.get('msg')}"
    return str(exc)


def shown(text: object, markup: bool = True, one_line: bool = True) -> str:
    """File names, errors and report text as printable text: control characters (terminal
    escapes, and newlines unless `one_line` is False) escaped by `printable` and, where rich reads
    markup, brackets escaped ('[/x]' is not a tag)."""
    text = printable(text) if one_line else "\n".join(printable(part) for part in str(text).split("\n"))
    return escape(text) if markup else text


def fail(exc: Exception) -> typer.Exit:
    """Print one line for a ReportQAError and pick the exit code by who is at fault."""
    err.print(f"[red]error:[/red] {shown(exc)}", markup=True, highlight=False, soft_wrap=True)
    return typer.Exit(1 if isinstance(exc, RuntimeFailure) else 2)


def translated(exc: Exception) -> ReportQAError | None:
    """An environment fault (disk full, damaged index, Chroma server gone) as its one-line error."""
    from ingest.faults import backend_error

    try:
        current = Settings().with_overrides(**State.overrides)
    except Exception:
        return None
    return backend_error(exc, current)


def build(s: Settings) -> App:
    """The app for these settings, warmed up (model, index, store opened)."""
    from rag.factory import build_app

    return build_app(s).warm_up()


"""The terminal's ingest progress: one rich bar for the file being worked on (i of n) and one
for its stage (reading, chunking, embedding chunks done/total, storing), on stderr."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from rich.console import Console
from rich.markup import escape

from ingest.progress import IngestProgress, ProgressEvents

T = TypeVar("T")


@contextmanager
def ingest_bars(console: Console) -> Iterator[Callable[[IngestProgress], None]]:
    """A context holding the two bars; yields the `on_progress` callback for Library.ingest."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console, transient=True) as bars:
        file_task = bars.add_task("file", total=None)
        stage_task = bars.add_task("  starting", total=None)

        def update(event: IngestProgress) -> None:
            bars.update(file_task, completed=event.file_index, total=event.files,
                        description=f"file {escape(event.file)}")
            bars.update(stage_task, completed=event.done, total=event.total,
                        description=f"  {event.stage} ({event.unit})", refresh=True)  # stages can be short

        yield update


def run_with_bars(console: Console, quiet: bool, run: Callable[[ProgressEvents | None], T]) -> T:
    """`run(on_progress)` with the bars on `console`, or `run(None)` when `quiet` (--json) or
    when stderr is not a terminal (piped output gets no control codes)."""
    if quiet or not console.is_terminal:
        return run(None)
    with ingest_bars(console) as on_progress:
        return run(on_progress)

"""Ingest progress in the Library tab: per file, its stage (reading, chunking, embedding with
chunks done / total), shown while the ingest runs in a worker thread.

Takes the pipeline's progress calls in either form: a stage event (an object or dict with
`stage`, `path`/`file`, `done`, `total`) or the older `(done, total, what)` embedding count.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from .. import render_turns

TICK_S = 0.4


def _get(event: Any, *names: str) -> Any:
    for name in names:
        value = event.get(name) if isinstance(event, dict) else getattr(event, name, None)
        if value is not None:
            return value
    return None


class IngestProgress:
    """The state of each file of one ingest, updated from the pipeline's progress calls."""

    def __init__(self, names: list[str]) -> None:
        self.files: dict[str, dict[str, Any]] = {n: {"stage": "waiting"} for n in names}
        self._lock = threading.Lock()

    def __call__(self, *args: Any, **kw: Any) -> None:
        if len(args) == 1 and not kw:
            event = args[0]
            stage, where = _get(event, "stage"), _get(event, "path", "file", "source", "name")
            done, total = _get(event, "done"), _get(event, "total")
            if stage in ("reading", "chunking"):  # these count files, not chunks
                done = total = None
        else:
            done, total, where = (list(args) + [None] * 3)[:3]
            stage = "embedding"
        name = Path(str(where)).name if where else None
        with self._lock:
            if name not in self.files:  # an event for the whole batch: every file not done yet
                targets = [n for n, st in self.files.items() if st.get("stage") != "done"]
            else:
                targets = [name]
            for n in targets:
                self.files[n] = {"stage": str(stage or "embedding"), "done": done, "total": total}

    def html(self) -> str:
        with self._lock:
            return render_turns.progress_box(dict(self.files))


def run_live(work: Callable[[], Any], tracker: IngestProgress) -> Iterator[tuple[str, Any]]:
    """Run `work` in a thread; yield ('progress', html) every tick, then ('done', its result)."""
    results: queue.Queue = queue.Queue()

    def target() -> None:
        try:
            results.put(("done", work()))
        except BaseException as exc:  # handed to the caller's thread
            results.put(("raise", exc))

    threading.Thread(target=target, daemon=True, name="reportqa-ingest").start()
    yield "progress", tracker.html()
    while True:
        try:
            kind, value = results.get(timeout=TICK_S)
        except queue.Empty:
            yield "progress", tracker.html()
            continue
        if kind == "raise":
            raise value
        yield "done", value
        return

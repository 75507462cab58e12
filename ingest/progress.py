"""Per-file, per-stage ingest progress as typed events, so a CLI bar or a web upload can show
"report.pdf (2 of 3): embedding 480/960 chunks" instead of a bar stuck at 0% while reading.

Stages run in this order for each changed file: reading, chunking; then for all of them
embedding (chunks embedded / all chunks of the run) and storing (chunks stored / all chunks).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)

STAGES = ("reading", "chunking", "embedding", "storing")
LegacyProgress = Callable[[int, int, str], None]  # (chunks embedded, chunks in all, source name)


@dataclass(frozen=True)
class IngestProgress:
    """One step of an ingest: file `file_index` of `files` is at `stage`; `done` of `total`
    counts files while reading and chunking, and chunks while embedding and storing."""

    file: str
    file_index: int
    files: int
    stage: str
    done: int
    total: int

    @property
    def unit(self) -> str:
        return "chunks" if self.stage in ("embedding", "storing") else "files"

    @property
    def fraction(self) -> float:
        """How far this stage is, 0..1 (0 when its total is not known yet)."""
        return min(1.0, self.done / self.total) if self.total else 0.0

    @property
    def label(self) -> str:
        """One line for a status bar: 'report.pdf (2 of 3): embedding 480/960 chunks'."""
        where = f"{self.file} ({self.file_index} of {self.files})"
        if self.unit == "chunks":
            return f"{where}: {self.stage} {self.done}/{self.total} chunks"
        return f"{where}: {self.stage}"


ProgressEvents = Callable[[IngestProgress], None]


class ProgressRelay:
    """Sends typed events to `events` and embedding counts to an old-style `progress`
    callback (done, total, what); either may be None. A failing callback is logged, never
    allowed to break the ingest."""

    def __init__(self, progress: LegacyProgress | None, events: ProgressEvents | None, files: int) -> None:
        self.progress = progress
        self.events = events
        self.files = files
        self.index_of: dict[str, int] = {}  # source name -> file index, for embedding events

    def __call__(self, file: str, file_index: int, stage: str, done: int, total: int) -> None:
        self.index_of.setdefault(file, file_index)
        if self.events is None:
            return
        try:
            self.events(IngestProgress(file, file_index, self.files, stage, done, total))
        except Exception:  # a display problem must not lose an ingest
            log.exception("ingest progress callback failed")

    def embedded(self, done: int, total: int, what: str) -> None:
        """The `_embed` callback: chunks embedded so far, to both kinds of listener."""
        if self.progress is not None:
            self.progress(done, total, what)
        self(what, self.index_of.get(what, self.files), "embedding", done, total)

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
    """An old-style `progress(done, total, what)` callback (chunks embedded) that also sends
    typed IngestProgress events for every stage, so the pipeline passes one object where it
    passed the callback. Either listener may be None; a failing listener is logged, never
    allowed to break the ingest."""

    def __init__(self, progress: LegacyProgress | None, events: ProgressEvents | None, files: int) -> None:
        self.progress = progress
        self.events = events
        self.files = files
        self.index = 0  # the file being read, 1-based
        self.index_of: dict[str, int] = {}  # source name -> file index, for embedding and storing

    @classmethod
    def of(cls, progress: LegacyProgress | None) -> "ProgressRelay":
        """`progress` itself when it is a relay, else a relay around it (no events)."""
        return progress if isinstance(progress, cls) else cls(progress, None, 0)

    def reading(self, file: str) -> None:
        """The next file is being read."""
        self.index += 1
        self.index_of.setdefault(file, self.index)
        self._send(file, self.index, "reading", self.index - 1, self.files)

    def chunking(self, file: str) -> None:
        """The file just read is new or changed and is being chunked."""
        self._send(file, self.index, "chunking", self.index - 1, self.files)

    def stored(self, file: str, done: int, total: int) -> None:
        """A report's chunks are stored: `done` of all `total` chunks so far."""
        self._send(file, self.index_of.get(file, self.files), "storing", done, total)

    def __call__(self, done: int, total: int, what: str) -> None:
        """Chunks embedded so far (the `_embed` callback), to both kinds of listener."""
        if self.progress is not None:
            self.progress(done, total, what)
        self._send(what, self.index_of.get(what, self.files), "embedding", done, total)

    def _send(self, file: str, file_index: int, stage: str, done: int, total: int) -> None:
        if self.events is None:
            return
        try:
            self.events(IngestProgress(file, file_index, self.files, stage, done, total))
        except Exception:  # a display problem must not lose an ingest
            log.exception("ingest progress callback failed")

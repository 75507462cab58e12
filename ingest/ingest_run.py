"""One ingest run's parts outside the library: the files a run reads (folders expanded), the windows of whole
reports embedded together, the stage timings it measures and the report it returns (split out of pipeline.py)."""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .loaders import SUPPORTED
from .types import FileResult


def windows(prepared: list, size: int) -> Iterable[list]:
    """Consecutive groups of whole reports holding about `size` chunks each."""
    window: list = []
    count = 0
    for item in prepared:
        if window and count + len(item[2]) > size:
            yield window
            window, count = [], 0
        window.append(item)
        count += len(item[2])
    if window:
        yield window


@dataclass
class IngestReport:
    """The result of one `ingest` call (the `--json` contract)."""

    files: list[FileResult]
    total_chunks: int
    seconds: float
    chunks_added: int = 0
    failed: list[FileResult] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # reports the index lost chunks of
    timings_ms: dict[str, float] = field(default_factory=dict)  # load, chunk, embed, store, index, total

    def as_dict(self) -> dict:
        out = {"files": [f.as_dict() for f in self.files], "total_chunks": self.total_chunks,
               "seconds": round(self.seconds, 3),
               "timings_ms": {k: round(v, 1) for k, v in self.timings_ms.items()}}
        if self.warnings:
            out["warnings"] = self.warnings
        return out


class Stages(dict):
    """Milliseconds per ingest stage, summed over files and windows: `lap(stage)` adds the time
    since the previous lap (or since creation) to `stage`."""

    def __init__(self) -> None:
        super().__init__(load=0.0, chunk=0.0, embed=0.0, store=0.0, index=0.0)
        self._last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self[stage] = self.get(stage, 0.0) + (now - self._last) * 1000
        self._last = now


def expand_paths(paths: Iterable[Path], skip: Path | None = None) -> list[Path]:
    """Files named, plus the supported files inside folders named (sorted, recursively), leaving out
    hidden ones and those under `skip` (the library's own data folder, when it sits inside one)."""
    out: list[Path] = []
    own = skip.resolve() if skip is not None else None
    for p in paths:
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED
                          and not any(part.startswith(".") for part in f.relative_to(p).parts)
                          and not (own is not None and f.resolve().is_relative_to(own)))
        else:
            out.append(p)
    return out

"""A report's original file, and reading it again: where the file an index entry came from
lives (the path it was ingested from, recorded at ingest in `<data dir>/originals.json`, else
the uploads or reports folder), so the web page can open it at a page and `reportqa reingest`
and the web's Re-ingest button rebuild a report from it.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import UserError
from .manifest import manifest_entries
from .progress import ProgressEvents
from .settings import Settings
from .store import DocRecord
from .types import FileResult

if TYPE_CHECKING:  # the pipeline imports this module to record paths
    from .pipeline import IngestReport, Library

log = logging.getLogger(__name__)

ORIGINALS = "originals.json"


def _registry_path(settings: Settings) -> Path:
    return Path(settings.data_dir) / ORIGINALS


def recorded_paths(settings: Settings) -> dict[str, str]:
    """doc_id -> absolute path of the file each report was last ingested from."""
    try:
        data = json.loads(_registry_path(settings).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def record_originals(settings: Settings, results: Iterable[FileResult]) -> None:
    """Remember where each report that went in (or was unchanged) was read from. Called by the
    pipeline after an ingest; written whole and atomically; a failure is logged, never fatal."""
    found = {r.doc_id: str(Path(r.path).resolve()) for r in results if r.doc_id and r.status != "error"}
    if not found:
        return
    paths = {**recorded_paths(settings), **found}
    target = _registry_path(settings)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".originals-", suffix=".tmp", dir=target.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(paths, out, indent=1, ensure_ascii=False, sort_keys=True)
        os.replace(tmp, target)
    except OSError as exc:
        log.warning("could not record original file paths in %s: %s", target, exc)


def original_file(settings: Settings, record: DocRecord) -> Path | None:
    """The file report `record` was ingested from, when it is still there: the recorded path,
    else the uploads folder, else the reports folder (by name or by its manifest entry)."""
    candidates: list[Path] = []
    for recorded in (getattr(record, "origin", None), recorded_paths(settings).get(record.doc_id)):
        if recorded:  # the registry's own origin field where the store keeps one (issue 11)
            candidates.append(Path(recorded))
    if record.source:
        candidates += [Path(settings.uploads_dir) / record.source, Path(settings.reports_dir) / record.source]
    for name, entry in manifest_entries(Path(settings.reports_dir)).items():
        if str(entry.get("doc_id")) == record.doc_id:
            candidates.append(Path(settings.reports_dir) / name)
    return next((p for p in candidates if p.name and p.is_file()), None)


def find_record(library: "Library", doc_id: str) -> DocRecord:
    """The ingested report `doc_id`; UserError naming the known ids when there is none."""
    docs = library.docs()
    record = next((d for d in docs if d.doc_id == doc_id), None)
    if record is None:
        known = ", ".join(d.doc_id for d in docs) or "none"
        raise UserError(f"no report with id {doc_id!r} (known: {known}); see `reportqa docs`")
    return record


def reingest(library: "Library", doc_id: str, progress: Callable[[int, int, str], None] | None = None,
             on_progress: ProgressEvents | None = None) -> "IngestReport":
    """Read report `doc_id`'s original file again and rebuild its chunks, even when the file is
    unchanged (new chunking or loader settings take effect). UserError when the report or its
    file is gone; the report stays as it was when its file no longer loads."""
    record = find_record(library, doc_id)
    path = original_file(library.settings, record)
    if path is None:
        raise UserError(f"{record.source or doc_id}: the original file is no longer where it was ingested from, "
                        "nor in the uploads or reports folder; ingest or upload it again")
    names = {path: record.source or path.name}
    keys = {path: record.key} if record.key else None  # the same report, not a new one
    # same bytes are rebuilt as a new version beside the old one, which is deleted only after the
    # registry points at the new one: a crash or a bad file at any step leaves the report answering
    report = library.ingest([path], progress=progress, source_names=names, keys=keys, on_progress=on_progress,
                            rebuild={record.doc_id})
    for result in report.files:
        if result.status == "added":
            result.status = "updated"
    return report

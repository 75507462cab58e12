"""Which report each ingested file is: identity matching before anything is embedded.

A file is the report with its identity (an explicit key, the upload name, or its resolved
path) or with its bytes; any other file is a new report. A registered report whose chunks
Chroma holds only in part is "damaged": its original file is read again (never deleted).
Moved out of ingest/pipeline.py unchanged.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Collection
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

from .chunk import Chunker
from .errors import IngestError, UserError
from .identity import Claims, path_key, rebuilt, same_bytes, upload_key
from .loaders import load_file
from .manifest import doc_info, legacy_doc_id, manifest_entry, with_file_metadata
from .progress import ProgressRelay
from .recipe import reader_id
from .store import ChunkStore, DocRecord
from .types import Chunk, FileResult

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]


def damaged_reports(store: ChunkStore, registry: dict[str, DocRecord]) -> dict[str, int]:
    """Reports whose registered version Chroma holds only in part: doc_id -> chunks held."""
    held = {doc: store.version_count(doc, r.content_hash) for doc, r in registry.items()}
    return {doc: n for doc, n in held.items() if n != registry[doc].chunks}


def with_repairs(files: list[Path], damaged: dict[str, int], registry: dict[str, DocRecord],
                 names: dict[Path, str], keys: dict[Path, str]) -> list[Path]:
    """`files` plus the file of each damaged report, to be read again (never deleted)."""
    given = {p.resolve() for p in files}
    out = list(files)
    for doc in damaged:
        record = registry[doc]
        origin = Path(record.origin) if record.origin else None
        if origin is not None and origin.is_file() and origin.resolve() not in given:
            log.warning("%s: the index lost chunks of this report; reading %s again", doc, origin)
            out.append(origin)
            names.setdefault(origin, record.source)
            keys.setdefault(origin, record.key or path_key(origin))
    return out


def prepare(files: list[Path], names: dict[Path, str], keys: dict[Path, str], registry: dict[str, DocRecord],
            damaged: dict[str, int], store: ChunkStore, chunker: Chunker, max_bytes: int,
            progress: Progress | None, stages, rebuild: Collection[str] = ()
            ) -> tuple[list[tuple[Path, DocRecord, list[Chunk]]], list[FileResult]]:
    """Load and chunk each file as the report it is (same identity or same bytes) or a new one;
    a report in `rebuild`, or one an earlier reader chunked (ingest/recipe.py), is chunked again
    even when its bytes are unchanged, as a new version. `stages.lap(name)` hears the end of each
    load and chunk step."""
    claims = Claims(registry.values())
    reader = reader_id(chunker.max_tokens, chunker.overlap_tokens)
    relay = ProgressRelay.of(progress)
    prepared: list[tuple[Path, DocRecord, list[Chunk]]] = []
    results: list[FileResult] = []
    manifests: dict[Path, dict[str, dict]] = {}  # each folder's manifest, read once per run
    for path in files:
        try:
            relay.reading(names.get(path) or path.name)
            loaded, data = load_file(path, max_bytes)
            source = names.get(path) or path.name
            key = keys.get(path) or (upload_key(source) if path in names else path_key(path))
            entry = manifest_entry(path, manifests)
            info = with_file_metadata(doc_info(path, loaded.sections, names.get(path), entry), path, loaded.meta, entry)
            content_hash = hashlib.sha256(data).hexdigest()[:16]
            old, how = claims.match(key, content_hash, legacy_doc_id(path, names.get(path), entry), source)
            reread = None
            if old is not None and same_bytes(old.content_hash, content_hash) and old.doc_id not in damaged:
                if old.doc_id not in rebuild and old.reader == reader:
                    results.append(unchanged(store, path, old, how, key, source))
                    continue
                if old.doc_id not in rebuild:
                    reread = "read again: an earlier version of the reader made its chunks"
                    log.info("%s: %s", old.doc_id, reread)
                content_hash = rebuilt(old.content_hash)  # same bytes, new chunk ids: never remove-then-add
            doc_id = old.doc_id if old is not None else claims.new_id(info.doc_id, source)
            info = replace(info, doc_id=doc_id)
            stages.lap("load")
            relay.chunking(info.source)
            chunks = chunker.chunk(info, loaded.sections, content_hash)
            stages.lap("chunk")
            if not chunks:
                raise IngestError(str(path), "no text to index after cleaning")
            pages = len({s.page for s in loaded.sections if s.page is not None}) if loaded.paged else 0
            record = DocRecord(doc_id, info.title, info.publisher, info.date, info.source, pages, len(chunks),
                               datetime.now(timezone.utc).isoformat(timespec="seconds"), content_hash,
                               key=(old.key or key) if how == "bytes" else key, origin=str(path.resolve()),
                               reader=reader)
            note = (f"repaired: the index held {damaged[doc_id]} of its {old.chunks} chunks"
                    if old is not None and doc_id in damaged else reread)
            prepared.append((path, record, chunks))
            claims.claim(record)
            results.append(FileResult(str(path), doc_id, "updated" if old else "added", len(chunks), note=note))
        except UserError as exc:
            log.info("skipped %s", exc)
            results.append(FileResult(str(path), None, "error", 0, str(exc)))
        except Exception as exc:  # a loader bug must not abort the other files
            log.exception("unexpected failure loading %s", path)
            results.append(FileResult(str(path), None, "error", 0, f"{path}: unexpected error ({type(exc).__name__}): {exc}"))
        stages.lap("load")
    return prepared, results


def unchanged(store: ChunkStore, path: Path, old: DocRecord, how: str, key: str, source: str) -> FileResult:
    """The result for a file already in the library; a record from before identities were
    kept learns this file's identity (a registry-only write: its chunks stay as they are)."""
    note = None
    if how == "bytes" and (old.key != key if old.key else old.source != source):
        note = f"same bytes as {old.source}, already in the library as {old.doc_id}"
    if not old.key and (how == "legacy" or old.source == source):
        store.put_doc(replace(old, key=key, origin=str(path.resolve())))
    return FileResult(str(path), old.doc_id, "unchanged", old.chunks, note=note)

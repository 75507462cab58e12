"""The local index on disk: numbered generations of segments, written atomically and pruned.

A generation is a manifest naming immutable segments plus the keyword index; `CURRENT` names the
live one and is replaced atomically, so a reader sees one complete version (see ingest/index.py).
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import shutil
import tempfile
import zipfile
from pathlib import Path

import numpy as np
from filelock import FileLock

from .index import Segment, Snapshot, no_gc
from .keyword import KeywordIndex, StaleKeywordIndex
from .types import Chunk

log = logging.getLogger(__name__)

FORMAT = 2
# Chunk fields stored as columns in segment.json (text, id and sentence spans are stored apart)
_CHUNK_FIELDS = tuple(f.name for f in dataclasses.fields(Chunk) if f.name not in ("chunk_id", "text", "sentences"))


class IndexFolder:
    """Reads and writes snapshots under one folder, generation by generation."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._damaged = False  # a load found damaged files: the next save rewrites every segment

    @property
    def segments_dir(self) -> Path:
        return self.folder / "segments"

    def current_generation(self) -> int | None:
        try:
            return int((self.folder / "CURRENT").read_text().strip().removeprefix("gen-"))
        except (OSError, ValueError):
            return None

    # -- reading -------------------------------------------------------------------------------
    def load(self, previous: Snapshot | None = None) -> Snapshot | None:
        """The current generation; segments `previous` already holds are reused, not re-read.
        None when there is none or it is unreadable (the caller rebuilds it from Chroma)."""
        for _ in range(3):  # a writer may prune the generation we are reading: try the new one
            gen = self.current_generation()
            if gen is None:
                return None
            try:
                return self._load(gen, previous)
            # a damaged file fails in many ways (a truncated .npz is a BadZipFile): all of them
            # mean the same here, the derived index is rebuilt from Chroma
            except (OSError, ValueError, KeyError, TypeError, AttributeError, EOFError,
                    zipfile.BadZipFile) as exc:
                if self.current_generation() == gen:
                    self._damaged = True
                    log.warning("local index %s unreadable (%s): it will be rebuilt from Chroma",
                                self.folder / f"gen-{gen}", exc)
                    return None
        return None

    def _load(self, gen: int, previous: Snapshot | None) -> Snapshot:
        with no_gc():
            return self._load_gen(gen, previous)

    def _load_gen(self, gen: int, previous: Snapshot | None) -> Snapshot:
        path = self.folder / f"gen-{gen}"
        if not (path / "manifest.json").exists():
            return self._load_flat(gen, path)
        manifest = json.loads((path / "manifest.json").read_text())
        have = {s.key: s for s in previous.segments} if previous is not None else {}
        segments = [have.get(key) or self._read_segment(key) for key in manifest["segments"]]
        total = sum(len(s.chunks) for s in segments)
        try:
            keyword = KeywordIndex.load(path / "bm25", total)
        except StaleKeywordIndex as exc:  # the chunks are current, only their token counts are not
            log.info("%s; rebuilt in memory until the next ingest saves it", exc)
            keyword = None
        return Snapshot(gen, segments=segments, keyword=keyword, dim=int(manifest.get("dim", 0)) or None)

    def _read_segment(self, key: str) -> Segment:
        path = self.segments_dir / key
        meta = json.loads((path / "segment.json").read_text())
        # memory-mapped: the answer path reads a few rows per question, so the vectors stay in
        # the page cache (shared by every process on the machine) instead of each process's heap
        vectors = np.load(path / "sentences.npy", mmap_mode="r")
        offsets = np.load(path / "offsets.npy")
        n = len(meta["ids"]) if "ids" in meta else len(meta["chunks"])
        if len(offsets) != n + 1 or offsets[-1] != len(vectors):
            raise ValueError(f"segment {key} is inconsistent")
        if "ids" not in meta:  # the first segment layout: one metadata record per chunk
            chunks = [Chunk.from_record(r["id"], r["text"], r["meta"]) for r in meta["chunks"]]
            return Segment(meta["doc_id"], meta["content_hash"], chunks, vectors, offsets)
        # columns: a field every chunk shares is stored (and held in memory) once
        spans = np.load(path / "spans.npy").tolist()
        if len(spans) != len(vectors) or len(meta["texts"]) != n:
            raise ValueError(f"segment {key} is inconsistent")
        const = {k: v["const"] for k, v in meta["fields"].items() if "const" in v}
        varying = {k: v["values"] for k, v in meta["fields"].items() if "values" in v}
        bounds = offsets.tolist()
        chunks = [Chunk(chunk_id=cid, text=text, sentences=list(map(tuple, spans[bounds[j]:bounds[j + 1]])),
                        **const, **{k: col[j] for k, col in varying.items()})
                  for j, (cid, text) in enumerate(zip(meta["ids"], meta["texts"]))]
        return Segment(meta["doc_id"], meta["content_hash"], chunks, vectors, offsets)

    def _load_flat(self, gen: int, path: Path) -> Snapshot:
        """A generation written before segments existed (format 1): one flat set of files."""
        records = json.loads((path / "chunks.json").read_text())
        chunks = [Chunk.from_record(r["id"], r["text"], r["meta"]) for r in records]
        vectors = np.load(path / "sentences.npy")
        offsets = np.load(path / "offsets.npy")
        return Snapshot(gen, chunks, vectors, offsets, None)

    # -- writing -------------------------------------------------------------------------------
    def save(self, snap: Snapshot) -> None:
        """Write the segments not yet on disk, then the generation (manifest + keyword index) in
        a temp folder renamed into place, then switch CURRENT. Writers take a file lock."""
        self.folder.mkdir(parents=True, exist_ok=True)
        with FileLock(str(self.folder / ".write.lock"), timeout=600):
            self.segments_dir.mkdir(exist_ok=True)
            for seg in snap.segments:
                self._write_segment(seg, replace=self._damaged)
            tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=self.folder))
            try:
                manifest = {"format": FORMAT, "generation": snap.generation, "dim": snap.dim,
                            "segments": [s.key for s in snap.segments],
                            "chunks": [len(s.chunks) for s in snap.segments]}
                (tmp / "manifest.json").write_text(json.dumps(manifest))
                snap.keyword.save(tmp / "bm25")
                _fsync_tree(tmp)
                final = self.folder / f"gen-{snap.generation}"
                if final.exists():
                    shutil.rmtree(final)
                os.replace(tmp, final)
                pointer = self.folder / ".CURRENT.tmp"
                pointer.write_text(f"gen-{snap.generation}\n")
                with open(pointer, "rb+") as fh:
                    os.fsync(fh.fileno())
                os.replace(pointer, self.folder / "CURRENT")
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
            self._prune(keep=snap.generation)
            self._damaged = False

    def _write_segment(self, seg: Segment, replace: bool = False) -> None:
        final = self.segments_dir / seg.key
        if final.exists() and not replace:
            return  # segments are immutable: same key, same content
        tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=self.segments_dir))
        try:
            fields = {}
            for name in _CHUNK_FIELDS:
                values = [getattr(c, name) for c in seg.chunks]
                fields[name] = {"const": values[0]} if all(v == values[0] for v in values) else {"values": values}
            meta = {"doc_id": seg.doc_id, "content_hash": seg.content_hash, "ids": [c.chunk_id for c in seg.chunks],
                    "texts": [c.text for c in seg.chunks], "fields": fields}
            (tmp / "segment.json").write_text(json.dumps(meta, ensure_ascii=False))
            spans = [span for c in seg.chunks for span in c.sentences]
            np.save(tmp / "spans.npy", np.asarray(spans, dtype=np.int64).reshape(len(spans), 2))
            np.save(tmp / "sentences.npy", seg.vectors)
            np.save(tmp / "offsets.npy", seg.offsets)
            _fsync_tree(tmp)
            if final.exists():  # replacing a damaged copy: move it aside (pruned like temp folders)
                os.replace(final, Path(tempfile.mkdtemp(prefix=".tmp-", dir=self.segments_dir)) / "damaged")
            os.replace(tmp, final)
        except OSError:
            if not final.exists():
                raise
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    def _prune(self, keep: int) -> None:
        """Drop older generations, segments no kept generation names, and abandoned temp
        folders; the previous generation stays for readers that are loading it right now."""
        kept = {f"gen-{keep}", f"gen-{keep - 1}"}
        for child in self.folder.iterdir():
            if not child.is_dir():
                continue
            old_gen = child.name.startswith("gen-") and child.name not in kept
            if old_gen or child.name.startswith(".tmp-"):
                shutil.rmtree(child, ignore_errors=True)
        named: set[str] = set()
        for name in kept:
            try:
                named |= set(json.loads((self.folder / name / "manifest.json").read_text())["segments"])
            except (OSError, ValueError, KeyError):
                continue
        for child in self.segments_dir.iterdir():
            if child.name not in named:
                shutil.rmtree(child, ignore_errors=True)


def _fsync_tree(path: Path) -> None:
    for file in path.rglob("*"):
        if file.is_file():
            with open(file, "rb") as fh:
                os.fsync(fh.fileno())
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

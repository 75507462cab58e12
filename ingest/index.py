"""The local read-side index: chunks, sentence vectors, parsed figures and the BM25 index.

It is derived from Chroma and written as numbered generations (`gen-N/` plus a `CURRENT`
pointer replaced atomically), so a reader always sees one complete version, and an interrupted
write leaves only an unreferenced folder. When its generation differs from Chroma's it is
rebuilt from Chroma, which is how several processes (and server mode) stay consistent.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .figures import Figure, parse_figures
from .keyword import KeywordIndex
from .types import Chunk

log = logging.getLogger(__name__)


@dataclass
class SentenceInfo:
    """Question-independent facts about one sentence of a chunk, computed once."""

    start: int
    end: int
    figures: list[Figure]


@dataclass
class Snapshot:
    """One consistent version of the index, held in memory for the answer path."""

    generation: int
    chunks: list[Chunk]
    sentence_vectors: np.ndarray  # (total sentences, dim) float16, chunk i's rows from offsets[i]
    offsets: np.ndarray            # (len(chunks) + 1,) int64
    keyword: KeywordIndex
    position: dict[str, int] = field(default_factory=dict)
    sentences: list[list[SentenceInfo]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.position = {c.chunk_id: i for i, c in enumerate(self.chunks)}
        if not self.sentences:
            self.sentences = [
                [SentenceInfo(s, e, parse_figures(c.text[s:e])) for s, e in c.sentences] for c in self.chunks
            ]

    def vectors_of(self, i: int) -> np.ndarray:
        return self.sentence_vectors[self.offsets[i]:self.offsets[i + 1]]

    @property
    def doc_ids(self) -> set[str]:
        return {c.doc_id for c in self.chunks}

    @classmethod
    def build(cls, generation: int, chunks: list[Chunk], sentence_vectors: list[np.ndarray], dim: int) -> "Snapshot":
        counts = [len(c.sentences) for c in chunks]
        offsets = np.zeros(len(chunks) + 1, dtype=np.int64)
        offsets[1:] = np.cumsum(counts)
        mat = np.concatenate(sentence_vectors).astype(np.float16) if sentence_vectors else np.zeros((0, dim), np.float16)
        keyword = KeywordIndex.build([c.text for c in chunks])
        return cls(generation, chunks, mat, offsets, keyword)

    def replace_docs(self, generation: int, drop: set[str], chunks: list[Chunk], vectors: list[np.ndarray]) -> "Snapshot":
        """A new snapshot without the reports in `drop`, plus the given chunks (incremental)."""
        keep = [i for i, c in enumerate(self.chunks) if c.doc_id not in drop]
        kept_chunks = [self.chunks[i] for i in keep] + chunks
        kept_vecs = [self.vectors_of(i).astype(np.float32) for i in keep] + list(vectors)
        return Snapshot.build(generation, kept_chunks, kept_vecs, self.sentence_vectors.shape[1])


class IndexFolder:
    """Reads and writes snapshots under one folder, generation by generation."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def current_generation(self) -> int | None:
        try:
            return int((self.folder / "CURRENT").read_text().strip().removeprefix("gen-"))
        except (OSError, ValueError):
            return None

    def load(self) -> Snapshot | None:
        gen = self.current_generation()
        if gen is None:
            return None
        path = self.folder / f"gen-{gen}"
        try:
            records = json.loads((path / "chunks.json").read_text())
            chunks = [Chunk.from_record(r["id"], r["text"], r["meta"]) for r in records]
            vectors = np.load(path / "sentences.npy")
            offsets = np.load(path / "offsets.npy")
            keyword = KeywordIndex.load(path / "bm25", len(chunks))
        except (OSError, ValueError, KeyError, json.JSONDecodeError) as exc:
            log.warning("local index %s unreadable (%s): it will be rebuilt from Chroma", path, exc)
            return None
        return Snapshot(gen, chunks, vectors, offsets, keyword)

    def save(self, snap: Snapshot) -> None:
        """Write a generation in a temp folder, rename it into place, then switch CURRENT."""
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=self.folder))
        try:
            records = [{"id": c.chunk_id, "text": c.text, "meta": c.metadata()} for c in snap.chunks]
            (tmp / "chunks.json").write_text(json.dumps(records, ensure_ascii=False))
            np.save(tmp / "sentences.npy", snap.sentence_vectors)
            np.save(tmp / "offsets.npy", snap.offsets)
            snap.keyword.save(tmp / "bm25")
            _fsync_dir(tmp)
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

    def _prune(self, keep: int) -> None:
        """Drop older generations and abandoned temp folders; the previous generation stays for
        readers that are loading it right now."""
        for child in self.folder.iterdir():
            if not child.is_dir():
                continue
            old_gen = child.name.startswith("gen-") and child.name not in (f"gen-{keep}", f"gen-{keep - 1}")
            if old_gen or child.name.startswith(".tmp-"):
                shutil.rmtree(child, ignore_errors=True)


def _fsync_dir(path: Path) -> None:
    for file in path.rglob("*"):
        if file.is_file():
            with open(file, "rb") as fh:
                os.fsync(fh.fileno())

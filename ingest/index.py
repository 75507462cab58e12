"""The local read-side index: chunks, sentence vectors, parsed figures and the BM25 index.

It is derived from Chroma and written as numbered generations (`gen-N/` plus a `CURRENT`
pointer replaced atomically), so a reader always sees one complete version, and an interrupted
write leaves only an unreferenced folder. When its generation differs from Chroma's it is
rebuilt from Chroma, which is how several processes (and server mode) stay consistent.

Each report version is one immutable *segment* (`segments/<doc>-<hash>/`: its chunks and their
sentence vectors), shared by every generation that contains it; a generation is a manifest
naming its segments plus the keyword index over all of them. Ingesting or removing one report
therefore writes one segment and the keyword index, and a process that already holds a
snapshot loads only the segments it lacks: the cost of a change does not grow with the size of
the library. Sentence figures are parsed the first time the answerer looks at a chunk. This module
holds the in-memory snapshot; ingest/index_folder.py reads and writes its generations on disk.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import logging
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

import numpy as np

from .figures import Figure, parse_figures
from .keyword import KeywordIndex, keyword_text
from .types import Chunk

log = logging.getLogger(__name__)

# Values a snapshot keeps for its readers (Snapshot.derived), bounded on a big library: a passage's
# facts for the answerer are ~30 KiB (its sentence vectors as float32 are 12 of them), so <= ~60 MiB.
MEMO_KEPT = 2048
_ABSENT = object()


@dataclass
class SentenceInfo:
    """Question-independent facts about one sentence of a chunk, computed once."""

    start: int
    end: int
    figures: list[Figure]


@contextlib.contextmanager
def no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building a big snapshot: its full passes over
    hundreds of thousands of fresh objects cost seconds and free nothing (no cycles here)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def segment_key(doc_id: str, content_hash: str) -> str:
    """A folder name for one report version: readable, unique, safe on every file system."""
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", doc_id).strip("-.")[:48] or "doc"
    digest = hashlib.sha1(f"{doc_id}\0{content_hash}".encode()).hexdigest()[:12]
    return f"{slug}-{digest}"


@dataclass(eq=False)
class Segment:
    """The chunks of one report version with their sentence vectors; never modified once built."""

    doc_id: str
    content_hash: str
    chunks: list[Chunk]
    vectors: np.ndarray  # (sentences, dim) float16; chunk j's rows are offsets[j]:offsets[j + 1]
    offsets: np.ndarray  # (len(chunks) + 1,) int64
    infos: list[list[SentenceInfo] | None] = field(default_factory=list)

    def __post_init__(self) -> None:
        if len(self.infos) != len(self.chunks):
            self.infos = [None] * len(self.chunks)

    @property
    def key(self) -> str:
        return segment_key(self.doc_id, self.content_hash)

    def sentence_infos(self, j: int) -> list[SentenceInfo]:
        """Chunk j's sentences with their figures (parsed on first use, then kept)."""
        got = self.infos[j]
        if got is None:
            c = self.chunks[j]
            got = [SentenceInfo(s, e, parse_figures(c.text[s:e])) for s, e in c.sentences]
            self.infos[j] = got
        return got

    @classmethod
    def build(cls, chunks: list[Chunk], vectors: Sequence[np.ndarray], dim: int) -> "Segment":
        counts = [len(c.sentences) for c in chunks]
        offsets = np.zeros(len(chunks) + 1, dtype=np.int64)
        offsets[1:] = np.cumsum(counts)
        rows = [np.asarray(v) for v in vectors if len(v)]
        mat = np.concatenate(rows).astype(np.float16) if rows else np.zeros((0, dim), np.float16)
        if len(mat) != offsets[-1]:
            raise ValueError(f"{chunks[0].doc_id}: {len(mat)} sentence vectors for {offsets[-1]} sentences")
        return cls(chunks[0].doc_id, chunks[0].content_hash, chunks, mat, offsets)


def group_segments(chunks: Sequence[Chunk], vectors: Sequence[np.ndarray], dim: int) -> list[Segment]:
    """Chunks (with their per-chunk sentence vectors) as one segment per report version, in
    order of first appearance; chunk order within a report is kept."""
    groups: dict[tuple[str, str], tuple[list[Chunk], list[np.ndarray]]] = {}
    for i, c in enumerate(chunks):
        cs, vs = groups.setdefault((c.doc_id, c.content_hash), ([], []))
        cs.append(c)
        vs.append(vectors[i] if i < len(vectors) else np.zeros((0, dim), np.float32))
    return [Segment.build(cs, vs, dim) for cs, vs in groups.values()]


class _SentenceView(Sequence):
    """`snapshot.sentences[i]`: chunk i's SentenceInfo list, computed on first access."""

    def __init__(self, snap: "Snapshot") -> None:
        self._snap = snap

    def __len__(self) -> int:
        return len(self._snap.chunks)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        seg, j = self._snap.locate(i)
        return seg.sentence_infos(j)

    def __iter__(self) -> Iterator[list[SentenceInfo]]:
        for seg in self._snap.segments:
            for j in range(len(seg.chunks)):
                yield seg.sentence_infos(j)


class Snapshot:
    """One consistent version of the index, held in memory for the answer path.

    `chunks[i]`, `keyword` row i, `vectors_of(i)` and `sentences[i]` all describe the same chunk.
    `Snapshot(generation, chunks, sentence_vectors, offsets, keyword)` still builds one from flat
    arrays; normally snapshots are made by `build`, `replace_docs` and `IndexFolder.load`.
    """

    def __init__(self, generation: int, chunks: list[Chunk] | None = None,
                 sentence_vectors: np.ndarray | None = None, offsets: np.ndarray | None = None,
                 keyword: KeywordIndex | None = None, *, segments: list[Segment] | None = None,
                 dim: int | None = None, **_ignored) -> None:
        if segments is None:
            segments, keyword = _from_flat(chunks or [], sentence_vectors, offsets, keyword, dim or 0)
        self.generation = generation
        self.segments = segments
        self.dim = dim or next((s.vectors.shape[1] for s in segments), 0) or (
            sentence_vectors.shape[1] if sentence_vectors is not None and sentence_vectors.ndim == 2 else 0)
        self.chunks: list[Chunk] = [c for s in segments for c in s.chunks]
        self.keyword = keyword if keyword is not None else KeywordIndex.build([keyword_text(c.text, c.section) for c in self.chunks])
        if self.keyword.size != len(self.chunks):
            raise ValueError(f"keyword index holds {self.keyword.size} chunks, snapshot {len(self.chunks)}")
        sizes = [len(s.chunks) for s in segments]
        self._starts = np.zeros(len(segments) + 1, dtype=np.int64)
        self._starts[1:] = np.cumsum(sizes)
        self._seg_of = np.repeat(np.arange(len(segments), dtype=np.int32), sizes)
        self.position: dict[str, int] = {c.chunk_id: i for i, c in enumerate(self.chunks)}
        self.sentences = _SentenceView(self)
        self._flat: tuple[np.ndarray, np.ndarray] | None = None
        self.memo: dict = {}  # see `derived`

    # -- reading -------------------------------------------------------------------------------
    def derived(self, key, make):
        """A value readers derive from this version alone (`make()`, e.g. a passage's parsed facts):
        made on first use, then kept with the snapshot (past MEMO_KEPT values the oldest is dropped)."""
        got = self.memo.get(key, _ABSENT)
        if got is _ABSENT:
            if len(self.memo) >= MEMO_KEPT:
                with contextlib.suppress(StopIteration, RuntimeError, KeyError):  # another thread dropped it
                    self.memo.pop(next(iter(self.memo)))
            got = self.memo[key] = make()
        return got

    @functools.cached_property
    def doc_codes(self) -> tuple[np.ndarray, dict[str, int], np.ndarray]:
        """(code of each chunk's report, code of each doc id, chunks per code): report-level counts in O(1)."""
        codes: dict[str, int] = {}
        per_chunk = np.fromiter((codes.setdefault(c.doc_id, len(codes)) for c in self.chunks), dtype=np.int32,
                                count=len(self.chunks))
        return per_chunk, codes, np.bincount(per_chunk, minlength=len(codes))

    def report_share(self, token: str, doc_id: str) -> float:
        """Share of `doc_id`'s chunks that hold the (tokenized) term: 'china' is in most of a China report."""
        per_chunk, codes, sizes = self.doc_codes
        code = codes.get(doc_id)
        if code is None or not sizes[code]:
            return 0.0
        return float(np.count_nonzero(per_chunk[self.keyword.chunks_with(token)] == code)) / float(sizes[code])

    def locate(self, i: int) -> tuple[Segment, int]:
        """The segment holding chunk i and the chunk's index in it."""
        if i < 0:
            i += len(self.chunks)
        s = int(self._seg_of[i])
        return self.segments[s], i - int(self._starts[s])

    def vectors_of(self, i: int) -> np.ndarray:
        seg, j = self.locate(i)
        return seg.vectors[seg.offsets[j]:seg.offsets[j + 1]]

    @property
    def doc_ids(self) -> set[str]:
        return {s.doc_id for s in self.segments}

    def chunk_mask(self, doc_ids: Sequence[str] | set[str]) -> np.ndarray:
        """True for the chunks of the given reports (one entry per chunk)."""
        wanted = set(doc_ids)
        return np.repeat(np.array([s.doc_id in wanted for s in self.segments], dtype=bool),
                         [len(s.chunks) for s in self.segments])

    @property
    def sentence_vectors(self) -> np.ndarray:
        """All sentence vectors in chunk order (concatenated on first use)."""
        return self._flatten()[0]

    @property
    def offsets(self) -> np.ndarray:
        return self._flatten()[1]

    def _flatten(self) -> tuple[np.ndarray, np.ndarray]:
        if self._flat is None:
            mats = [s.vectors for s in self.segments]
            mat = np.concatenate(mats) if mats else np.zeros((0, self.dim), np.float16)
            counts = np.concatenate([np.diff(s.offsets) for s in self.segments]) if self.segments else np.zeros(0)
            offsets = np.zeros(len(self.chunks) + 1, dtype=np.int64)
            offsets[1:] = np.cumsum(counts)
            self._flat = (mat, offsets)
        return self._flat

    # -- new versions ----------------------------------------------------------------------------
    @classmethod
    def build(cls, generation: int, chunks: list[Chunk], sentence_vectors: list[np.ndarray], dim: int) -> "Snapshot":
        with no_gc():
            segments = group_segments(chunks, sentence_vectors, dim)
            keyword = KeywordIndex.build([keyword_text(c.text, c.section) for s in segments for c in s.chunks])
            return cls(generation, segments=segments, keyword=keyword, dim=dim)

    def replace_docs(self, generation: int, drop: set[str], chunks: list[Chunk], vectors: list[np.ndarray]) -> "Snapshot":
        """A new snapshot without the reports in `drop`, plus the given chunks (incremental: the
        kept segments are shared and the keyword index is patched, not rebuilt)."""
        with no_gc():
            return self._replace_docs(generation, drop, chunks, vectors)

    def _replace_docs(self, generation: int, drop: set[str], chunks: list[Chunk], vectors: list[np.ndarray]) -> "Snapshot":
        new = group_segments(chunks, vectors, self.dim)
        new_keys = {s.key for s in new}
        kept = [s.doc_id not in drop and s.key not in new_keys for s in self.segments]
        keep = np.repeat(np.array(kept, dtype=bool), [len(s.chunks) for s in self.segments])
        keyword = self.keyword.replace(keep, [keyword_text(c.text, c.section) for s in new for c in s.chunks])
        segments = [s for s, k in zip(self.segments, kept) if k] + new
        return Snapshot(generation, segments=segments, keyword=keyword, dim=self.dim)


def _from_flat(chunks: list[Chunk], vectors: np.ndarray | None, offsets: np.ndarray | None,
               keyword: KeywordIndex | None, dim: int) -> tuple[list[Segment], KeywordIndex | None]:
    """Segments from the flat (chunks, sentence vectors, offsets) layout of format 1."""
    if vectors is None or offsets is None:
        per_chunk = [np.zeros((len(c.sentences), dim), np.float32) for c in chunks]
    else:
        per_chunk = [vectors[offsets[i]:offsets[i + 1]] for i in range(len(chunks))]
    dim = dim or (vectors.shape[1] if vectors is not None and vectors.ndim == 2 else 0)
    segments = group_segments(chunks, per_chunk, dim)
    if [c.chunk_id for s in segments for c in s.chunks] != [c.chunk_id for c in chunks]:
        keyword = None  # grouping reordered the chunks: the keyword rows must follow
    return segments, keyword

"""Chroma: the source of truth for chunks, their vectors and the list of ingested reports.

Embedded PersistentClient by default, HttpClient when REPORTQA_CHROMA_HOST is set. One chunk
collection per embedding model (vectors of different models never mix) and a small registry
collection with one record per report. We always pass our own vectors, so Chroma's default
embedding function (which would download a model) is never used.
"""

from __future__ import annotations

import base64
import logging
import os
import time
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .errors import BackendUnavailable
from .settings import Settings, use_offline_env
from .types import Chunk

log = logging.getLogger(__name__)

_PAGE = 2000  # records per get/add call (capped by the server's max batch size)
_SV_PART = 4000  # characters per sentence-vector metadata value (Chroma Cloud allows 4 KiB)
# HNSW candidate list per query (Chroma's default is 100). HNSW is approximate and its graph is
# built by several threads, so with 100 two builds of the same reports returned different top-40s
# for 0-4 of ~490 questions and answers changed between machines; with ef >= the collection's
# size the search reaches every chunk (exact). Beyond it (100,000 synthetic chunks, one process,
# docs/benchmarks.md): recall of the top 40 against exact cosine 0.94 at ef 100, 0.97 at 200,
# 0.99 at 512, for 1.8 / 2.2 / 3.7 ms CPU per query (an answer ~22 -> ~25 ms CPU at 512).
SEARCH_EF = 512
# Chroma's embedded database files: any write to the collection's state changes one of them.
DB_FILES = ("chroma.sqlite3", "chroma.sqlite3-wal", "chroma.sqlite3-journal")
# A file signature is trusted only once its newest change is this old: a write within the same
# timestamp tick as the stat could otherwise leave size and mtime unchanged (git's "racy" rule).
SETTLE_S = 2.0


def encode_sentence_vectors(vectors: np.ndarray) -> dict[str, str]:
    """A chunk's sentence vectors (float16) as metadata values `sv0`, `sv1`, ... so an app on
    another machine can rebuild its local index from Chroma without re-running the model."""
    text = base64.b64encode(np.ascontiguousarray(vectors, dtype=np.float16).tobytes()).decode("ascii")
    return {f"sv{i}": text[j:j + _SV_PART] for i, j in enumerate(range(0, len(text), _SV_PART))}


def decode_sentence_vectors(meta: dict, sentences: int) -> np.ndarray | None:
    """The vectors `encode_sentence_vectors` stored, or None when the record has none."""
    if sentences == 0:
        return None
    parts = []
    while (part := meta.get(f"sv{len(parts)}")) is not None:
        parts.append(str(part))
    if not parts:
        return None
    try:
        flat = np.frombuffer(base64.b64decode("".join(parts)), dtype=np.float16)
    except ValueError:
        return None
    if flat.size == 0 or flat.size % sentences:
        return None
    return flat.reshape(sentences, -1)


def open_client(settings: Settings):
    """The Chroma client the settings ask for (never at import time)."""
    use_offline_env()
    from .chroma_import import chroma_loading, import_chromadb

    chromadb = import_chromadb()
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.server_mode:
        try:
            with chroma_loading():
                client = chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings)
            client.heartbeat()
        except Exception as exc:
            raise BackendUnavailable(
                f"Chroma server at {settings.chroma_host}:{settings.chroma_port} is unreachable: start it "
                "(`chroma run --path DIR --port PORT`) or unset REPORTQA_CHROMA_HOST") from exc
        return client
    settings.chroma_dir.mkdir(parents=True, exist_ok=True)
    with _opening(settings.chroma_dir), chroma_loading():
        return chromadb.PersistentClient(path=str(settings.chroma_dir), settings=chroma_settings)


@contextmanager
def _opening(chroma_dir: Path) -> Iterator[None]:
    """One process at a time opens the Chroma folder: Chroma creates its tables when a client first
    opens a folder, and two processes opening a new one at once raced there ('table collections already
    exists'). A lock this user cannot take (a folder it may only read) or a holder stuck past two
    minutes leaves the opening unlocked, as before."""
    from filelock import FileLock

    lock = FileLock(str(chroma_dir) + ".open.lock", timeout=120)
    try:
        lock.acquire()
    except OSError:  # filelock's Timeout is one too
        lock = None
    try:
        yield
    finally:
        if lock is not None:
            lock.release()


def reopen_client(settings: Settings):
    """A fresh embedded client: Chroma's in-process client keeps the vector index it loaded, so
    a long-running process would never see vectors another process added (measured: a second
    process's add is counted but not returned by query until the client is recreated)."""
    if settings.server_mode:
        return open_client(settings)
    from chromadb.api.shared_system_client import SharedSystemClient

    SharedSystemClient.clear_system_cache()  # forget, don't stop: in-flight calls finish on the old one
    return open_client(settings)


@dataclass
class DocRecord:
    """One ingested report, as `reportqa docs` lists it."""

    doc_id: str
    title: str
    publisher: str
    date: str
    source: str
    pages: int
    chunks: int
    ingested_at: str
    content_hash: str
    key: str = ""     # the file as the user gave it (identity.path_key/upload_key); "" before issue 11
    origin: str = ""  # the path last ingested, to re-ingest from when the index lost chunks
    reader: str = ""  # ingest/recipe.reader_id of the code that made the chunks; "" before it was kept

    def as_dict(self) -> dict:
        return {k: getattr(self, k) for k in ("doc_id", "title", "publisher", "date", "source", "pages", "chunks", "ingested_at")}


class ChunkStore:
    """Chunks (text, metadata, vector) and the report registry in Chroma."""

    def __init__(self, client, collection_name: str, db_dir: Path | None = None) -> None:
        self.client = client
        self.name = collection_name
        # the embedded database's files (None against a server): unchanged files, unchanged state
        self._db_files = tuple(Path(db_dir) / f for f in DB_FILES) if db_dir is not None else ()
        self._known: tuple[tuple, dict] | None = None  # (files' signature, state read with it)
        self.chunks = client.get_or_create_collection(
            collection_name, embedding_function=None,
            configuration={"hnsw": {"space": "cosine", "ef_search": SEARCH_EF}},
            metadata={"generation": 0, "dirty": 0},
        )
        self._widen_search()
        try:
            self.page = max(1, min(_PAGE, int(client.get_max_batch_size())))
        except Exception:  # pragma: no cover - older clients
            self.page = _PAGE
        self.registry = client.get_or_create_collection(
            f"{collection_name}-docs", embedding_function=None, metadata={"kind": "registry"},
        )

    def _widen_search(self) -> None:
        """An index made before SEARCH_EF (or by another tool) gets it too: ef_search is one of
        the settings Chroma lets a collection change after it was made."""
        hnsw = (getattr(self.chunks, "configuration", None) or {}).get("hnsw") or {}
        if hnsw.get("ef_search") != SEARCH_EF:
            try:
                self.chunks.modify(configuration={"hnsw": {"ef_search": SEARCH_EF}})
            except Exception as exc:  # noqa: BLE001 - a server that refuses keeps its own setting
                log.warning("could not set the Chroma collection's ef_search to %d: %s", SEARCH_EF, exc)

    # -- state -------------------------------------------------------------------------------
    def state(self) -> dict:
        """The collection's generation counter and dirty flag (a write was under way). Read from
        Chroma (~0.6 ms, a tenth of a question's retrieval) unless the embedded database's files
        are as they were at the last read and settled (a stat each, ~15 us)."""
        signature = self._signature()
        known = self._known
        if signature is not None and known is not None and known[0] == signature:
            return dict(known[1])
        meta = self.client.get_collection(self.name, embedding_function=None).metadata or {}
        state = {"generation": int(meta.get("generation", 0)), "dirty": int(meta.get("dirty", 0))}
        # taken before the read: a write meanwhile changes the files, so the next call reads again
        self._known = (signature, dict(state)) if signature is not None else None
        return state

    def _signature(self) -> tuple | None:
        """Inode, size and mtime of each database file; None against a server, or while a file
        changed within SETTLE_S (its next change might not move size or mtime)."""
        if not self._db_files:
            return None
        signature, newest = [], 0
        for path in self._db_files:
            try:
                st = os.stat(path)
            except FileNotFoundError:
                signature.append(None)
                continue
            signature.append((st.st_ino, st.st_size, st.st_mtime_ns))
            newest = max(newest, st.st_mtime_ns)
        if time.time_ns() - newest < SETTLE_S * 1e9:
            return None
        return tuple(signature)

    def set_state(self, generation: int, dirty: int) -> None:
        meta = dict(self.chunks.metadata or {})
        meta.update(generation=generation, dirty=dirty)
        meta.pop("hnsw:space", None)
        self.chunks.modify(metadata=meta)

    # -- chunks ------------------------------------------------------------------------------
    def add(self, chunks: Sequence[Chunk], vectors: np.ndarray,
            sentence_vectors: Sequence[np.ndarray] | None = None) -> None:
        """Upsert chunks with their vectors (and, when given, their sentence vectors)."""
        page = self.page
        for i in range(0, len(chunks), page):
            part = chunks[i:i + page]
            metas = [c.metadata() for c in part]
            if sentence_vectors is not None:
                for meta, sv in zip(metas, sentence_vectors[i:i + page]):
                    if len(sv):
                        meta.update(encode_sentence_vectors(sv))
            self.chunks.upsert(
                ids=[c.chunk_id for c in part], embeddings=vectors[i:i + page],
                documents=[c.text for c in part], metadatas=metas,
            )

    def delete_doc(self, doc_id: str, keep_hash: str | None = None) -> None:
        """Delete a report's chunks (all, or all but the version with `keep_hash`)."""
        where: dict = {"doc_id": doc_id}
        if keep_hash is not None:
            where = {"$and": [{"doc_id": doc_id}, {"content_hash": {"$ne": keep_hash}}]}
        self.chunks.delete(where=where)

    def version_count(self, doc_id: str, content_hash: str) -> int:
        """How many chunks of one version of a report Chroma holds."""
        where = {"$and": [{"doc_id": doc_id}, {"content_hash": content_hash}]}
        return len(self.chunks.get(where=where, include=[])["ids"])

    def delete_orphans(self, known: dict[str, str], keep_docs: Collection[str] = ()) -> int:
        """Remove chunks no registered report version owns (left by an interrupted ingest); the
        registered versions are never touched, nor anything of the reports in `keep_docs`."""
        before = self.chunks.count()
        if known:
            self.chunks.delete(where={"doc_id": {"$nin": list(known)}})
            for doc_id, content_hash in known.items():
                if doc_id not in keep_docs:
                    self.delete_doc(doc_id, keep_hash=content_hash)
        elif before:
            ids = [cid for batch in self._iter_ids() for cid in batch]
            for i in range(0, len(ids), self.page):
                self.chunks.delete(ids=ids[i:i + self.page])
        return before - self.chunks.count()

    def _iter_ids(self) -> Iterator[list[str]]:
        offset = 0
        while True:
            got = self.chunks.get(limit=self.page, offset=offset, include=[])
            if not got["ids"]:
                return
            yield got["ids"]
            offset += len(got["ids"])

    def iter_chunks(self, doc_id: str | None = None) -> Iterator[Chunk]:
        """Every stored chunk (of one report), for rebuilding the local indexes."""
        for chunk, _ in self.iter_chunks_with_vectors(doc_id):
            yield chunk

    def iter_chunks_with_vectors(self, doc_id: str | None = None) -> Iterator[tuple[Chunk, np.ndarray | None]]:
        """Every stored chunk (of one report) with its stored sentence vectors (None if absent)."""
        offset = 0
        where = {"doc_id": doc_id} if doc_id else None
        while True:
            got = self.chunks.get(where=where, limit=self.page, offset=offset, include=["documents", "metadatas"])
            if not got["ids"]:
                return
            for cid, text, meta in zip(got["ids"], got["documents"], got["metadatas"]):
                chunk = Chunk.from_record(cid, text, meta)
                yield chunk, decode_sentence_vectors(meta, len(chunk.sentences))
            offset += len(got["ids"])

    def query(self, vector: np.ndarray, n: int, doc_ids: Sequence[str] | None = None) -> list[tuple[str, float]]:
        """(chunk_id, cosine similarity) of the `n` nearest chunks (fewer when there are fewer)."""
        where = None
        if doc_ids:
            where = {"doc_id": doc_ids[0]} if len(doc_ids) == 1 else {"doc_id": {"$in": list(doc_ids)}}
        res = self.chunks.query(query_embeddings=[vector], n_results=n, where=where, include=["distances"])
        return [(cid, 1.0 - float(d)) for cid, d in zip(res["ids"][0], res["distances"][0])]

    def count(self) -> int:
        return self.chunks.count()

    def vectors(self) -> tuple[list[str], np.ndarray]:
        """Every chunk's id and stored vector, in Chroma's record order (paged `get`)."""
        ids: list[str] = []
        parts: list[np.ndarray] = []
        offset = 0
        while True:
            got = self.chunks.get(limit=self.page, offset=offset, include=["embeddings"])
            if not got["ids"]:
                break
            ids += got["ids"]
            parts.append(np.asarray(got["embeddings"], dtype=np.float32))
            offset += len(got["ids"])
        return ids, (np.concatenate(parts) if parts else np.zeros((0, 0), np.float32))

    # -- registry ----------------------------------------------------------------------------
    def docs(self) -> list[DocRecord]:
        got = self.registry.get(include=["metadatas"])
        fields = DocRecord.__dataclass_fields__
        records = [DocRecord(**{k: m[k] for k in fields if k in m}) for m in got["metadatas"]]
        return sorted(records, key=lambda r: r.doc_id)

    def put_doc(self, *records: DocRecord) -> None:
        """Register (or flip) reports' records in one registry write: each Chroma write has a fixed
        cost (~0.1 s on the embedded client), so an ingest flips a window's reports together."""
        if records:
            self.registry.upsert(ids=[r.doc_id for r in records], embeddings=[[0.0]] * len(records),
                                 metadatas=[r.__dict__.copy() for r in records])

    def remove_doc(self, doc_id: str) -> None:
        self.registry.delete(ids=[doc_id])

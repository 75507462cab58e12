"""Chroma: the source of truth for chunks, their vectors and the list of ingested reports.

Embedded PersistentClient by default, HttpClient when REPORTQA_CHROMA_HOST is set. One chunk
collection per embedding model (vectors of different models never mix) and a small registry
collection with one record per report. We always pass our own vectors, so Chroma's default
embedding function (which would download a model) is never used.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from .errors import BackendUnavailable
from .settings import Settings, use_offline_env
from .types import Chunk

log = logging.getLogger(__name__)

_PAGE = 2000  # records per get/add call: below Chroma's max batch size


def open_client(settings: Settings):
    """The Chroma client the settings ask for (never at import time)."""
    use_offline_env()
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.server_mode:
        try:
            client = chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings)
            client.heartbeat()
        except Exception as exc:
            raise BackendUnavailable(
                f"Chroma server at {settings.chroma_host}:{settings.chroma_port} is unreachable: start it "
                "(`chroma run --path DIR --port PORT`) or unset REPORTQA_CHROMA_HOST") from exc
        return client
    settings.chroma_dir.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.chroma_dir), settings=chroma_settings)


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

    def as_dict(self) -> dict:
        return {k: getattr(self, k) for k in ("doc_id", "title", "publisher", "date", "source", "pages", "chunks", "ingested_at")}


class ChunkStore:
    """Chunks (text, metadata, vector) and the report registry in Chroma."""

    def __init__(self, client, collection_name: str) -> None:
        self.client = client
        self.name = collection_name
        self.chunks = client.get_or_create_collection(
            collection_name, embedding_function=None, configuration={"hnsw": {"space": "cosine"}},
            metadata={"generation": 0, "dirty": 0},
        )
        self.registry = client.get_or_create_collection(
            f"{collection_name}-docs", embedding_function=None, metadata={"kind": "registry"},
        )

    # -- state -------------------------------------------------------------------------------
    def state(self) -> dict:
        """The collection's generation counter and dirty flag (a write was under way)."""
        meta = self.client.get_collection(self.name, embedding_function=None).metadata or {}
        return {"generation": int(meta.get("generation", 0)), "dirty": int(meta.get("dirty", 0))}

    def set_state(self, generation: int, dirty: int) -> None:
        meta = dict(self.chunks.metadata or {})
        meta.update(generation=generation, dirty=dirty)
        meta.pop("hnsw:space", None)
        self.chunks.modify(metadata=meta)

    # -- chunks ------------------------------------------------------------------------------
    def add(self, chunks: Sequence[Chunk], vectors: np.ndarray) -> None:
        for i in range(0, len(chunks), _PAGE):
            part = chunks[i:i + _PAGE]
            self.chunks.upsert(
                ids=[c.chunk_id for c in part], embeddings=vectors[i:i + _PAGE],
                documents=[c.text for c in part], metadatas=[c.metadata() for c in part],
            )

    def delete_doc(self, doc_id: str, keep_hash: str | None = None) -> None:
        """Delete a report's chunks (all, or all but the version with `keep_hash`)."""
        where: dict = {"doc_id": doc_id}
        if keep_hash is not None:
            where = {"$and": [{"doc_id": doc_id}, {"content_hash": {"$ne": keep_hash}}]}
        self.chunks.delete(where=where)

    def delete_orphans(self, known: dict[str, str]) -> int:
        """Remove chunks no registered report version owns (left by an interrupted ingest)."""
        before = self.chunks.count()
        if known:
            self.chunks.delete(where={"doc_id": {"$nin": list(known)}})
            for doc_id, content_hash in known.items():
                self.delete_doc(doc_id, keep_hash=content_hash)
        elif before:
            ids = [cid for batch in self._iter_ids() for cid in batch]
            for i in range(0, len(ids), _PAGE):
                self.chunks.delete(ids=ids[i:i + _PAGE])
        return before - self.chunks.count()

    def _iter_ids(self) -> Iterator[list[str]]:
        offset = 0
        while True:
            got = self.chunks.get(limit=_PAGE, offset=offset, include=[])
            if not got["ids"]:
                return
            yield got["ids"]
            offset += len(got["ids"])

    def iter_chunks(self, doc_id: str | None = None) -> Iterator[Chunk]:
        """Every stored chunk (of one report), for rebuilding the local indexes."""
        offset = 0
        where = {"doc_id": doc_id} if doc_id else None
        while True:
            got = self.chunks.get(where=where, limit=_PAGE, offset=offset, include=["documents", "metadatas"])
            if not got["ids"]:
                return
            for cid, text, meta in zip(got["ids"], got["documents"], got["metadatas"]):
                yield Chunk.from_record(cid, text, meta)
            offset += len(got["ids"])

    def query(self, vector: np.ndarray, n: int, doc_ids: Sequence[str] | None = None) -> list[tuple[str, float]]:
        """(chunk_id, cosine similarity) of the `n` nearest chunks."""
        total = self.chunks.count()
        if total == 0:
            return []
        where = None
        if doc_ids:
            where = {"doc_id": doc_ids[0]} if len(doc_ids) == 1 else {"doc_id": {"$in": list(doc_ids)}}
        res = self.chunks.query(query_embeddings=[vector], n_results=min(n, total), where=where, include=["distances"])
        return [(cid, 1.0 - float(d)) for cid, d in zip(res["ids"][0], res["distances"][0])]

    def count(self) -> int:
        return self.chunks.count()

    # -- registry ----------------------------------------------------------------------------
    def docs(self) -> list[DocRecord]:
        got = self.registry.get(include=["metadatas"])
        records = [DocRecord(**{k: m[k] for k in DocRecord.__dataclass_fields__}) for m in got["metadatas"]]
        return sorted(records, key=lambda r: r.doc_id)

    def put_doc(self, record: DocRecord) -> None:
        self.registry.upsert(ids=[record.doc_id], embeddings=[[0.0]], metadatas=[record.__dict__.copy()])

    def remove_doc(self, doc_id: str) -> None:
        self.registry.delete(ids=[doc_id])

"""An ingest window's reports are written to Chroma in one chunk write and one registry write (each
Chroma write has a fixed cost); what Chroma then holds, and in which order, is what one write per
report left."""

from __future__ import annotations

import numpy as np

from ingest.chroma_import import import_chromadb
from ingest.store import ChunkStore, DocRecord
from ingest.types import Chunk


def _chunk(doc: str, n: int) -> Chunk:
    return Chunk(chunk_id=f"{doc}-{n}", doc_id=doc, text=f"{doc} passage {n}.", title=doc, publisher="P", date="2025",
                 source=f"{doc}.txt", page=1, page_end=1, section=None, char_start=0, char_end=10, content_hash="h1",
                 sentences=[(0, 5)])


def _record(doc: str, chunks: int) -> DocRecord:
    return DocRecord(doc_id=doc, title=doc, publisher="P", date="2025", source=f"{doc}.txt", pages=1, chunks=chunks,
                     ingested_at="2026-01-01T00:00:00", content_hash="h1")


class CountingCollection:
    """A real Chroma collection that counts `upsert` calls."""

    def __init__(self, collection) -> None:
        self.collection, self.upserts = collection, 0

    def upsert(self, *args, **kwargs):
        self.upserts += 1
        return self.collection.upsert(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.collection, name)


def _held(store: ChunkStore) -> tuple:
    got = store.chunks.get(include=["documents", "metadatas", "embeddings"])
    reg = store.registry.get(include=["metadatas"])
    return (got["ids"], got["documents"], got["metadatas"], np.asarray(got["embeddings"]).tobytes(),
            reg["ids"], reg["metadatas"])


def test_one_write_per_window_holds_what_one_write_per_report_held(tmp_path):
    chromadb = import_chromadb()
    docs = {"alpha": [_chunk("alpha", i) for i in range(3)], "beta": [_chunk("beta", i) for i in range(2)]}
    rng = np.random.default_rng(0)
    vecs = {d: rng.standard_normal((len(c), 4)).astype(np.float32) for d, c in docs.items()}
    sents = {d: [rng.standard_normal((1, 4)).astype(np.float32) for _ in c] for d, c in docs.items()}

    per_report = ChunkStore(chromadb.PersistentClient(str(tmp_path / "a")), "writes-test")
    for doc, chunks in docs.items():
        per_report.add(chunks, vecs[doc], sents[doc])
        per_report.put_doc(_record(doc, len(chunks)))

    together = ChunkStore(chromadb.PersistentClient(str(tmp_path / "b")), "writes-test")
    together.registry = CountingCollection(together.registry)
    together.add(docs["alpha"] + docs["beta"], np.concatenate([vecs["alpha"], vecs["beta"]]), sents["alpha"] + sents["beta"])
    together.put_doc(_record("alpha", 3), _record("beta", 2))

    assert together.registry.upserts == 1
    assert _held(together) == _held(per_report)
    assert [d.doc_id for d in together.docs()] == ["alpha", "beta"]
    together.put_doc()  # no records: no write
    assert together.registry.upserts == 1

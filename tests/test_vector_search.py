"""Chroma's vector search is exact on a library smaller than SEARCH_EF, so two builds of the same
reports (or two machines) retrieve the same passages; an older index gets the setting on open."""

from __future__ import annotations

import numpy as np

from ingest.chroma_import import import_chromadb
from ingest.store import SEARCH_EF, ChunkStore


def _random_unit(n: int, dim: int, seed: int) -> np.ndarray:
    m = np.random.default_rng(seed).standard_normal((n, dim)).astype(np.float32)
    return m / np.linalg.norm(m, axis=1, keepdims=True)


def test_an_index_made_with_chromas_default_search_width_gets_ours(tmp_path):
    chromadb = import_chromadb()
    client = chromadb.PersistentClient(str(tmp_path))
    old = client.get_or_create_collection("old-index", embedding_function=None,
                                          configuration={"hnsw": {"space": "cosine"}})
    assert old.configuration["hnsw"]["ef_search"] != SEARCH_EF
    ChunkStore(client, "old-index")
    again = chromadb.PersistentClient(str(tmp_path)).get_collection("old-index", embedding_function=None)
    assert again.configuration["hnsw"]["ef_search"] == SEARCH_EF


def test_vector_query_returns_the_exact_nearest_chunks(tmp_path):
    """Random 384-d vectors are HNSW's hardest case (no clusters to navigate): with Chroma's default
    candidate list some queries miss true neighbours; with ours every top-40 is the exact one."""
    chromadb = import_chromadb()
    store = ChunkStore(chromadb.PersistentClient(str(tmp_path)), "exact-test")
    vectors = _random_unit(400, 384, seed=1)
    ids = [f"c{i}" for i in range(len(vectors))]
    store.chunks.add(ids=ids, embeddings=vectors)
    for q in _random_unit(30, 384, seed=2):
        exact = [ids[i] for i in np.argsort(-(vectors @ q))[:40]]
        got = [cid for cid, _ in store.query(q, 40)]
        assert got == exact

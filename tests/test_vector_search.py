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


def test_the_numpy_search_ranks_every_chunk_as_chromas_query_ties_included(tmp_path):
    """ExactVectors over the vectors read back from Chroma gives Chroma's exact top-40 (below
    SEARCH_EF): the same chunks in the same order with similarities equal to float32 rounding,
    and a report filter (a mask) as Chroma's `where`. Exact ties (duplicated vectors) are the one
    freedom: HNSW keeps whichever copy its traversal met first (it varied between runs), numpy
    the first in Chroma's record order, every time."""
    from ingest.exact import ExactVectors

    chromadb = import_chromadb()
    store = ChunkStore(chromadb.PersistentClient(str(tmp_path)), "numpy-test")
    vectors = _random_unit(300, 384, seed=3)
    vectors = np.concatenate([vectors, vectors[:20], vectors[5:10]])  # exact duplicates: ties
    ids = [f"c{i:03d}" for i in range(len(vectors))]
    docs = [f"d{i % 7}" for i in range(len(vectors))]
    store.chunks.add(ids=ids, embeddings=vectors, metadatas=[{"doc_id": d} for d in docs])
    position = {cid: len(ids) - 1 - i for i, cid in enumerate(ids)}  # a snapshot's own order
    exact = ExactVectors.build(position, *store.vectors())
    assert exact is not None and len(exact) == len(ids)
    queries = np.concatenate([_random_unit(20, 384, seed=4), vectors[:8]])  # some hit a tie at rank 1
    row = {cid: i for i, cid in enumerate(ids)}

    def same(got, want):  # the same chunk at every rank, or an identical copy of it
        assert len(got) == len(want)
        assert np.allclose([s for _, s in got], [s for _, s in want], atol=2e-6)
        assert all(a == b or np.array_equal(vectors[row[a]], vectors[row[b]]) for (a, _), (b, _) in zip(got, want))

    allowed = np.zeros(len(ids), bool)
    for cid, d in zip(ids, docs):
        allowed[position[cid]] = d in ("d1", "d4")
    for q in queries:
        got = exact.search(q, 40)
        same(got, store.query(q, 40))
        assert got == exact.search(q, 40)  # ties: always the same copy
        same(exact.search(q, 40, allowed), store.query(q, 40, ["d1", "d4"]))
    tied = exact.search(vectors[12], 2)  # c012 and its copy c312: record order
    assert [c for c, _ in tied] == ["c012", "c312"]


def _same_up_to_ties(got: list[str], truth: list[str], sims: np.ndarray, ids: list[str]) -> bool:
    """The two rankings differ only where similarities are equal to float32 rounding."""
    row = {c: i for i, c in enumerate(ids)}
    return np.allclose([sims[row[c]] for c in got], [sims[row[c]] for c in truth], atol=2e-6)


def test_exact_vectors_need_every_snapshot_chunk_once():
    from ingest.exact import ExactVectors

    m = _random_unit(3, 8, seed=5)
    assert ExactVectors.build({"a": 0, "b": 1}, ["a", "c", "b"], m) is not None  # c: not in the snapshot
    assert ExactVectors.build({"a": 0, "b": 1, "x": 2}, ["a", "c", "b"], m) is None  # x has no vector
    assert ExactVectors.build({"a": 0}, ["a", "a", "b"], m) is None  # a twice
    assert ExactVectors.build({}, [], np.zeros((0, 0), np.float32)).search(m[0], 5) == []


def test_a_small_library_searches_in_numpy_with_chromas_ranking(bundled_app, monkeypatch):
    """On the bundled reports the dense list comes from one numpy product (no Chroma query): the
    exact cosine ranking of Chroma's own vectors for every dev gold question, with and without a
    report filter, and nearly Chroma's HNSW list (approximate: on a fresh CI index it once left out
    one chunk at rank 16); the vectors are read once per snapshot; above EXACT_MAX (or while Chroma
    is being written) the search is Chroma's."""
    from eval.gold import load_gold
    from ingest import pipeline

    lib, search = bundled_app.library, bundled_app.searcher
    snap = lib.snapshot()
    exact = lib.exact_vectors(snap)
    assert exact is not None and len(exact) == len(snap.chunks)
    assert lib.exact_vectors(lib.snapshot()) is exact  # read once per snapshot
    doc = snap.chunks[0].doc_id
    ids, matrix = lib.store.vectors()
    in_doc = np.array([snap.chunks[snap.position[c]].doc_id == doc for c in ids])
    questions = [q.question for q in load_gold() if q.split == "dev"][::4]
    vecs = bundled_app.embedder.embed(questions)
    found = wanted = 0
    agree = []
    for q, v in zip(questions, vecs):
        sims = matrix.astype(np.float64) @ np.asarray(v, np.float64)
        for mask, filt in ((None, None), (snap.chunk_mask({doc}), [doc])):
            got = [c for c, _ in exact.search(v, 40, mask)]
            keep = np.ones(len(ids), bool) if mask is None else in_doc
            truth = [ids[i] for i in np.argsort(-np.where(keep, sims, -np.inf), kind="stable")[:len(got)]]
            assert got == truth or _same_up_to_ties(got, truth, sims, ids), q
            hnsw = [c for c, _ in lib.store.query(v, 50, filt) if c in snap.position][:40]
            found += len(set(hnsw) & set(got))
            wanted += len(got)
            if filt is None and hnsw == got:
                agree.append(q)
    assert found / wanted >= 0.98  # Chroma's HNSW: approximate, nearly always the same chunks
    assert agree
    queried = []
    real_query = lib.store.query
    monkeypatch.setattr(lib.store, "query", lambda *a, **k: queried.append(1) or real_query(*a, **k))
    fast = search.search(agree[0])
    assert not queried
    monkeypatch.setattr(pipeline, "EXACT_MAX", len(snap.chunks) - 1)
    lib._exact = None
    assert lib.exact_vectors(snap) is None
    slow = search.search(agree[0])
    assert queried and [p.chunk_id for p in slow.passages] == [p.chunk_id for p in fast.passages]
    monkeypatch.setattr(pipeline, "EXACT_MAX", 10**6)
    lib._exact = None
    monkeypatch.setattr(type(lib.settings), "server_mode", property(lambda self: True))
    assert lib.exact_vectors(snap) is None  # a Chroma server: its own query, as before
    monkeypatch.undo()
    lib._exact = None
    monkeypatch.setattr(lib.store, "state", lambda: {"generation": snap.generation, "dirty": 1})
    assert lib.exact_vectors(snap) is None  # a write under way: not read now, tried again later
    assert lib._exact is None

"""Hybrid retrieval: dense search in Chroma and BM25 over the same chunks, fused by reciprocal
rank fusion. `HybridSearch` is the plain search the answer path uses (no LangChain import, so a
cold `ask` stays fast); `HybridRetriever` (rag/lc_retriever.py) wraps it as a LangChain
`BaseRetriever` and is imported from here on first use."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ingest.embedding import Embedder
from ingest.index import Snapshot
from ingest.pipeline import Library
from ingest.settings import RetrievalMode

from .query_terms import keyword_scores, snapshot_forms
from .snapshot_memo import kept
from .sources import (attributed_sources, first_names, named_kinds, named_sources, publisher_names, title_kinds,
                      without_kinds, without_names)
from .types import Passage

RRF_K = 60


@dataclass
class SearchResult:
    """Passages best first, plus what the answerer reuses (query vector, snapshot) and timings."""

    passages: list[Passage]
    query_vector: np.ndarray | None
    snapshot: Snapshot
    timings_ms: dict[str, float] = field(default_factory=dict)


def rrf(rankings: Sequence[Sequence[str]], k: int = RRF_K, weights: Sequence[float] | None = None) -> dict[str, float]:
    """Weighted reciprocal rank fusion: list i adds weights[i] / (k + rank) to the ids it ranks."""
    fused: dict[str, float] = {}
    for i, ranking in enumerate(rankings):
        w = 1.0 if weights is None else weights[i]
        for rank, cid in enumerate(ranking, start=1):
            fused[cid] = fused.get(cid, 0.0) + w / (k + rank)
    return fused


def __getattr__(name: str) -> Any:
    """`HybridRetriever` and `to_document` load LangChain, so they are imported on first use."""
    if name in ("HybridRetriever", "to_document"):
        from . import lc_retriever

        return getattr(lc_retriever, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass
class HybridSearch:
    """Retrieve report passages: `mode` hybrid (default) | dense | bm25, top `k`, optional report filter."""

    library: Library
    embedder: Embedder
    mode: RetrievalMode = "hybrid"
    k: int = 5
    doc_ids: list[str] | None = None
    candidates: int = 30  # how deep each list goes before fusion
    # Dense search's weight in the fusion (BM25's is 1). Measured on the gold dev split, hit@5:
    # bm25 100%, dense 83.9%, equal-weight RRF 95.4%, dense at 0.3 97.7%, at 0.1 as good as bm25
    # while dense still fills in when keywords find little (docs/eval.md has the matrix).
    dense_weight: float = 0.1

    def search(self, query: str, *, k: int | None = None, mode: RetrievalMode | None = None,
               doc_ids: Sequence[str] | None = None) -> SearchResult:
        """Passages for `query` with their fused, dense and keyword scores."""
        k = k or self.k
        mode = mode or self.mode
        doc_ids = list(doc_ids) if doc_ids else self.doc_ids
        timings: dict[str, float] = {}
        t0 = time.perf_counter()
        snap = self.library.snapshot()  # a Chroma read of the generation counter, then the cached snapshot
        timings["snapshot"] = _ms(t0)
        depth = max(self.candidates, 2 * k)
        # 'does CIC say ...': that publisher's reports, searched for the rest of the question
        said, named_docs = named_sources(query, kept(snap, "publisher_names", lambda: publisher_names(
            {(c.doc_id, c.publisher) for c in snap.chunks})))
        # 'per Frost', 'Frost's chart': the first word alone names the publisher
        firsts, first_docs = attributed_sources(query, kept(snap, "publisher_first_names", lambda: first_names(
            {(c.doc_id, c.publisher) for c in snap.chunks})))
        said, named_docs = said + [n for n in firsts if n not in said], named_docs | first_docs
        kinds, kind_docs = named_kinds(query, kept(snap, "title_kinds", lambda: title_kinds(
            {(c.doc_id, c.title) for c in snap.chunks})))
        if not doc_ids and (named_docs or kind_docs):  # both named: the reports that are both
            doc_ids = sorted(named_docs & kind_docs if named_docs and kind_docs else named_docs or kind_docs) or None
        allowed = set(doc_ids) if doc_ids else None

        dense: list[tuple[str, float]] = []
        t = time.perf_counter()
        vector = self.embedder.embed([query])[0]
        timings["embed"] = _ms(t)
        if mode in ("hybrid", "dense"):
            t = time.perf_counter()
            exact = self.library.exact_vectors(snap)  # a small library: one product in numpy
            if exact is not None:
                dense = exact.search(vector, depth, snap.chunk_mask(allowed) if allowed is not None else None)
            else:
                # over-fetch: chunks written after this snapshot (an ingest under way) are dropped
                hits = self.library.store.query(vector, depth + 10, doc_ids)
                dense = [(cid, s) for cid, s in hits if cid in snap.position][:depth]
            timings["dense"] = _ms(t)

        sparse: list[tuple[str, float]] = []
        if mode in ("hybrid", "bm25"):
            t = time.perf_counter()
            kw = snap.keyword
            forms = snapshot_forms(snap)
            scores = keyword_scores(kw, without_kinds(without_names(query, said), kinds), forms)
            if scores.size:
                if allowed is not None:
                    scores = np.where(snap.chunk_mask(allowed), scores, 0.0)
                sparse = keyword_top(snap, scores, depth)
            timings["bm25"] = _ms(t)

        t = time.perf_counter()
        dense_score = dict(dense)
        bm25_score = dict(sparse)
        if mode == "dense":
            ranked = [(cid, s) for cid, s in dense]
        elif mode == "bm25":
            ranked = [(cid, s) for cid, s in sparse]
        else:
            fused = rrf([[cid for cid, _ in dense], [cid for cid, _ in sparse]], weights=(self.dense_weight, 1.0))
            ranked = sorted(fused.items(), key=lambda x: -x[1])
        passages = [
            Passage(chunk=snap.chunks[snap.position[cid]], score=float(score), dense_score=dense_score.get(cid),
                    bm25_score=bm25_score.get(cid), rank=rank)
            for rank, (cid, score) in enumerate(ranked[:k], start=1)
        ]
        timings["fusion"] = _ms(t)
        timings["retrieve"] = _ms(t0)
        return SearchResult(passages, vector, snap, timings)


def keyword_top(snap: Snapshot, scores: np.ndarray, depth: int) -> list[tuple[str, float]]:
    """(chunk_id, score) of the `depth` best positive keyword scores, ties broken by where the chunk
    stands (report, then offset) so every process ranks alike whatever order its snapshot holds the
    chunks in, and a report read again (new chunk ids, same text) ranks as a fresh one. Linear in the
    number of chunks (a full sort of 100,000 scores would cost more than the rest of the query)."""
    pos = np.flatnonzero(scores > 0)
    if len(pos) > depth:
        cut = np.partition(scores[pos], len(pos) - depth)[len(pos) - depth]  # the depth-th best
        pos = pos[scores[pos] >= cut]  # keeps every chunk tied at the cut
    chunks = snap.chunks
    ranked = sorted((-float(scores[i]), c.doc_id, c.char_start, c.chunk_id) for i in pos.tolist() for c in (chunks[i],))
    return [(cid, -neg) for neg, _, _, cid in ranked[:depth]]


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000.0

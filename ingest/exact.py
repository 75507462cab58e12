"""Exact dense search for small libraries: one matrix-vector product over the chunk vectors.

Chroma stays the source of truth: the vectors are read from it (`ChunkStore.vectors`, its public
`get`) once per index generation, and only while its state is exactly the snapshot's (the same
generation, no write under way, before and after the read), so they are the snapshot's vectors.
Chroma's HNSW query is approximate even below SEARCH_EF chunks (on a fresh CI index it once left
out the chunk of rank 16 of 191); this search is the exact cosine ranking of the same vectors
(float32, as Chroma computes the distance). Exact ties (identical vectors: a passage repeated word
for word) are taken in Chroma's record order, always. Above
EXACT_MAX nothing is read or kept and Chroma's query is used.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

# Chunks up to which dense search runs here. Cost ~0.25 us a chunk (one float32 product and a
# sort) against ~1.2-1.5 ms for Chroma's query plus its Python side; 4,096 chunks keep it below
# that (~1 ms) and cost 4,096 x 384 x 4 B = 6 MiB per model. Measured: docs/benchmarks.md.
EXACT_MAX = 4096


class ExactVectors:
    """A snapshot's chunk vectors in Chroma's record order, with each row's snapshot position."""

    def __init__(self, ids: Sequence[str], matrix: np.ndarray, rows: np.ndarray) -> None:
        self.ids = list(ids)  # chunk id of each row
        self.matrix = np.ascontiguousarray(matrix, dtype=np.float32)
        self.rows = rows  # snapshot position of each row

    @classmethod
    def build(cls, position: dict[str, int], ids: Sequence[str], matrix: np.ndarray) -> ExactVectors | None:
        """The rows of the chunks in `position` (a snapshot's id -> position); None unless every
        one of them has exactly one vector of the matrix's width."""
        keep = [i for i, cid in enumerate(ids) if cid in position]
        if len(keep) != len(position) or len({ids[i] for i in keep}) != len(keep):
            return None
        if matrix.ndim != 2 or len(matrix) != len(ids):
            return None
        idx = np.asarray(keep, dtype=np.int64)
        return cls([ids[i] for i in keep], matrix[idx], np.asarray([position[ids[i]] for i in keep], dtype=np.int64))

    def __len__(self) -> int:
        return len(self.ids)

    def search(self, vector: np.ndarray, n: int, allowed: np.ndarray | None = None) -> list[tuple[str, float]]:
        """(chunk_id, cosine similarity) of the `n` nearest chunks, nearest first, as Chroma's
        cosine space computes it (distance 1 - dot in float32; the vectors are unit length);
        `allowed` = a per-snapshot-position mask (a report filter)."""
        if not self.ids:
            return []
        dist = np.float32(1.0) - self.matrix @ np.asarray(vector, dtype=np.float32)
        if allowed is not None:
            ok = allowed[self.rows]
            dist = np.where(ok, dist, np.float32(np.inf))
            n = min(n, int(ok.sum()))
        order = np.argsort(dist, kind="stable")[:max(0, n)]
        return [(self.ids[i], 1.0 - float(dist[i])) for i in order.tolist()]

"""The scale benchmark's synthetic corpus: chunks recombined from the real sentences (numbers varied)
with vectors derived from theirs, written the way an ingest would, so scale.py measures stores at any size.
"""

from __future__ import annotations

import math
import random
import re
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from typing import Any

import numpy as np

from ingest.settings import Settings

from .common import r

_NUMBER = re.compile(r"(?<![A-Za-z])\d+(?:,\d{3})*(?:\.\d+)?")


def _vary_numbers(text: str, rng: random.Random) -> str:
    """The same sentence with its numbers changed (years stay plausible years)."""
    def swap(m: re.Match) -> str:
        raw = m.group()
        plain = raw.replace(",", "")
        if len(plain) == 4 and plain.isdigit() and plain[:2] in ("19", "20"):
            return str(rng.randint(2015, 2035))
        value = float(plain) * rng.uniform(0.4, 1.9)
        decimals = len(plain.split(".")[1]) if "." in plain else 0
        out = f"{value:.{decimals}f}" if decimals else str(max(1, round(value)))
        return f"{int(out):,}" if "," in raw and decimals == 0 else out
    return _NUMBER.sub(swap, text)


class SyntheticCorpus:
    """Chunks recombined from the real sentences (shuffled, numbers varied), with sentence
    vectors derived from the real ones (perturbed, normalised) and chunk vectors from those."""

    def __init__(self, snapshot, seed: int = 7, chunks_per_report: int = 200, noise: float = 0.015) -> None:
        sents, vecs, sections = [], [], []
        for i, c in enumerate(snapshot.chunks):
            v = snapshot.vectors_of(i).astype(np.float32)
            for (s, e), row in zip(c.sentences, v):
                text = c.text[s:e].strip()
                if len(text) >= 15:
                    sents.append(text)
                    vecs.append(row)
                    sections.append(c.section)
        self.sentences = sents
        self.vectors = np.stack(vecs)
        self.sections = sections
        self.seed = seed
        self.per_report = chunks_per_report
        self.noise = noise
        self.dim = self.vectors.shape[1]

    def reports(self, n_chunks: int) -> Iterator[tuple[Any, list, np.ndarray, list[np.ndarray]]]:
        """(DocRecord, chunks, chunk vectors, per-chunk sentence vectors) per synthetic report."""
        from ingest.store import DocRecord
        from ingest.types import Chunk

        rng = random.Random(self.seed)
        nrng = np.random.default_rng(self.seed)
        n_reports = math.ceil(n_chunks / self.per_report)
        pool = len(self.sentences)
        made = 0
        for r in range(n_reports):
            count = min(self.per_report, n_chunks - made)
            doc_id = f"synthetic-{r:05d}"
            content_hash = f"{r:016x}"
            title = f"Synthetic market report {r}"
            chunks, picks, offset = [], [], 0
            for j in range(count):
                k = rng.randint(3, 9)
                start = rng.randrange(pool)
                # a run of neighbouring sentences with some swapped for sentences from elsewhere
                idx = [(start + i) % pool if rng.random() < 0.6 else rng.randrange(pool) for i in range(k)]
                parts = [_vary_numbers(self.sentences[i], rng) for i in idx]
                spans, pos = [], 0
                for p in parts:
                    spans.append((pos, pos + len(p)))
                    pos += len(p) + 1
                text = " ".join(parts)
                chunks.append(Chunk(
                    chunk_id=f"{doc_id}-{j:04d}", doc_id=doc_id, text=text, title=title, publisher="ReportQA bench",
                    date="2025-06-30", source=f"{doc_id}.txt", page=j // 4 + 1, page_end=None,
                    section=self.sections[idx[0]], char_start=offset, char_end=offset + len(text),
                    content_hash=content_hash, sentences=spans))
                offset += len(text) + 2
                picks.append(idx)
            flat = np.concatenate([np.asarray(p) for p in picks])
            sv = self.vectors[flat] + nrng.normal(0.0, self.noise, (len(flat), self.dim)).astype(np.float32)
            sv /= np.linalg.norm(sv, axis=1, keepdims=True)
            counts = [len(p) for p in picks]
            bounds = np.concatenate(([0], np.cumsum(counts)))
            cv = np.add.reduceat(sv, bounds[:-1], axis=0) + nrng.normal(0.0, self.noise, (count, self.dim)).astype(np.float32)
            cv /= np.linalg.norm(cv, axis=1, keepdims=True)
            per_chunk = [sv[bounds[i]:bounds[i + 1]] for i in range(count)]
            record = DocRecord(doc_id, title, "ReportQA bench", "2025-06-30", f"{doc_id}.txt", count // 4 + 1, count,
                               datetime.now(timezone.utc).isoformat(timespec="seconds"), content_hash)
            made += count
            yield record, chunks, cv.astype(np.float32), per_chunk


def build_synthetic_index(settings: Settings, embedder, corpus: SyntheticCorpus, n: int, naive_texts: dict | None = None) -> dict:
    """Write `n` synthetic chunks the way an ingest would (Chroma add, registry, local index),
    with precomputed vectors; time each store separately."""
    from ingest.index import Segment, Snapshot
    from ingest.index_folder import IndexFolder
    from ingest.keyword import KeywordIndex
    from ingest.store import ChunkStore, open_client

    store = ChunkStore(open_client(settings), embedder.collection_name)
    folder = IndexFolder(settings.index_dir / embedder.collection_name)
    store.set_state(0, 1)
    add_s = gen_s = 0.0
    segments: list[Segment] = []
    batch: list = []
    t_gen = time.perf_counter()

    def flush() -> None:
        nonlocal add_s
        if not batch:
            return
        chunks = [c for _, cs, _, _ in batch for c in cs]
        t = time.perf_counter()
        store.add(chunks, np.concatenate([v for _, _, v, _ in batch]), [s for _, _, _, ss in batch for s in ss])
        for record, _, _, _ in batch:
            store.put_doc(record)
        add_s += time.perf_counter() - t
        batch.clear()

    for record, chunks, cv, sv in corpus.reports(n):
        segments.append(Segment.build(chunks, sv, corpus.dim))
        if naive_texts is not None:
            naive_texts.update((c.text, v) for c, v in zip(chunks, cv))
        batch.append((record, chunks, cv, sv))
        if sum(len(b[1]) for b in batch) >= 2000:
            flush()
    flush()
    gen_s = time.perf_counter() - t_gen - add_s
    texts = [c.text for s in segments for c in s.chunks]
    t = time.perf_counter()
    keyword = KeywordIndex.build(texts)
    bm25_build_s = time.perf_counter() - t
    snap = Snapshot(1, segments=segments, keyword=keyword, dim=corpus.dim)
    t = time.perf_counter()
    folder.save(snap)
    write_s = time.perf_counter() - t
    store.set_state(1, 0)
    return {"chunks": len(texts), "reports": len(segments), "sentences": int(sum(len(s.vectors) for s in segments)),
            "generate_s": r(gen_s), "chroma_add_s": r(add_s), "chroma_add_per_s": r(len(texts) / add_s, 1),
            "bm25_build_s": r(bm25_build_s), "index_write_s": r(write_s),
            "bm25_postings": int(len(keyword.docs)), "bm25_terms": len(keyword.terms)}

"""The scale benchmark: a synthetic corpus of N chunks recombined from the real sentences
(numbers varied), inserted with precomputed vectors to isolate the store; Chroma add and query,
BM25 build and query, a fresh app process answering at that size (load time, answers, peak
memory), one new real report ingested into it (stage times from `IngestReport.timings_ms`), and
LangChain's Chroma on the same chunks and vectors.
"""

from __future__ import annotations

import json
import math
import random
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np

from ingest.settings import Settings, use_offline_env

from .common import REPORT_DIR, ROOT, child_env, embedded, p50, pct, r, rss_mib, say

class PrecomputedEmbeddings:
    """A LangChain Embeddings that returns given vectors for known texts (the store is what is
    measured) and embeds queries with the real model."""

    def __init__(self, vectors: dict[str, np.ndarray], embedder) -> None:
        self.vectors = vectors
        self.embedder = embedder

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self.vectors[t].tolist() for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self.embedder.embed_query(text)


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


def bench_store_queries(app, questions: list[str], repeat: int) -> dict:
    """Chroma query and BM25 (score + top-k) latency on their own, at the current size."""
    from rag.retrieve import keyword_top

    lib = app.library
    snap = lib.snapshot()
    vecs = [app.embedder.embed([q])[0] for q in questions]
    depth = max(app.searcher.candidates, 2 * app.settings.k)
    for v in vecs:
        lib.store.query(v, depth + 10)
    dense, sparse = [], []
    for _ in range(repeat):
        for q, v in zip(questions, vecs):
            t = time.perf_counter()
            lib.store.query(v, depth + 10)
            dense.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            keyword_top(snap, snap.keyword.scores(q), depth)
            sparse.append((time.perf_counter() - t) * 1000)
    return {"chroma_query_p50_ms": r(p50(dense)), "chroma_query_p95_ms": r(pct(dense, 95)),
            "bm25_query_p50_ms": r(p50(sparse)), "bm25_query_p95_ms": r(pct(sparse, 95))}


def bench_app_process(data_dir: Path, questions: list[str], repeat: int, backend: str) -> dict:
    """A fresh app process on the index: import + model + index load, first answer, warm
    answers, resident memory (the figures a user's process would show)."""
    env = child_env(REPORTQA_DATA_DIR=str(data_dir), REPORTQA_EMBED_BACKEND=backend)
    payload = json.dumps({"questions": questions, "repeat": repeat})
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", "from eval.bench.scale import app_worker; app_worker()"], input=payload,
                          capture_output=True, text=True, env=env, cwd=str(ROOT), timeout=1800)
    if proc.returncode != 0:
        raise RuntimeError(f"app process failed: {proc.stderr[-800:]}")
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    out["process_s"] = r(time.perf_counter() - t)
    return out


def app_worker() -> None:
    """Run in a fresh process by `bench_app_process`: questions on stdin, one JSON line out."""
    t0 = time.perf_counter()
    use_offline_env()
    cfg = json.loads(sys.stdin.read())
    from rag.factory import build_app

    app = build_app(Settings())
    t_import = time.perf_counter()
    app.embedder.warm_up()
    t_embedder = time.perf_counter()
    app.library.store  # opens Chroma
    t_model = time.perf_counter()
    snap = app.library.snapshot()
    t_load = time.perf_counter()
    questions = cfg["questions"]
    app.assistant.ask(questions[0])
    t_first = time.perf_counter()
    mem_loaded = rss_mib()
    for q in questions:
        app.assistant.ask(q)
    totals, parts = [], {k: [] for k in ("embed", "dense", "bm25", "fusion", "answer", "retrieve", "total")}
    for _ in range(cfg["repeat"]):
        for q in questions:
            t = time.perf_counter()
            a = app.assistant.ask(q)
            totals.append((time.perf_counter() - t) * 1000)
            for k in parts:
                parts[k].append(a.timings_ms.get(k, 0.0))
    print(json.dumps({
        "chunks": len(snap.chunks), "startup_s": r(t_model - t0), "import_s": r(t_import - t0),
        "model_load_s": r(t_embedder - t_import), "chroma_open_s": r(t_model - t_embedder), "index_load_s": r(t_load - t_model),
        "first_answer_s": r(t_first - t0), "answer_p50_ms": r(p50(totals)), "answer_p95_ms": r(pct(totals, 95)),
        "breakdown_p50_ms": {k: r(p50(v), 3) for k, v in parts.items()},
        "rss_after_load_mib": mem_loaded.get("rss_mib"), **rss_mib(),
    }))


def bench_incremental(settings: Settings, embedder, report: Path, work: Path) -> dict:
    """Ingest one new real report into the big index (stage times from the pipeline), and how
    long another process that already holds the index takes to pick the change up."""
    from ingest.pipeline import Library

    writer = Library(settings, embedder)
    reader = Library(settings, embedder)
    t = time.perf_counter()
    writer.snapshot()
    load_s = time.perf_counter() - t
    reader.snapshot()
    new = work / "incoming"
    new.mkdir(exist_ok=True)
    target = new / f"new-{report.name}"
    target.write_text(report.read_text(encoding="utf-8") + f"\n\nAddendum {time.time()}.\n", encoding="utf-8")
    result = writer.ingest([target])
    t = time.perf_counter()
    snap = reader.snapshot()
    reader_s = time.perf_counter() - t
    # its first vector query after the change (an embedded client is recreated to see the new
    # vectors, and Chroma reloads its index on that query)
    t = time.perf_counter()
    reader.store.query(embedder.embed(["market size in 2024"])[0], 40)
    reader_query_s = time.perf_counter() - t
    stages = result.timings_ms
    return {"report_chunks": result.chunks_added, "ingest_s": r(result.seconds),
            "stages_ms": {k: r(v, 1) for k, v in stages.items()},
            "index_update_and_write_s": r(stages.get("index", 0.0) / 1000, 3),
            "reader_refresh_s": r(reader_s, 3), "reader_first_query_s": r(reader_query_s, 3),
            "writer_initial_load_s": r(load_s), "chunks_after": len(snap.chunks)}


def bench_scale(settings: Settings, embedder, source_snapshot, n: int, questions: list[str], repeat: int,
                work: Path, langchain: bool = True) -> dict:
    from rag.factory import build_app

    say(f"scale {n:,}: generating and inserting the synthetic corpus")
    s = embedded(settings, work / f"scale-{n}", embed_backend=embedder.requested_backend)
    corpus = SyntheticCorpus(source_snapshot)
    naive: dict[str, np.ndarray] | None = {} if langchain else None
    out: dict[str, Any] = {"n": n, "insert": build_synthetic_index(s, embedder, corpus, n, naive)}
    say(f"scale {n:,}: fresh app process (load, answers, memory)")
    out["app"] = bench_app_process(s.data_dir, questions, repeat, embedder.requested_backend)
    app = build_app(s, embedder=embedder).warm_up()
    out["store"] = bench_store_queries(app, questions, repeat)
    raw = []
    for q in questions:
        t = time.perf_counter()
        app.library.store.query(embedder.embed([q])[0], 40)
        raw.append((time.perf_counter() - t) * 1000)
    out["store"]["raw_retrieval_p50_ms"] = r(p50(raw))
    say(f"scale {n:,}: incremental ingest of one new report")
    out["incremental"] = bench_incremental(s, embedder, REPORT_DIR / "cic-foundation-model-market-2025.txt", work / f"scale-{n}")
    if naive is not None:
        say(f"scale {n:,}: LangChain Chroma on the same chunks and vectors")
        out["langchain"] = langchain_precomputed(embedder, work / f"scale-{n}", questions, repeat, naive)
        naive.clear()
    out["summary"] = {
        "chunks": out["insert"]["chunks"], "chroma_add_per_s": out["insert"]["chroma_add_per_s"],
        "chroma_query_p50_ms": out["store"]["chroma_query_p50_ms"], "chroma_query_p95_ms": out["store"]["chroma_query_p95_ms"],
        "bm25_build_s": out["insert"]["bm25_build_s"], "bm25_query_p50_ms": out["store"]["bm25_query_p50_ms"],
        "bm25_query_p95_ms": out["store"]["bm25_query_p95_ms"], "answer_p50_ms": out["app"]["answer_p50_ms"],
        "answer_p95_ms": out["app"]["answer_p95_ms"], "rss_mib": out["app"]["peak_rss_mib"],
        "index_load_s": out["app"]["index_load_s"], "incremental_ingest_s": out["incremental"]["ingest_s"],
        "incremental_index_s": out["incremental"]["index_update_and_write_s"],
        "reader_refresh_s": out["incremental"]["reader_refresh_s"],
        "reader_first_query_s": out["incremental"]["reader_first_query_s"],
    }
    if naive is not None:
        out["summary"].update(langchain_ingest_s=out["langchain"]["ingest_s"], langchain_query_p50_ms=out["langchain"]["query_p50_ms"])
    return out


def langchain_precomputed(embedder, work: Path, questions: list[str], repeat: int, vectors: dict[str, np.ndarray]) -> dict:
    """LangChain's Chroma.from_documents + similarity_search(k=5) on the given chunks and vectors."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from langchain_chroma import Chroma
    from langchain_core.documents import Document

    client = chromadb.PersistentClient(path=str(work / "langchain"), settings=ChromaSettings(anonymized_telemetry=False))
    t = time.perf_counter()
    splits = [Document(page_content=d, metadata={"source": "synthetic"}) for d in vectors]
    db = Chroma.from_documents(splits, embedding=PrecomputedEmbeddings(vectors, embedder), client=client,
                               collection_name="naive-langchain", collection_metadata={"hnsw:space": "cosine"})
    ingest_s = time.perf_counter() - t
    for q in questions:
        db.similarity_search(q, k=5)
    lat = []
    for _ in range(repeat):
        for q in questions:
            t = time.perf_counter()
            db.similarity_search(q, k=5)
            lat.append((time.perf_counter() - t) * 1000)
    return {"chunks": len(splits), "ingest_s": r(ingest_s), "chunks_per_s": r(len(splits) / ingest_s, 1),
            "query_p50_ms": r(p50(lat)), "query_p95_ms": r(pct(lat, 95))}

"""The scale benchmark: a synthetic corpus of N chunks recombined from the real sentences
(numbers varied; synthetic.py), inserted with precomputed vectors to isolate the store; Chroma add and query,
BM25 build and query, a fresh app process answering at that size (load time, answers, peak
memory), one new real report ingested into it (stage times from `IngestReport.timings_ms`), and
LangChain's Chroma on the same chunks and vectors.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from ingest.settings import Settings, use_offline_env

from .common import REPORT_DIR, ROOT, child_env, embedded, p50, pct, r, rss_mib, say
from .synthetic import SyntheticCorpus, build_synthetic_index


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

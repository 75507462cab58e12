"""Benchmarks: `reportqa bench [--json] [--scale N ...] [--questions N]`.

Every figure comes with a baseline measured in the same run, on the same machine:

* ingest: the whole pipeline on the bundled reports (fresh temp index) against the raw
  embedding time of the same chunk texts with the same model (the physical limit);
* answer: warm median/p95 of the default answerer against raw retrieval (query embedding +
  Chroma query), with the breakdown (embed, dense, bm25, fusion, answer);
* cold start: a fresh `reportqa ask` process until its first answer;
* the naive LangChain pipeline (RecursiveCharacterTextSplitter 1000/200, `Chroma.from_documents`,
  `similarity_search`) on the same reports;
* `--scale N`: a synthetic corpus of N chunks recombined from the real sentences (numbers
  varied), inserted with precomputed vectors to isolate the store: Chroma add rate and query
  latency, BM25 build and query, a fresh app process answering at that size (load time, answer
  median/p95, resident memory), incremental ingest of one new report, and LangChain's Chroma on
  the same chunks and vectors.

Figures are printed, never asserted: `--json` prints one object.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np

from ingest.settings import Settings, use_offline_env

from .servers import answers, free_port, stop, wait_until_up

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = Path(__file__).resolve().parent / "gold"
REPORT_DIR = ROOT / "data" / "reports"

TARGETS = {"ingest_overhead": 1.15, "answer_over_raw": 3.0, "answer_p50_ms": 50.0,
           "scale_answer_p50_ms": 100.0, "scale_rss_mib": 2048.0, "incremental_index_s": 1.0}

# Used until gold questions exist in eval/gold/*.yaml: realistic questions about the two
# bundled reports, answerable and not.
DEFAULT_QUESTIONS = [
    "What was the global AI market size in 2024?",
    "How large is the global AI market projected to be by 2030?",
    "How much was invested in AI globally in 2024?",
    "What share of global AI financing did China and the United States account for?",
    "What share of total AI financing went to AIGC?",
    "How big was China's core AI industry in 2024?",
    "How many large models has China released?",
    "What share of newly released large models came from China and the US in 2024?",
    "What is the CAGR of China's large model market from 2023 to 2029?",
    "What market share does Company A hold in the foundation model market?",
    "What is MiniMax's market share and rank?",
    "By how much has the per-token inference cost fallen since GPT-4 was released?",
    "How many parameters does OpenAI's Whisper have?",
    "What fee was China Insights Consultancy paid for the report?",
    "What was China's urbanization rate in 2024?",
    "How many urban residents did China have at the end of 2024?",
    "What was the per capita disposable income of urban residents in 2024?",
    "How large is the intelligent robot market expected to become?",
    "How many AI projects were financed in 2024 and for how much?",
    "What upfront fee does on-premise deployment of a foundation model cost?",
    "What was the revenue of the quantum computing market in Brazil in 2024?",
    "How many employees does MiniMax have in its Paris office?",
]


# -- small helpers -----------------------------------------------------------------------------
def load_questions(limit: int | None = None) -> list[str]:
    """The gold questions (eval/gold/*.yaml, top-level `questions:`), else DEFAULT_QUESTIONS;
    `limit` keeps an evenly spread subset."""
    questions: list[str] = []
    if GOLD_DIR.is_dir():
        import yaml

        for path in sorted(GOLD_DIR.glob("*.y*ml")):
            try:
                data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            except (OSError, yaml.YAMLError) as exc:
                _say(f"skipping {path.name}: {exc}")
                continue
            for item in data.get("questions", []) if isinstance(data, dict) else []:
                q = item.get("question") if isinstance(item, dict) else None
                if isinstance(q, str) and q.strip() and q.strip() not in questions:
                    questions.append(q.strip())
    if not questions:
        questions = list(DEFAULT_QUESTIONS)
    if limit and limit < len(questions):
        step = len(questions) / limit
        questions = [questions[int(i * step)] for i in range(limit)]
    return questions


def questions_source() -> str:
    gold = sorted(GOLD_DIR.glob("*.y*ml")) if GOLD_DIR.is_dir() else []
    return "gold: " + ", ".join(p.name for p in gold) if gold and load_questions() != DEFAULT_QUESTIONS else "built-in"


def pct(values: Sequence[float], q: float) -> float:
    """The q-th percentile (nearest rank on the sorted values)."""
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, max(0, math.ceil(q / 100 * len(s)) - 1))]


def p50(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def rss_mib() -> dict[str, float]:
    """Resident memory of this process now and at its peak (MiB), from /proc/self/status."""
    out = {}
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out["rss_mib" if key == "VmRSS" else "peak_rss_mib"] = round(int(value.split()[0]) / 1024, 1)
    except OSError:
        import resource

        out["peak_rss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return out


def machine() -> dict[str, Any]:
    cpu = ""
    with contextlib.suppress(OSError):
        cpu = next((l.split(":", 1)[1].strip() for l in Path("/proc/cpuinfo").read_text().splitlines()
                    if l.startswith("model name")), "")
    mem = 0.0
    with contextlib.suppress(OSError, StopIteration):
        kb = next(l for l in Path("/proc/meminfo").read_text().splitlines() if l.startswith("MemTotal"))
        mem = round(int(kb.split()[1]) / 2**20, 1)
    versions = {}
    for mod in ("chromadb", "torch", "sentence_transformers", "langchain_chroma", "numpy"):
        with contextlib.suppress(Exception):
            versions[mod] = __import__(mod).__version__
    return {"nproc": os.cpu_count(), "memory_gib": mem, "cpu": cpu or platform.processor(), "load_average": _loadavg(),
            "python": platform.python_version(), "platform": platform.platform(), "versions": versions}


def _loadavg() -> list[float] | None:
    """1/5/15-minute load averages: above the CPU count, other work competed with the run."""
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def _say(msg: str) -> None:
    print(f"bench: {msg}", file=sys.stderr, flush=True)


def _r(x: float, nd: int = 2) -> float:
    return round(float(x), nd) if x == x else x  # keep NaN


def embedded(settings: Settings, data_dir: Path) -> Settings:
    """The same settings on an embedded Chroma in `data_dir` (benchmarks never write to a
    configured server)."""
    values = settings.model_dump(exclude_unset=True)
    values.update(data_dir=data_dir, chroma_host=None)
    return Settings(**values)


def chroma_executable() -> str:
    local = Path(sys.executable).parent / "chroma"
    found = str(local) if local.exists() else shutil.which("chroma")
    if not found:
        raise RuntimeError("the `chroma` command (from the chromadb package) is not installed")
    return found


@contextlib.contextmanager
def chroma_server(path: Path, port: int | None = None, timeout: float = 60.0) -> Iterator[tuple[str, int, subprocess.Popen]]:
    """A real `chroma run --path PATH` on loopback; yields (host, port, process) once its
    heartbeat answers, and stops that process (by its id) on exit."""
    port = port or free_port()
    path.mkdir(parents=True, exist_ok=True)
    log_path = path.parent / f"chroma-{port}.log"
    log = log_path.open("wb")
    proc = subprocess.Popen([chroma_executable(), "run", "--path", str(path), "--port", str(port), "--host", "127.0.0.1"],
                            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    try:
        wait_until_up(lambda: answers(f"http://127.0.0.1:{port}/api/v2/heartbeat"), proc, timeout, interval=0.1,
                      what=f"chroma run on port {port}", log=log_path)
        yield "127.0.0.1", port, proc
    finally:
        stop(proc)
        log.close()


class Stopwatch:
    """Accumulated time spent in chosen methods while active (wraps and restores them)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._undo: list[Callable[[], None]] = []

    def wrap(self, owner: Any, name: str, label: str) -> None:
        original = getattr(owner, name)

        def timed(*args, **kwargs):
            t = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.seconds[label] = self.seconds.get(label, 0.0) + time.perf_counter() - t

        setattr(owner, name, timed)
        self._undo.append(lambda: setattr(owner, name, original) if isinstance(owner, type) else owner.__dict__.pop(name, None))

    def __enter__(self) -> "Stopwatch":
        return self

    def __exit__(self, *exc) -> None:
        for undo in reversed(self._undo):
            undo()


# -- quick run: ingest, answer, cold start, LangChain ---------------------------------------------
def bench_ingest(settings: Settings, embedder, reports: Path, work: Path) -> tuple[dict, Any]:
    """Pipeline time on `reports` in a fresh index vs raw embedding of the same chunk texts."""
    from rag.factory import build_app

    app = build_app(embedded(settings, work / "quick"), embedder=embedder).warm_up()
    texts = chunk_texts(app.settings, embedder, reports)
    # the model's first batches are slow (allocations): warm it on real text first
    embedder.embed(texts[:8])
    # the baseline brackets the pipeline (half before, half after) so drift in the machine's
    # speed hits both sides alike
    t, c = time.perf_counter(), time.process_time()
    embedder.embed(texts[0::2])
    raw_s, raw_cpu = time.perf_counter() - t, time.process_time() - c
    with Stopwatch() as sw:
        lib = app.library
        sw.wrap(lib, "_embed", "embed_with_spans")
        sw.wrap(lib.store, "add", "chroma_add")
        sw.wrap(lib.folder, "save", "index_write")
        t, c = time.perf_counter(), time.process_time()
        report = lib.ingest([reports])
        pipeline_s, pipeline_cpu = time.perf_counter() - t, time.process_time() - c
    if report.failed:
        raise RuntimeError(f"ingest failed: {[f.error for f in report.failed]}")
    t, c = time.perf_counter(), time.process_time()
    embedder.embed(texts[1::2])
    raw_s, raw_cpu = raw_s + time.perf_counter() - t, raw_cpu + time.process_time() - c
    stored = sorted(c.text for c in lib.snapshot().chunks)
    if stored != sorted(texts):
        raise RuntimeError("the baseline's chunk texts differ from the pipeline's")
    n = len(texts)
    out = {
        "chunks": n, "reports": len(report.files), "pipeline_s": _r(pipeline_s), "raw_embed_s": _r(raw_s),
        "ingest_overhead": _r(pipeline_s / raw_s, 3),
        # CPU seconds of this process (all threads): steadier than wall time on a shared machine
        "pipeline_cpu_s": _r(pipeline_cpu), "raw_embed_cpu_s": _r(raw_cpu), "ingest_overhead_cpu": _r(pipeline_cpu / raw_cpu, 3),
        "pipeline_chunks_per_s": _r(n / pipeline_s, 1), "raw_chunks_per_s": _r(n / raw_s, 1),
        "breakdown_s": {k: _r(v, 3) for k, v in sw.seconds.items()},
    }
    out["breakdown_s"]["other"] = _r(pipeline_s - sum(sw.seconds.values()), 3)
    return out, app


def chunk_texts(settings: Settings, embedder, reports: Path) -> list[str]:
    """The chunk texts the pipeline will embed for `reports` (same loader, chunker, settings)."""
    import hashlib

    from ingest.chunk import Chunker
    from ingest.loaders import load_file
    from ingest.manifest import doc_info
    from ingest.pipeline import expand_paths

    chunker = Chunker(embedder.count_tokens_batch, settings.chunk_tokens, settings.chunk_overlap_tokens)
    texts = []
    for path in expand_paths([reports]):
        loaded, data = load_file(path, int(settings.max_file_mb * 2**20))
        info = doc_info(path, loaded.sections)
        texts += [c.text for c in chunker.chunk(info, loaded.sections, hashlib.sha256(data).hexdigest()[:16])]
    return texts


def bench_answers(app, questions: list[str], repeat: int) -> dict:
    """Warm answer latency (with breakdown) and raw retrieval latency, interleaved per question."""
    assistant, store, embedder = app.assistant, app.library.store, app.embedder
    depth = max(app.retriever.candidates, 2 * app.settings.k) + 10
    for q in questions:  # warm-up pass: caches, lazily parsed figures, Chroma's index in memory
        assistant.ask(q)
        store.query(embedder.embed([q])[0], depth)
    totals, raws, parts = [], [], {k: [] for k in ("embed", "dense", "bm25", "fusion", "answer", "retrieve")}
    abstained = 0
    for _ in range(repeat):
        for q in questions:
            t = time.perf_counter()
            store.query(embedder.embed([q])[0], depth)
            raws.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            a = assistant.ask(q)
            totals.append((time.perf_counter() - t) * 1000)
            abstained += a.abstained
            for k in parts:
                parts[k].append(a.timings_ms.get(k, 0.0))
    breakdown = {k: _r(p50(v), 3) for k, v in parts.items()}
    breakdown["other"] = _r(max(0.0, p50(totals) - sum(breakdown[k] for k in ("embed", "dense", "bm25", "fusion", "answer"))), 3)
    return {
        "questions": len(questions), "repeat": repeat, "abstained_share": _r(abstained / max(1, len(totals)), 3),
        "answer_p50_ms": _r(p50(totals)), "answer_p95_ms": _r(pct(totals, 95)),
        "raw_retrieval_p50_ms": _r(p50(raws)), "raw_retrieval_p95_ms": _r(pct(raws, 95)),
        "answer_over_raw": _r(p50(totals) / p50(raws), 3), "breakdown_p50_ms": breakdown,
    }


def reportqa_command() -> list[str]:
    exe = Path(sys.executable).parent / "reportqa"
    return [str(exe)] if exe.exists() else [sys.executable, "-c", "from ui.cli import main; main()"]


def bench_cold_start(data_dir: Path, question: str) -> dict:
    """A fresh `reportqa ask --json` process: time until its answer reaches stdout, and until exit."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("REPORTQA_")}
    env.update(REPORTQA_DATA_DIR=str(data_dir), PYTHONUNBUFFERED="1")
    t = time.perf_counter()
    proc = subprocess.Popen(reportqa_command() + ["ask", "--json", question], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env, cwd=str(ROOT), bufsize=0)
    assert proc.stdout is not None
    first = proc.stdout.read(1)
    first_s = time.perf_counter() - t
    rest, err = proc.communicate(timeout=300)
    exit_s = time.perf_counter() - t
    if proc.returncode != 0 or not first:
        raise RuntimeError(f"reportqa ask failed ({proc.returncode}): {err.decode(errors='replace')[-500:]}")
    answer = json.loads(first + rest)
    return {"cold_start_s": _r(first_s), "process_exit_s": _r(exit_s), "answer": answer["answer"][:120]}


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


def bench_langchain(embedder, work: Path, questions: list[str], repeat: int, reports: Path | None = None,
                    documents: Sequence[str] | None = None, vectors: dict[str, np.ndarray] | None = None) -> dict:
    """The naive pipeline: split 1000/200 + Chroma.from_documents + similarity_search (k=5).
    With `documents` and `vectors` the given chunks go in as they are, with their vectors."""
    from langchain_core.documents import Document

    try:
        from langchain_chroma import Chroma
    except ImportError:
        return _chromadb_naive(embedder, work, questions, repeat, reports, documents, vectors)
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    client = chromadb.PersistentClient(path=str(work / "langchain"), settings=ChromaSettings(anonymized_telemetry=False))
    t = time.perf_counter()
    if documents is None:
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        assert reports is not None
        docs = [Document(page_content=p.read_text(encoding="utf-8"), metadata={"source": p.name}) for p in sorted(reports.glob("*.txt"))]
        splits = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200).split_documents(docs)
        emb = embedder
    else:
        splits = [Document(page_content=d, metadata={"source": "synthetic"}) for d in documents]
        emb = PrecomputedEmbeddings(vectors or {}, embedder)
    db = Chroma.from_documents(splits, embedding=emb, client=client, collection_name="naive-langchain",
                               collection_metadata={"hnsw:space": "cosine"})
    ingest_s = time.perf_counter() - t
    for q in questions:
        db.similarity_search(q, k=5)
    lat = []
    for _ in range(repeat):
        for q in questions:
            t = time.perf_counter()
            db.similarity_search(q, k=5)
            lat.append((time.perf_counter() - t) * 1000)
    return {"pipeline": "langchain_chroma.Chroma.from_documents + similarity_search(k=5)",
            "chunks": len(splits), "ingest_s": _r(ingest_s), "chunks_per_s": _r(len(splits) / ingest_s, 1),
            "query_p50_ms": _r(p50(lat)), "query_p95_ms": _r(pct(lat, 95))}


def _chromadb_naive(embedder, work, questions, repeat, reports, documents, vectors) -> dict:
    """The same naive pipeline on chromadb directly (when langchain-chroma is not installed)."""
    import chromadb
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    client = chromadb.PersistentClient(path=str(work / "naive"))
    col = client.get_or_create_collection("naive-chromadb", embedding_function=None, configuration={"hnsw": {"space": "cosine"}})
    t = time.perf_counter()
    if documents is None:
        splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
        texts = [s for p in sorted(reports.glob("*.txt")) for s in splitter.split_text(p.read_text(encoding="utf-8"))]
        vecs = embedder.embed(texts)
    else:
        texts = list(documents)
        vecs = np.stack([vectors[d] for d in texts])
    page = client.get_max_batch_size()
    for i in range(0, len(texts), page):
        col.add(ids=[str(j) for j in range(i, min(i + page, len(texts)))], embeddings=vecs[i:i + page], documents=texts[i:i + page])
    ingest_s = time.perf_counter() - t
    lat = []
    for rep in range(repeat + 1):
        for q in questions:
            t = time.perf_counter()
            col.query(query_embeddings=[embedder.embed([q])[0]], n_results=5, include=["documents", "distances"])
            if rep:
                lat.append((time.perf_counter() - t) * 1000)
    return {"pipeline": "chromadb + RecursiveCharacterTextSplitter(1000/200), query k=5", "chunks": len(texts),
            "ingest_s": _r(ingest_s), "chunks_per_s": _r(len(texts) / ingest_s, 1),
            "query_p50_ms": _r(p50(lat)), "query_p95_ms": _r(pct(lat, 95))}


def bench_server(settings: Settings, embedder, reports: Path, work: Path, questions: list[str], repeat: int) -> dict:
    """The same ingest and answers against a real `chroma run` on loopback."""
    from rag.factory import build_app

    with chroma_server(work / "server-db") as (host, port, _proc):
        values = settings.model_dump(exclude_unset=True)
        values.update(data_dir=work / "server-app", chroma_host=host, chroma_port=port)
        app = build_app(Settings(**values), embedder=embedder).warm_up()
        t = time.perf_counter()
        app.library.ingest([reports])
        ingest_s = time.perf_counter() - t
        answers = bench_answers(app, questions, repeat)
        # a second app on "another machine": empty data dir, index synced from the server
        values.update(data_dir=work / "server-app-2")
        other = build_app(Settings(**values), embedder=embedder).warm_up()
        t = time.perf_counter()
        other.library.snapshot()
        sync_s = time.perf_counter() - t
    return {"ingest_s": _r(ingest_s), "second_app_sync_s": _r(sync_s), **{k: answers[k] for k in (
        "answer_p50_ms", "answer_p95_ms", "raw_retrieval_p50_ms", "raw_retrieval_p95_ms", "answer_over_raw", "breakdown_p50_ms")}}


# -- scale: a synthetic corpus ------------------------------------------------------------------------
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
    from ingest.index import IndexFolder, Segment, Snapshot
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
            "generate_s": _r(gen_s), "chroma_add_s": _r(add_s), "chroma_add_per_s": _r(len(texts) / add_s, 1),
            "bm25_build_s": _r(bm25_build_s), "index_write_s": _r(write_s),
            "bm25_postings": int(len(keyword.docs)), "bm25_terms": len(keyword.terms)}


def bench_store_queries(app, questions: list[str], repeat: int) -> dict:
    """Chroma query and BM25 (score + top-k) latency on their own, at the current size."""
    from rag.retrieve import keyword_top

    lib = app.library
    snap = lib.snapshot()
    vecs = [app.embedder.embed([q])[0] for q in questions]
    depth = max(app.retriever.candidates, 2 * app.settings.k)
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
    return {"chroma_query_p50_ms": _r(p50(dense)), "chroma_query_p95_ms": _r(pct(dense, 95)),
            "bm25_query_p50_ms": _r(p50(sparse)), "bm25_query_p95_ms": _r(pct(sparse, 95))}


def bench_app_process(data_dir: Path, questions: list[str], repeat: int) -> dict:
    """A fresh app process on the index: import + model + index load, first answer, warm
    answers, resident memory (the figures a user's process would show)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("REPORTQA_")}
    env["REPORTQA_DATA_DIR"] = str(data_dir)
    payload = json.dumps({"questions": questions, "repeat": repeat})
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", "from eval.bench import app_worker; app_worker()"], input=payload,
                          capture_output=True, text=True, env=env, cwd=str(ROOT), timeout=1800)
    if proc.returncode != 0:
        raise RuntimeError(f"app process failed: {proc.stderr[-800:]}")
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    out["process_s"] = _r(time.perf_counter() - t)
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
        "chunks": len(snap.chunks), "startup_s": _r(t_model - t0), "import_s": _r(t_import - t0),
        "model_load_s": _r(t_embedder - t_import), "chroma_open_s": _r(t_model - t_embedder), "index_load_s": _r(t_load - t_model),
        "first_answer_s": _r(t_first - t0), "answer_p50_ms": _r(p50(totals)), "answer_p95_ms": _r(pct(totals, 95)),
        "breakdown_p50_ms": {k: _r(p50(v), 3) for k, v in parts.items()},
        "rss_after_load_mib": mem_loaded.get("rss_mib"), **rss_mib(),
    }))


def bench_incremental(settings: Settings, embedder, report: Path, work: Path) -> dict:
    """Ingest one new real report into the big index, timing each step, and how long another
    process that already holds the index takes to pick the change up."""
    from ingest.index import IndexFolder, Snapshot
    from ingest.pipeline import Library
    from ingest.store import ChunkStore

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
    with Stopwatch() as sw:
        sw.wrap(writer, "_embed", "embed")
        sw.wrap(ChunkStore, "add", "chroma_add")
        sw.wrap(ChunkStore, "delete_doc", "chroma_delete")
        sw.wrap(Snapshot, "replace_docs", "index_update")
        sw.wrap(IndexFolder, "save", "index_write")
        t = time.perf_counter()
        result = writer.ingest([target])
        total_s = time.perf_counter() - t
    t = time.perf_counter()
    snap = reader.snapshot()
    reader_s = time.perf_counter() - t
    # its first vector query after the change (an embedded client is recreated to see the new
    # vectors, and Chroma reloads its index on that query)
    t = time.perf_counter()
    reader.store.query(embedder.embed(["market size in 2024"])[0], 40)
    reader_query_s = time.perf_counter() - t
    steps = {k: _r(v, 3) for k, v in sw.seconds.items()}
    steps["other"] = _r(total_s - sum(sw.seconds.values()), 3)
    return {"report_chunks": result.chunks_added, "ingest_s": _r(total_s), "steps_s": steps,
            "index_update_and_write_s": _r(sw.seconds.get("index_update", 0) + sw.seconds.get("index_write", 0), 3),
            "reader_refresh_s": _r(reader_s, 3), "reader_first_query_s": _r(reader_query_s, 3), "writer_initial_load_s": _r(load_s), "chunks_after": len(snap.chunks)}


def bench_scale(settings: Settings, embedder, source_snapshot, n: int, questions: list[str], repeat: int,
                work: Path, langchain: bool = True) -> dict:
    from rag.factory import build_app

    _say(f"scale {n:,}: generating and inserting the synthetic corpus")
    s = embedded(settings, work / f"scale-{n}")
    corpus = SyntheticCorpus(source_snapshot)
    naive: dict[str, np.ndarray] | None = {} if langchain else None
    out: dict[str, Any] = {"n": n, "insert": build_synthetic_index(s, embedder, corpus, n, naive)}
    _say(f"scale {n:,}: fresh app process (load, answers, memory)")
    out["app"] = bench_app_process(s.data_dir, questions, repeat)
    app = build_app(s, embedder=embedder).warm_up()
    out["store"] = bench_store_queries(app, questions, repeat)
    raw = []
    for q in questions:
        t = time.perf_counter()
        app.library.store.query(embedder.embed([q])[0], 40)
        raw.append((time.perf_counter() - t) * 1000)
    out["store"]["raw_retrieval_p50_ms"] = _r(p50(raw))
    _say(f"scale {n:,}: incremental ingest of one new report")
    out["incremental"] = bench_incremental(s, embedder, REPORT_DIR / "cic-foundation-model-market-2025.txt", work / f"scale-{n}")
    if naive is not None:
        _say(f"scale {n:,}: LangChain Chroma on the same chunks and vectors")
        out["langchain"] = bench_langchain(embedder, work / f"scale-{n}", questions, repeat,
                                           documents=list(naive), vectors=naive)
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


# -- the run ---------------------------------------------------------------------------------------
def run(settings: Settings, args: argparse.Namespace) -> dict:
    use_offline_env()
    from ingest.embedding import Embedder

    started = time.perf_counter()
    questions = load_questions(args.questions)
    result: dict[str, Any] = {"date": datetime.now(timezone.utc).isoformat(timespec="seconds"), "machine": machine(),
                              "questions": {"count": len(questions), "source": questions_source()}}
    t = time.perf_counter()
    embedder = Embedder(settings.embed_model_path, batch_size=settings.embed_batch_size)
    embedder.warm_up()
    result["model_load_s"] = _r(time.perf_counter() - t)
    reports = Path(args.reports) if args.reports else REPORT_DIR
    with tempfile.TemporaryDirectory(prefix="reportqa-bench-") as tmp:
        work = Path(tmp)
        _say("ingest: pipeline vs raw embedding")
        result["ingest"], app = bench_ingest(settings, embedder, reports, work)
        _say(f"answers: {len(questions)} questions x {args.repeat}")
        result["answer"] = bench_answers(app, questions, args.repeat)
        if not args.no_cold:
            _say("cold start: fresh `reportqa ask` process")
            result["cold_start"] = bench_cold_start(app.settings.data_dir, questions[0])
        if not args.no_langchain:
            _say("naive LangChain pipeline on the same reports")
            result["langchain"] = bench_langchain(embedder, work, questions, args.repeat, reports=reports)
        if args.server:
            _say("server mode: chroma run on loopback")
            result["server"] = bench_server(settings, embedder, reports, work, questions, args.repeat)
        result["quick_s"] = _r(time.perf_counter() - started, 1)
        if args.scale:
            snap = app.library.snapshot()
            result["scale"] = {}
            for n in args.scale:
                result["scale"][str(n)] = bench_scale(settings, embedder, snap, n, questions, args.scale_repeat, work,
                                                      langchain=not args.no_langchain)
                shutil.rmtree(work / f"scale-{n}", ignore_errors=True)
    result["load_average_end"] = _loadavg()
    result.update(headline(result))
    result["targets"] = check_targets(result)
    result["total_s"] = _r(time.perf_counter() - started, 1)
    return result


def headline(r: dict) -> dict:
    """The top-level keys `--json` promises."""
    out = {"ingest_overhead": r["ingest"]["ingest_overhead"], "ingest_overhead_cpu": r["ingest"]["ingest_overhead_cpu"],
           "answer_p50_ms": r["answer"]["answer_p50_ms"],
           "answer_p95_ms": r["answer"]["answer_p95_ms"], "raw_retrieval_p50_ms": r["answer"]["raw_retrieval_p50_ms"],
           "answer_over_raw": r["answer"]["answer_over_raw"],
           "cold_start_s": r.get("cold_start", {}).get("cold_start_s")}
    return out


def check_targets(r: dict) -> dict:
    """Each target: measured value, limit, met, and the margin (value / limit)."""
    rows: dict[str, dict] = {}

    def add(name: str, value, limit: float) -> None:
        if value is None or value != value:
            return
        rows[name] = {"value": value, "limit": limit, "met": value <= limit, "ratio": _r(value / limit, 3)}

    add("ingest_overhead", r["ingest"]["ingest_overhead"], TARGETS["ingest_overhead"])
    add("ingest_overhead_cpu", r["ingest"]["ingest_overhead_cpu"], TARGETS["ingest_overhead"])
    add("answer_over_raw", r["answer"]["answer_over_raw"], TARGETS["answer_over_raw"])
    add("answer_p50_ms", r["answer"]["answer_p50_ms"], TARGETS["answer_p50_ms"])
    for n, sc in (r.get("scale") or {}).items():
        add(f"scale_{n}_answer_p50_ms", sc["summary"]["answer_p50_ms"], TARGETS["scale_answer_p50_ms"])
        add(f"scale_{n}_rss_mib", sc["summary"]["rss_mib"], TARGETS["scale_rss_mib"])
        add(f"scale_{n}_incremental_index_s", sc["summary"]["incremental_index_s"], TARGETS["incremental_index_s"])
    return rows


def render(r: dict) -> str:
    """A plain-text report of the run."""
    lines = [f"ReportQA benchmarks, {r['date']}  ({r['machine']['nproc']} CPUs, {r['machine']['memory_gib']} GiB, {r['machine']['cpu']})",
             f"questions: {r['questions']['count']} ({r['questions']['source']}); model load {r['model_load_s']} s", ""]
    i = r["ingest"]
    lines += [f"ingest   {i['chunks']} chunks: pipeline {i['pipeline_s']} s vs raw embedding {i['raw_embed_s']} s "
              f"-> overhead x{i['ingest_overhead']} (CPU time x{i['ingest_overhead_cpu']})", f"         steps (s): {i['breakdown_s']}"]
    a = r["answer"]
    lines += [f"answer   p50 {a['answer_p50_ms']} ms, p95 {a['answer_p95_ms']} ms vs raw retrieval p50 {a['raw_retrieval_p50_ms']} ms "
              f"-> x{a['answer_over_raw']}", f"         breakdown p50 (ms): {a['breakdown_p50_ms']}"]
    if "cold_start" in r:
        lines += [f"cold     `reportqa ask` first answer {r['cold_start']['cold_start_s']} s (process exit {r['cold_start']['process_exit_s']} s)"]
    if "langchain" in r:
        lc = r["langchain"]
        lines += [f"naive    LangChain: {lc['chunks']} chunks ingested in {lc['ingest_s']} s, similarity_search p50 {lc['query_p50_ms']} ms"]
    if "server" in r:
        sv = r["server"]
        lines += [f"server   ingest {sv['ingest_s']} s, answer p50 {sv['answer_p50_ms']} ms (raw {sv['raw_retrieval_p50_ms']} ms), "
                  f"second app sync {sv['second_app_sync_s']} s"]
    for n, sc in (r.get("scale") or {}).items():
        s = sc["summary"]
        lines += ["", f"scale {int(n):,} chunks ({sc['insert']['reports']} reports, {sc['insert']['sentences']:,} sentences)",
                  f"  chroma add {s['chroma_add_per_s']:,} chunks/s; query p50 {s['chroma_query_p50_ms']} ms, p95 {s['chroma_query_p95_ms']} ms",
                  f"  bm25 build {s['bm25_build_s']} s; query p50 {s['bm25_query_p50_ms']} ms, p95 {s['bm25_query_p95_ms']} ms",
                  f"  app process: index load {s['index_load_s']} s, answer p50 {s['answer_p50_ms']} ms, p95 {s['answer_p95_ms']} ms, peak RSS {s['rss_mib']} MiB",
                  f"  one new report: ingest {s['incremental_ingest_s']} s (index update+write {s['incremental_index_s']} s), "
                  f"another process picks it up in {s['reader_refresh_s']} s (+{s['reader_first_query_s']} s first query)"]
        if "langchain" in sc:
            lines += [f"  LangChain Chroma, same chunks+vectors: ingest {sc['langchain']['ingest_s']} s, query p50 {sc['langchain']['query_p50_ms']} ms"]
    wall, cpu = i["ingest_overhead"], i["ingest_overhead_cpu"]
    if abs(wall - cpu) > 0.1 * cpu:
        lines += ["", f"note: the wall-clock ingest ratio (x{wall}) and the CPU-time one (x{cpu}) disagree: other work "
                      f"competed for the CPUs (load average {r['machine'].get('load_average')} -> {r.get('load_average_end')} "
                      f"on {r['machine']['nproc']} CPUs); the CPU-time ratio is the steadier figure"]
    lines += ["", "targets:"]
    for name, t in r["targets"].items():
        lines += [f"  {'met ' if t['met'] else 'MISS'}  {name}: {t['value']} (limit {t['limit']}, {t['ratio']:.2f} of it)"]
    lines += [f"total {r['total_s']} s"]
    return "\n".join(lines)


def write_chart(r: dict, path: Path) -> Path:
    """Bars of the quick figures against their baselines and, with --scale, the synthetic-corpus
    latencies and the cost of one new report by size."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    scale = r.get("scale") or {}
    fig, axes = plt.subplots(2 if scale else 1, 2, figsize=(12, 8.5 if scale else 4.4), squeeze=False)
    small = {"fontsize": 9}
    ax = axes[0][0]
    i = r["ingest"]
    names = ["raw embedding\n(baseline)", "ReportQA ingest"] + (["LangChain naive\n(split 1000/200)"] if "langchain" in r else [])
    ax.bar(names, [i["raw_embed_s"], i["pipeline_s"]] + ([r["langchain"]["ingest_s"]] if "langchain" in r else []),
           color=["#999999", "#2b6cb0", "#dd8452"][:len(names)])
    ax.set_ylabel("seconds (wall clock)")
    ax.set_title(f"Ingest, bundled reports ({i['chunks']} chunks): x{i['ingest_overhead']} raw embedding\n"
                 f"(CPU time x{i['ingest_overhead_cpu']}; target ≤ 1.15)", **small)
    ax = axes[0][1]
    a = r["answer"]
    b = a["breakdown_p50_ms"]
    ax.bar(["raw retrieval\n(embed + Chroma)"], [a["raw_retrieval_p50_ms"]], color="#999999")
    bottom = 0.0
    colors = {"embed": "#4c72b0", "dense": "#55a868", "bm25": "#c44e52", "fusion": "#8172b2", "answer": "#ccb974", "other": "#64b5cd"}
    for k, col in colors.items():
        ax.bar(["ReportQA answer"], [b.get(k, 0)], bottom=bottom, color=col, label=k)
        bottom += b.get(k, 0)
    if "langchain" in r:
        ax.bar(["LangChain\nsimilarity_search"], [r["langchain"]["query_p50_ms"]], color="#dd8452")
    ax.axhline(50, color="red", lw=0.8, ls="--")
    ax.set_ylabel("median ms, warm")
    ax.set_title(f"Answer p50 {a['answer_p50_ms']} ms = x{a['answer_over_raw']} raw retrieval\n(targets ≤ 3x and ≤ 50 ms, dashed)", **small)
    ax.legend(fontsize=7, loc="upper right")
    if scale:
        ns = sorted(scale, key=int)
        labels = [f"{int(n):,} chunks\npeak RSS {scale[n]['summary']['rss_mib']:.0f} MiB" for n in ns]
        xs = np.arange(len(ns))
        ax = axes[1][0]
        w = 0.2
        series = [("answer p50", "answer_p50_ms", "#2b6cb0"), ("answer p95", "answer_p95_ms", "#9ecae1"),
                  ("Chroma query p50", "chroma_query_p50_ms", "#55a868"), ("BM25 query p50", "bm25_query_p50_ms", "#c44e52")]
        for k, (name, key, col) in enumerate(series):
            ax.bar(xs + (k - 1.5) * w, [scale[n]["summary"][key] for n in ns], w, label=name, color=col)
        ax.axhline(100, color="red", lw=0.8, ls="--")
        ax.set_xticks(xs, labels, **small)
        ax.set_ylabel("ms")
        ax.set_title("Synthetic corpus, fresh app process\n(target answer p50 < 100 ms, dashed; RSS < 2 GiB)", **small)
        ax.legend(fontsize=7)
        ax = axes[1][1]
        series = [("full BM25 build (what a rebuild costs)", lambda s: s["bm25_build_s"], "#999999"),
                  ("incremental index update + write", lambda s: s["incremental_index_s"], "#2b6cb0"),
                  ("another process picks it up", lambda s: s["reader_refresh_s"], "#55a868")]
        w = 0.25
        for k, (name, get, col) in enumerate(series):
            ax.bar(xs + (k - 1) * w, [get(scale[n]["summary"]) for n in ns], w, label=name, color=col)
        ax.axhline(1.0, color="red", lw=0.8, ls="--")
        ax.set_xticks(xs, labels, **small)
        ax.set_ylabel("seconds")
        ax.set_title("One new report into the index (embedding excluded)\n(target: no full rebuild, or < 1 s, dashed)", **small)
        ax.legend(fontsize=7)
    load = r["machine"].get("load_average")
    fig.suptitle(f"ReportQA benchmarks — {r['date'][:10]}, {r['machine']['nproc']} CPUs ({r['machine']['cpu']}), "
                 f"{r['machine']['memory_gib']} GiB" + (f", load average at start {load[0]}" if load else ""), fontsize=10)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path


def parse_args(args: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="reportqa bench", description=__doc__.split("\n\n")[0])
    p.add_argument("--json", action="store_true", help="Print one JSON object on stdout.")
    p.add_argument("--scale", type=lambda v: [int(x.replace("_", "")) for x in v.split(",")], action="append", nargs="+",
                   default=[], metavar="N", help="Also measure synthetic corpora of N chunks (--scale 10000 100000, repeatable).")
    p.add_argument("--questions", type=int, default=None, metavar="N", help="Use N questions, evenly spread (default 40; 0 = all).")
    p.add_argument("--repeat", type=int, default=3, help="Timed passes over the questions (after one warm-up pass).")
    p.add_argument("--scale-repeat", type=int, default=2, help="Timed passes at scale.")
    p.add_argument("--quick", action="store_true", help="Smoke run: 3 questions, 1 pass, no cold start, no LangChain.")
    p.add_argument("--no-cold", action="store_true", help="Skip the cold-start subprocess.")
    p.add_argument("--no-langchain", action="store_true", help="Skip the naive LangChain comparison.")
    p.add_argument("--server", action="store_true", help="Also measure against a real `chroma run` on loopback.")
    p.add_argument("--reports", default=None, help="Reports folder for the ingest figures (default: the bundled ones).")
    p.add_argument("--out", default=None, help="Also write the JSON result to this file.")
    p.add_argument("--chart", default=None, help="Write a PNG chart of the figures to this path.")
    ns = p.parse_args(args)
    ns.scale = list(dict.fromkeys(n for flag in ns.scale for value in flag for n in value if n > 0))
    if ns.quick:
        ns.questions, ns.repeat, ns.scale_repeat, ns.no_cold, ns.no_langchain = 3, 1, 1, True, True
    if ns.questions is None:
        ns.questions = 40
    elif ns.questions <= 0:
        ns.questions = None  # every question
    ns.repeat = max(1, ns.repeat)
    return ns


def run_bench_cli(settings: Settings, args: list[str]) -> int:
    """`reportqa bench ...`: 0 when the run completed (targets are reported, not enforced)."""
    try:
        ns = parse_args(args)
    except SystemExit as exc:
        return int(exc.code or 0)
    try:
        result = run(settings, ns)
    except Exception as exc:  # a benchmark failure is one line, not a traceback
        print(f"error: benchmark failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    if ns.out:
        Path(ns.out).write_text(json.dumps(result, indent=2))
    if ns.chart:
        write_chart(result, Path(ns.chart))
    if ns.json:
        print(json.dumps(result))
    else:
        print(render(result))
    return 0


if __name__ == "__main__":  # python -m eval.bench ...
    raise SystemExit(run_bench_cli(Settings(), sys.argv[1:]))

"""The quick benchmark cases on the bundled reports, run per embedding backend: ingest, warm
answers, cold start; and the naive LangChain pipeline they are compared with in the same run.

Stage timings come from the pipeline itself (`IngestReport.timings_ms`, `Answer.timings_ms`).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from ingest.settings import Settings

from .common import ROOT, child_env, embedded, p50, pct, r, say

STAGES = ("embed", "snapshot", "dense", "bm25", "fusion", "answer", "retrieve")


def make_embedder(settings: Settings, backend: str):
    """A loaded Embedder on `backend`, and the seconds loading took."""
    from ingest.embedding import Embedder

    t = time.perf_counter()
    embedder = Embedder(settings.embed_model_path, batch_size=settings.embed_batch_size, backend=backend,
                        cache_dir=settings.cache_dir)
    embedder.warm_up()
    return embedder, time.perf_counter() - t


def bench_backend(settings: Settings, backend: str, reports: Path, work: Path, questions: list[str], repeat: int,
                  cold: bool, naive=None, loaded: tuple[Any, float] | None = None, web: bool = False) -> tuple[dict, Any]:
    """Ingest, answers and (optionally) a cold start with one embedding backend; returns (figures, app).
    `naive` (a built NaiveBaseline) is queried interleaved with the answers; `loaded` is an
    already loaded (embedder, seconds) for this backend."""
    from rag.factory import build_app

    embedder, load_s = loaded or make_embedder(settings, backend)
    app = build_app(embedded(settings, work / f"quick-{backend}", embed_backend=backend), embedder=embedder).warm_up()
    say(f"{backend}: ingest of {reports}")
    out: dict[str, Any] = {"backend": embedder.backend_name, "model_load_s": r(load_s), "ingest": bench_ingest(app, reports)}
    say(f"{backend}: answers, {len(questions)} questions x {repeat}")
    out["answer"] = bench_answers(app, questions, repeat, naive)
    if cold:
        say(f"{backend}: cold start, a fresh `reportqa ask` process")
        out["cold_start"] = bench_cold_start(app.settings.data_dir, questions[0], backend)
    if web:
        say(f"{backend}: web UI, a fresh `reportqa serve` and its first answer")
        try:
            out["web"] = bench_web_first_answer(app.settings.data_dir, questions[0], backend)
        except Exception as exc:  # optional: a missing web stack is reported, not fatal
            out["web"] = {"error": f"{type(exc).__name__}: {str(exc)[:300]}"}
    return out, app


def bench_ingest(app, reports: Path) -> dict:
    """`Library.ingest` of `reports` into a fresh index against raw embedding of the same chunk texts."""
    embedder = app.embedder
    embedder.embed(["warm the model up on a short text first"] * 8)
    t, c = time.perf_counter(), time.process_time()
    report = app.library.ingest([reports])
    pipeline_s, pipeline_cpu = time.perf_counter() - t, time.process_time() - c
    if report.failed:
        raise RuntimeError(f"ingest failed: {[f.error for f in report.failed]}")
    texts = [chunk.text for chunk in app.library.snapshot().chunks]
    t, c = time.perf_counter(), time.process_time()
    embedder.embed(texts)
    raw_s, raw_cpu = time.perf_counter() - t, time.process_time() - c
    n = report.chunks_added
    return {
        "chunks": n, "reports": len(report.files), "pipeline_s": r(pipeline_s), "raw_embed_s": r(raw_s),
        "ingest_overhead": r(pipeline_s / raw_s, 3),
        # CPU seconds of this process (all threads): steadier than wall time on a shared machine
        "pipeline_cpu_s": r(pipeline_cpu), "raw_embed_cpu_s": r(raw_cpu), "ingest_overhead_cpu": r(pipeline_cpu / raw_cpu, 3),
        "chunks_per_s": r(n / pipeline_s, 1), "chunks_per_cpu_s": r(n / pipeline_cpu, 2), "raw_chunks_per_s": r(n / raw_s, 1),
        "stages_ms": {k: r(v, 1) for k, v in report.timings_ms.items()},
    }


def bench_answers(app, questions: list[str], repeat: int, naive=None) -> dict:
    """Warm answer latency (with the breakdown from `Answer.timings_ms`), raw retrieval latency
    (query embedding + one Chroma query) and, with `naive`, LangChain's bare
    `similarity_search(k=5)`, interleaved question by question so load drift hits all alike."""
    assistant, store, embedder = app.assistant, app.library.store, app.embedder
    depth = max(app.searcher.candidates, 2 * app.settings.k) + 10
    for q in questions:  # warm-up pass: caches, lazily parsed figures, Chroma's index in memory
        assistant.ask(q)
        store.query(embedder.embed([q])[0], depth)
        if naive is not None:
            naive.store.similarity_search(q, k=5)
    totals, raws, lc, parts = [], [], [], {k: [] for k in STAGES}
    abstained = 0
    for _ in range(repeat):
        for q in questions:
            if naive is not None:
                t = time.perf_counter()
                naive.store.similarity_search(q, k=5)
                lc.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            store.query(embedder.embed([q])[0], depth)
            raws.append((time.perf_counter() - t) * 1000)
            a = assistant.ask(q)
            totals.append(a.timings_ms["total"])
            abstained += a.abstained
            for k in parts:
                parts[k].append(a.timings_ms.get(k, 0.0))
    breakdown = {k: r(p50(v), 3) for k, v in parts.items()}
    # what is left outside retrieval (snapshot check, embed, dense, bm25, fusion) and the answerer
    breakdown["other"] = r(max(0.0, p50(totals) - breakdown["retrieve"] - breakdown["answer"]), 3)
    naive_figures = {"langchain_query_p50_ms": r(p50(lc)), "langchain_query_p95_ms": r(pct(lc, 95))} if lc else {}
    return {**naive_figures,
        "questions": len(questions), "repeat": repeat, "abstained_share": r(abstained / max(1, len(totals)), 3),
        "answer_p50_ms": r(p50(totals)), "answer_p95_ms": r(pct(totals, 95)),
        "raw_retrieval_p50_ms": r(p50(raws)), "raw_retrieval_p95_ms": r(pct(raws, 95)),
        "answer_over_raw": r(p50(totals) / p50(raws), 3), "breakdown_p50_ms": breakdown,
    }


def reportqa_command() -> list[str]:
    exe = Path(sys.executable).parent / "reportqa"
    return [str(exe)] if exe.exists() else [sys.executable, "-c", "from ui.cli import main; main()"]


def bench_cold_start(data_dir: Path, question: str, backend: str) -> dict:
    """A fresh `reportqa ask --json` process: time until its answer reaches stdout, and until exit."""
    env = child_env(REPORTQA_DATA_DIR=str(data_dir), REPORTQA_EMBED_BACKEND=backend, PYTHONUNBUFFERED="1")
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
    return {"cold_start_s": r(first_s), "process_exit_s": r(exit_s), "answer": answer["answer"][:120]}


def bench_web_first_answer(data_dir: Path, question: str, backend: str, timeout: float = 180.0) -> dict:
    """A fresh `reportqa serve` on a free loopback port: seconds until it serves the page
    (it warms the model, index and answerer first), then the page load (GET /) and the first
    answer through the HTTP API (/gradio_api/call/ask), timed from the end of the page load."""
    import httpx

    from eval.servers import answers, free_port, stop, wait_until_up

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log_path = data_dir.parent / f"serve-{backend}-{port}.log"
    env = child_env(REPORTQA_DATA_DIR=str(data_dir), REPORTQA_EMBED_BACKEND=backend)
    with log_path.open("wb") as log:
        t = time.perf_counter()
        proc = subprocess.Popen(reportqa_command() + ["serve", "--port", str(port)], stdout=log, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, env=env, cwd=str(ROOT))
        try:
            # up = the address printed (serve warms up first) and the page answering
            wait_until_up(lambda: b"ReportQA web UI on" in log_path.read_bytes() and answers(url + "/", timeout=5.0),
                          proc, timeout, interval=0.1,
                          what=f"reportqa serve on port {port}", log=log_path, error=RuntimeError)
            up_s = time.perf_counter() - t
            with httpx.Client(base_url=url, timeout=60.0) as client:
                t = time.perf_counter()
                client.get("/").raise_for_status()
                client.get("/config").raise_for_status()
                page_s = time.perf_counter() - t
                t = time.perf_counter()
                event = client.post("/gradio_api/call/ask", json={"data": [question, "", 0]})
                event.raise_for_status()
                body = client.get(f"/gradio_api/call/ask/{event.json()['event_id']}").text
                first_s = time.perf_counter() - t
        finally:
            stop(proc)
    if "event: complete" not in body:
        raise RuntimeError(f"reportqa serve: the first /ask did not complete: {body[-300:]}")
    return {"serve_up_s": r(up_s), "page_load_s": r(page_s), "first_answer_s": r(first_s, 3)}


def build_langchain(embedder, reports: Path) -> tuple[Any, dict]:
    """The naive LangChain pipeline of eval/naive.py (split 1000/200, langchain-chroma, same model),
    built on `reports`: (the baseline, to query beside the answers; its ingest figures). Close it after."""
    from eval.naive import NaiveBaseline

    baseline = NaiveBaseline(embedder)
    t, c = time.perf_counter(), time.process_time()
    baseline.build([reports])
    ingest_s, ingest_cpu = time.perf_counter() - t, time.process_time() - c
    return baseline, {
        "pipeline": "eval/naive.py: RecursiveCharacterTextSplitter(1000, 200) + langchain_chroma + similarity_search(k=5)",
        "embedding_backend": embedder.backend_name, "chunks": baseline.chunks, "ingest_s": r(ingest_s),
        "chunks_per_s": r(baseline.chunks / ingest_s, 1), "ingest_cpu_s": r(ingest_cpu),
        "chunks_per_cpu_s": r(baseline.chunks / ingest_cpu, 2)}


def bench_server(settings: Settings, embedder, reports: Path, work: Path, questions: list[str], repeat: int) -> dict:
    """The same ingest and answers against a real `chroma run` on loopback."""
    from rag.factory import build_app

    from .servers import chroma_server

    with chroma_server(work / "server-db") as (host, port, _proc):
        values = settings.model_dump(exclude_unset=True)
        values.update(data_dir=work / "server-app", chroma_host=host, chroma_port=port,
                      embed_backend=embedder.requested_backend)
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
    return {"ingest_s": r(ingest_s), "second_app_sync_s": r(sync_s), **{k: answers[k] for k in (
        "answer_p50_ms", "answer_p95_ms", "raw_retrieval_p50_ms", "raw_retrieval_p95_ms", "answer_over_raw", "breakdown_p50_ms")}}

"""`reportqa bench [--json] [--scale N ...] [--backends onnx,torch]`: run the cases and print the report.

Every figure comes with a baseline from the same run on the same machine: each embedding
backend's ingest and answers against the naive LangChain pipeline (eval/naive.py) and against
raw embedding / raw retrieval. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ingest.embedding import BACKENDS
from ingest.settings import Settings, use_offline_env

from .cases import bench_backend, bench_server, build_langchain, make_embedder
from .common import REPORT_DIR, load_questions, loadavg, machine, r, say
from .report import check_targets, headline, ratios, render, write_chart
from .scale import bench_scale


def run(settings: Settings, args: argparse.Namespace) -> dict:
    """All cases of one run; the configured backend first, then the others."""
    use_offline_env()
    started = time.perf_counter()
    questions = load_questions(args.questions)
    if not questions:
        raise RuntimeError("no dev gold questions in eval/gold/")
    primary = settings.embed_backend
    backends = [primary] + [b for b in args.backends if b != primary]
    result: dict[str, Any] = {"date": datetime.now(timezone.utc).isoformat(timespec="seconds"), "machine": machine(),
                              "questions": {"count": len(questions), "source": "eval/gold (split: dev)"},
                              "backend": primary, "backends": {}}
    reports = Path(args.reports) if args.reports else REPORT_DIR
    with tempfile.TemporaryDirectory(prefix="reportqa-bench-") as tmp:
        work = Path(tmp)
        apps, naive, torch_loaded = {}, None, None
        if not args.no_langchain:
            # the tutorial's embeddings are sentence-transformers on torch; its searches run
            # interleaved with each backend's answers, so load drift hits both sides alike
            torch_loaded = make_embedder(settings, "torch")
            say("naive LangChain pipeline on the same reports")
            naive, result["langchain"] = build_langchain(torch_loaded[0], reports)
        try:
            for backend in backends:
                result["backends"][backend], apps[backend] = bench_backend(
                    settings, backend, reports, work, questions, args.repeat, cold=not args.no_cold, naive=naive,
                    loaded=torch_loaded if backend == "torch" else None, web=not args.no_web and backend == primary)
        finally:
            if naive is not None:
                naive.close()
        if naive is not None:
            main_answers = result["backends"][primary]["answer"]
            result["langchain"].update(query_p50_ms=main_answers["langchain_query_p50_ms"],
                                       query_p95_ms=main_answers["langchain_query_p95_ms"])
            for backend in backends:
                result["backends"][backend]["ratios"] = ratios(result["backends"][backend], result["langchain"])
        main_app = apps[primary]
        if args.server:
            say("server mode: chroma run on loopback")
            result["server"] = bench_server(settings, main_app.embedder, reports, work, questions, args.repeat)
        result["quick_s"] = r(time.perf_counter() - started, 1)
        if args.scale:
            snap = main_app.library.snapshot()
            result["scale"] = {}
            for n in args.scale:
                result["scale"][str(n)] = bench_scale(settings, main_app.embedder, snap, n, questions, args.scale_repeat,
                                                      work, langchain=not args.no_langchain)
                shutil.rmtree(work / f"scale-{n}", ignore_errors=True)
    result["ingest"] = result["backends"][primary]["ingest"]
    result["answer"] = result["backends"][primary]["answer"]
    result["load_average_end"] = loadavg()
    result.update(headline(result))
    result["targets"] = check_targets(result)
    result["total_s"] = r(time.perf_counter() - started, 1)
    return result


def parse_args(args: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="reportqa bench", description=__doc__.split("\n\n")[0])
    p.add_argument("--json", action="store_true", help="Print one JSON object on stdout.")
    p.add_argument("--scale", type=lambda v: [int(x.replace("_", "")) for x in v.split(",")], action="append", nargs="+",
                   default=[], metavar="N", help="Also measure synthetic corpora of N chunks (--scale 10000 100000, repeatable).")
    p.add_argument("--backends", default=",".join(BACKENDS),
                   help="Embedding backends to measure, comma-separated (default onnx,torch; the configured one first).")
    p.add_argument("--questions", type=int, default=None, metavar="N", help="Use N questions, evenly spread (default 40; 0 = all).")
    p.add_argument("--repeat", type=int, default=3, help="Timed passes over the questions (after one warm-up pass).")
    p.add_argument("--scale-repeat", type=int, default=2, help="Timed passes at scale.")
    p.add_argument("--quick", action="store_true",
                   help="Smoke run: the configured backend only, 3 questions, 1 pass, no cold start, no LangChain.")
    p.add_argument("--no-cold", action="store_true", help="Skip the cold-start subprocess.")
    p.add_argument("--no-web", action="store_true",
                   help="Skip the web UI case (a fresh `reportqa serve`, its first answer after the page loads).")
    p.add_argument("--no-langchain", action="store_true", help="Skip the naive LangChain comparison.")
    p.add_argument("--server", action="store_true", help="Also measure against a real `chroma run` on loopback.")
    p.add_argument("--reports", default=None, help="Reports folder for the ingest figures (default: the bundled ones).")
    p.add_argument("--out", default=None, help="Also write the JSON result to this file.")
    p.add_argument("--chart", default=None, help="Write a PNG chart of the figures to this path.")
    ns = p.parse_args(args)
    ns.scale = list(dict.fromkeys(n for flag in ns.scale for value in flag for n in value if n > 0))
    ns.backends = [b.strip() for b in ns.backends.split(",") if b.strip()]
    unknown = [b for b in ns.backends if b not in BACKENDS]
    if unknown:
        p.error(f"--backends: unknown backend {unknown[0]!r} (use {', '.join(BACKENDS)})")
    if ns.quick:
        ns.questions, ns.repeat, ns.scale_repeat, ns.no_cold, ns.no_langchain, ns.no_web = 3, 1, 1, True, True, True
        ns.backends = []
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
    print(json.dumps(result) if ns.json else render(result))
    return 0

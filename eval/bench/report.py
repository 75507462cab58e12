"""The benchmark report: headline keys, targets met or missed, the plain-text report and the chart."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from .common import r

# (limit, "max" = the value must not exceed it | "min" = it must reach it); issue 15's targets
TARGETS = {"ingest_vs_langchain": (2.0, "min"), "answer_over_langchain_query": (0.5, "max"),
           "answer_over_raw": (3.0, "max"), "cold_start_s": (2.5, "max"), "web_first_answer_s": (1.0, "max"),
           "scale_answer_p50_ms": (30.0, "max"), "scale_rss_mib": (1536.0, "max"), "incremental_index_s": (1.0, "max")}


def ratios(backend: dict, langchain: dict | None) -> dict:
    """One backend against the naive LangChain pipeline of the same run."""
    if not langchain:
        return {}
    return {"ingest_vs_langchain": r(backend["ingest"]["chunks_per_s"] / langchain["chunks_per_s"], 3),
            # per CPU second of this process: steadier than wall time when other work shares the CPUs
            "ingest_vs_langchain_cpu": r(backend["ingest"]["chunks_per_cpu_s"] / langchain["chunks_per_cpu_s"], 3),
            # LangChain's searches were interleaved with this backend's answers
            "answer_over_langchain_query": r(backend["answer"]["answer_p50_ms"]
                                             / backend["answer"]["langchain_query_p50_ms"], 3)}


def headline(result: dict) -> dict:
    """The top-level keys `--json` promises (figures of the configured backend)."""
    main = result["backends"][result["backend"]]
    return {"ingest_overhead": main["ingest"]["ingest_overhead"], "ingest_overhead_cpu": main["ingest"]["ingest_overhead_cpu"],
            "ingest_chunks_per_s": main["ingest"]["chunks_per_s"], "answer_p50_ms": main["answer"]["answer_p50_ms"],
            "answer_p95_ms": main["answer"]["answer_p95_ms"], "raw_retrieval_p50_ms": main["answer"]["raw_retrieval_p50_ms"],
            "answer_over_raw": main["answer"]["answer_over_raw"],
            "cold_start_s": main.get("cold_start", {}).get("cold_start_s"),
            "web_first_answer_s": main.get("web", {}).get("first_answer_s"), **main.get("ratios", {})}


def check_targets(result: dict) -> dict:
    """Each target per backend: measured value, limit, met, and the margin (value / limit)."""
    rows: dict[str, dict] = {}

    def add(name: str, value, key: str) -> None:
        if value is None or value != value:
            return
        limit, kind = TARGETS[key]
        met = value >= limit if kind == "min" else value <= limit
        rows[name] = {"value": value, "limit": limit, "kind": kind, "met": met, "ratio": r(value / limit, 3)}

    for name, b in result["backends"].items():
        for key in ("ingest_vs_langchain", "answer_over_langchain_query"):
            add(f"{name}.{key}", b.get("ratios", {}).get(key), key)
        add(f"{name}.answer_over_raw", b["answer"]["answer_over_raw"], "answer_over_raw")
        add(f"{name}.cold_start_s", b.get("cold_start", {}).get("cold_start_s"), "cold_start_s")
        add(f"{name}.web_first_answer_s", b.get("web", {}).get("first_answer_s"), "web_first_answer_s")
    for n, sc in (result.get("scale") or {}).items():
        add(f"scale_{n}_answer_p50_ms", sc["summary"]["answer_p50_ms"], "scale_answer_p50_ms")
        add(f"scale_{n}_rss_mib", sc["summary"]["rss_mib"], "scale_rss_mib")
        add(f"scale_{n}_incremental_index_s", sc["summary"]["incremental_index_s"], "incremental_index_s")
    return rows


def render(result: dict) -> str:
    """A plain-text report of the run."""
    m = result["machine"]
    lines = [f"ReportQA benchmarks, {result['date']}  ({m['nproc']} CPUs, {m['memory_gib']} GiB, {m['cpu']}); "
             f"load average {m.get('load_average')} -> {result.get('load_average_end')}",
             f"questions: {result['questions']['count']} ({result['questions']['source']})", ""]
    lc = result.get("langchain")
    if lc:
        lines += [f"naive LangChain ({lc['embedding_backend']} embeddings): {lc['chunks']} chunks in {lc['ingest_s']} s "
                  f"= {lc['chunks_per_s']} chunks/s; similarity_search p50 {lc['query_p50_ms']} ms", ""]
    for name, b in result["backends"].items():
        i, a = b["ingest"], b["answer"]
        lines += [f"[{name}] model load {b['model_load_s']} s",
                  f"  ingest  {i['chunks']} chunks in {i['pipeline_s']} s = {i['chunks_per_s']} chunks/s; raw embedding "
                  f"{i['raw_embed_s']} s -> overhead x{i['ingest_overhead']} (CPU x{i['ingest_overhead_cpu']})",
                  f"          stages (ms): {i['stages_ms']}",
                  f"  answer  p50 {a['answer_p50_ms']} ms, p95 {a['answer_p95_ms']} ms; raw retrieval p50 "
                  f"{a['raw_retrieval_p50_ms']} ms -> x{a['answer_over_raw']}",
                  f"          breakdown p50 (ms): {a['breakdown_p50_ms']}"]
        if "cold_start" in b:
            lines += [f"  cold    `reportqa ask` first answer {b['cold_start']['cold_start_s']} s "
                      f"(process exit {b['cold_start']['process_exit_s']} s)"]
        web = b.get("web")
        if web and "error" in web:
            lines += [f"  web     not measured: {web['error']}"]
        elif web:
            lines += [f"  web     `reportqa serve` up in {web['serve_up_s']} s (warmed); page load {web['page_load_s']} s; "
                      f"first answer {web['first_answer_s']} s after the page loaded"]
        if b.get("ratios"):
            lines += [f"  vs LangChain: ingest x{b['ratios']['ingest_vs_langchain']} its chunks/s "
                      f"(x{b['ratios']['ingest_vs_langchain_cpu']} per CPU second); answer p50 "
                      f"x{b['ratios']['answer_over_langchain_query']} of its bare similarity_search p50 "
                      f"({b['answer']['langchain_query_p50_ms']} ms, interleaved)"]
    if "server" in result:
        sv = result["server"]
        lines += [f"server   ingest {sv['ingest_s']} s, answer p50 {sv['answer_p50_ms']} ms (raw {sv['raw_retrieval_p50_ms']} ms), "
                  f"second app sync {sv['second_app_sync_s']} s"]
    for n, sc in (result.get("scale") or {}).items():
        s = sc["summary"]
        lines += ["", f"scale {int(n):,} chunks ({sc['insert']['reports']} reports, {sc['insert']['sentences']:,} sentences)",
                  f"  chroma add {s['chroma_add_per_s']:,} chunks/s; query p50 {s['chroma_query_p50_ms']} ms, p95 {s['chroma_query_p95_ms']} ms",
                  f"  bm25 build {s['bm25_build_s']} s; query p50 {s['bm25_query_p50_ms']} ms, p95 {s['bm25_query_p95_ms']} ms",
                  f"  app process: index load {s['index_load_s']} s, answer p50 {s['answer_p50_ms']} ms, p95 {s['answer_p95_ms']} ms, peak RSS {s['rss_mib']} MiB",
                  f"  one new report: ingest {s['incremental_ingest_s']} s (index update+write {s['incremental_index_s']} s), "
                  f"another process picks it up in {s['reader_refresh_s']} s (+{s['reader_first_query_s']} s first query)"]
        if "langchain" in sc:
            lines += [f"  LangChain Chroma, same chunks+vectors: ingest {sc['langchain']['ingest_s']} s, query p50 {sc['langchain']['query_p50_ms']} ms"]
    lines += ["", "targets:"]
    for name, t in result["targets"].items():
        sign = "≥" if t["kind"] == "min" else "≤"
        lines += [f"  {'met ' if t['met'] else 'MISS'}  {name}: {t['value']} ({sign} {t['limit']})"]
    lines += [f"total {result['total_s']} s"]
    return "\n".join(lines)


def write_chart(result: dict, path: Path) -> Path:
    """Bars: ingest chunks/s and answer p50 (with its breakdown) per backend beside the naive
    LangChain pipeline; with --scale, the synthetic-corpus latencies and one new report's cost."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    scale = result.get("scale") or {}
    fig, axes = plt.subplots(2 if scale else 1, 2, figsize=(12, 8.5 if scale else 4.4), squeeze=False)
    small = {"fontsize": 9}
    backends = result["backends"]
    lc = result.get("langchain")
    ax = axes[0][0]
    names = [f"ReportQA\n{n}" for n in backends] + (["LangChain naive"] if lc else [])
    ax.bar(names, [b["ingest"]["chunks_per_s"] for b in backends.values()] + ([lc["chunks_per_s"]] if lc else []),
           color=["#2b6cb0", "#9ecae1", "#dd8452"][:len(names)])
    ax.set_ylabel("chunks / s (wall clock)")
    ax.set_title("Ingest of the bundled reports (target ≥ 2x LangChain)", **small)
    ax = axes[0][1]
    colors = {"embed": "#4c72b0", "dense": "#55a868", "bm25": "#c44e52", "fusion": "#8172b2", "answer": "#ccb974", "other": "#64b5cd"}
    for n, b in backends.items():
        bottom = 0.0
        for k, col in colors.items():
            v = b["answer"]["breakdown_p50_ms"].get(k, 0)
            ax.bar([f"answer\n{n}"], [v], bottom=bottom, color=col, label=k if n == next(iter(backends)) else None)
            bottom += v
    if lc:
        ax.bar(["LangChain\nsimilarity_search"], [lc["query_p50_ms"]], color="#dd8452")
    ax.set_ylabel("median ms, warm")
    ax.set_title("Answer p50 (target ≤ 0.5x LangChain's bare search)", **small)
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
        ax.axhline(30, color="red", lw=0.8, ls="--")
        ax.set_xticks(xs, labels, **small)
        ax.set_ylabel("ms")
        ax.set_title("Synthetic corpus, fresh app process\n(target answer p50 ≤ 30 ms, dashed; RSS ≤ 1.5 GiB)", **small)
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
        ax.set_title("One new report into the index (embedding excluded)\n(target < 1 s, dashed)", **small)
        ax.legend(fontsize=7)
    m = result["machine"]
    load = m.get("load_average")
    fig.suptitle(f"ReportQA benchmarks — {result['date'][:10]}, {m['nproc']} CPUs ({m['cpu']}), {m['memory_gib']} GiB"
                 + (f", load average at start {load[0]}" if load else ""), fontsize=10)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path

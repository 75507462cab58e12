"""Small shared pieces of the benchmarks: percentiles, memory, the machine, the questions, settings."""

from __future__ import annotations

import contextlib
import math
import os
import platform
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ingest.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
REPORT_DIR = ROOT / "data" / "reports"


def load_questions(limit: int | None = None) -> list[str]:
    """The dev-split gold questions (eval/gold.py), deduplicated; `limit` keeps an evenly spread subset."""
    from eval.gold import load_gold

    questions = list(dict.fromkeys(q.question.strip() for q in load_gold() if q.split == "dev"))
    if limit and limit < len(questions):
        step = len(questions) / limit
        questions = [questions[int(i * step)] for i in range(limit)]
    return questions


def pct(values: Sequence[float], q: float) -> float:
    """The q-th percentile (nearest rank on the sorted values)."""
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, max(0, math.ceil(q / 100 * len(s)) - 1))]


def p50(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def r(x: float | None, nd: int = 2) -> float | None:
    """Rounded for the report (None and NaN kept)."""
    return x if x is None or x != x else round(float(x), nd)


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


def loadavg() -> list[float] | None:
    """1/5/15-minute load averages: above the CPU count, other work competed with the run."""
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def machine() -> dict[str, Any]:
    """CPU, memory, load and library versions of this run."""
    cpu = ""
    with contextlib.suppress(OSError):
        cpu = next((l.split(":", 1)[1].strip() for l in Path("/proc/cpuinfo").read_text().splitlines()
                    if l.startswith("model name")), "")
    mem = 0.0
    with contextlib.suppress(OSError, StopIteration):
        kb = next(l for l in Path("/proc/meminfo").read_text().splitlines() if l.startswith("MemTotal"))
        mem = round(int(kb.split()[1]) / 2**20, 1)
    versions = {}
    from importlib.metadata import PackageNotFoundError, version

    for dist in ("chromadb", "onnxruntime", "torch", "sentence-transformers", "langchain-chroma", "numpy"):
        with contextlib.suppress(PackageNotFoundError):
            versions[dist] = version(dist)
    return {"nproc": os.cpu_count(), "memory_gib": mem, "cpu": cpu or platform.processor(), "load_average": loadavg(),
            "python": platform.python_version(), "platform": platform.platform(), "versions": versions}


def say(msg: str) -> None:
    """Progress on stderr (stdout carries the report or the JSON object)."""
    print(f"bench: {msg}", file=sys.stderr, flush=True)


def embedded(settings: Settings, data_dir: Path, **more: Any) -> Settings:
    """The same settings on an embedded Chroma in `data_dir` (benchmarks never write to a
    configured server), with `more` fields set."""
    values = settings.model_dump(exclude_unset=True)
    values.update(data_dir=data_dir, chroma_host=None, **more)
    return Settings(**values)


def child_env(**values: str) -> dict[str, str]:
    """The environment for a child process: no REPORTQA_* of the caller, plus `values`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("REPORTQA_")}
    env.update(values)
    return env

"""The question's ONNX Runtime session options compared in one process (session 25):
`python -m eval.bench.onnx_options [VARIANT,...] [--questions N] [--passes P]`.

Each variant is a session on the cached graph; the dev gold questions' feeds run through every
variant question by question, in a fresh random order per question (seeded), so load drift and
the run before hit all alike. Spinning variants are left out of the default set: their workers
keep spinning after a run and slow whatever runs next (in a real process, the answer stage), so
measure one on its own against `shipped`. Prints
one JSON object: per variant wall and CPU p50 per run, both as ratios to the first variant
(`shipped`, the session a question runs on), and whether its token vectors equal the shipped ones
bit for bit (else the lowest cosine of the pooled question vectors). The question's Python around
the run (tokenizer, feeds, pooling) is not timed here: ~0.08 ms (docs/benchmarks.md, session 19).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics as st
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ingest import onnx_session
from ingest.embed_onnx import OnnxBackend, mean_pool
from ingest.onnx_session import FAST


@dataclass(frozen=True)
class Variant:
    """How a variant's session differs from the shipped one (None threads: the shipped count)."""

    threads: int | None = None
    level: str = "none"  # graph optimisation at load: none (the saved EXTENDED graph) | extended | all (plain export)
    config: dict[str, str] = field(default_factory=dict)  # session config entries set on top of the shipped ones
    parallel: bool = False  # ORT_PARALLEL execution mode instead of sequential
    binding: bool = False  # inputs and a preallocated output bound through io_binding


VARIANTS: dict[str, Variant] = {
    "shipped": Variant(),
    "threads1": Variant(threads=1),
    "threads2": Variant(threads=2),
    "spin": Variant(config={"session.intra_op.allow_spinning": "1"}),
    "spin10us": Variant(config={"session.intra_op.allow_spinning": "1", "session.intra_op.spin_duration_us": "10"}),
    "spin50us": Variant(config={"session.intra_op.allow_spinning": "1", "session.intra_op.spin_duration_us": "50"}),
    "denormal_zero": Variant(config={"session.set_denormal_as_zero": "1"}),
    "dynamic_block4": Variant(config={"session.dynamic_block_base": "4"}),
    "affinity": Variant(config={"session.intra_op_thread_affinities": "2"}),
    "parallel": Variant(parallel=True),
    "extended": Variant(level="extended"),
    "all": Variant(level="all"),
    "iobinding": Variant(binding=True),
}

DEFAULT = [n for n, v in VARIANTS.items() if v.config.get("session.intra_op.allow_spinning") != "1"]


def session_options(variant: Variant, threads: int):
    """The shipped question session's options (ingest/onnx_session.session_options) changed as `variant` says."""
    import onnxruntime as ort

    levels = {"none": ort.GraphOptimizationLevel.ORT_DISABLE_ALL,
              "extended": ort.GraphOptimizationLevel.ORT_ENABLE_EXTENDED,
              "all": ort.GraphOptimizationLevel.ORT_ENABLE_ALL}
    opts = onnx_session.session_options(variant.threads or threads, levels[variant.level])
    for key, value in variant.config.items():
        opts.add_session_config_entry(key, value)
    if variant.parallel:
        opts.execution_mode = ort.ExecutionMode.ORT_PARALLEL
    return opts


def open_session(backend: OnnxBackend, variant: Variant):
    """A session for `variant`: on the saved optimised graph, or on the plain export when the
    variant optimises at load itself."""
    import onnxruntime as ort

    graph = backend.path.with_name(FAST) if variant.level == "none" else backend.path
    return ort.InferenceSession(str(graph), session_options(variant, backend.question_threads()),
                                providers=["CPUExecutionProvider"])


def feeds_of(backend: OnnxBackend, question: str) -> dict[str, np.ndarray]:
    """The graph's inputs for one question, as `OnnxBackend._run` builds them (one unpadded row)."""
    enc = backend._encode([question])[0]
    ids = np.asarray([enc.ids], dtype=np.int64)
    values = {"input_ids": ids, "attention_mask": np.ones_like(ids),
              "token_type_ids": np.asarray([enc.type_ids], dtype=np.int64)}
    return {name: values[name] for name in backend._inputs}


def run(session, variant: Variant, feeds: dict[str, np.ndarray]) -> np.ndarray:
    """Token vectors of one question."""
    if not variant.binding:
        return session.run(None, feeds)[0]
    binding = session.io_binding()
    for name, value in feeds.items():
        binding.bind_cpu_input(name, value)
    out = np.empty((1, feeds["input_ids"].shape[1], session.get_outputs()[0].shape[-1]), np.float32)
    binding.bind_output(session.get_outputs()[0].name, "cpu", 0, np.float32, out.shape, out.ctypes.data)
    session.run_with_iobinding(binding)
    return out


def compare(backend: OnnxBackend, names: list[str], questions: list[str], passes: int) -> dict:
    """Every variant on every question, alternated; figures per variant (see the module docstring)."""
    variants = {n: VARIANTS[n] for n in names}
    sessions = {n: open_session(backend, v) for n, v in variants.items()}
    feeds = [feeds_of(backend, q) for q in questions]
    same = {n: True for n in names}
    cosine = {n: 1.0 for n in names}
    for f in feeds:  # warm-up, and the outputs compared with the first variant's
        ref = run(sessions[names[0]], variants[names[0]], f)
        for n in names:
            out = run(sessions[n], variants[n], f)
            if not np.array_equal(out, ref):
                same[n] = False
                mask = f["attention_mask"]
                cosine[n] = min(cosine[n], float(mean_pool(out, mask)[0] @ mean_pool(ref, mask)[0]))
    wall: dict[str, list[float]] = {n: [] for n in names}
    cpu: dict[str, list[float]] = {n: [] for n in names}
    shuffle = random.Random(0).shuffle
    for _ in range(passes):
        for f in feeds:
            order = list(names)
            shuffle(order)
            for n in order:
                t, c = time.perf_counter(), time.process_time()
                run(sessions[n], variants[n], f)
                wall[n].append((time.perf_counter() - t) * 1000)
                cpu[n].append((time.process_time() - c) * 1000)
    base_wall, base_cpu = st.median(wall[names[0]]), st.median(cpu[names[0]])
    return {n: {"wall_p50_ms": round(st.median(wall[n]), 3), "cpu_p50_ms": round(st.median(cpu[n]), 3),
                "wall_ratio": round(st.median(wall[n]) / base_wall, 3), "cpu_ratio": round(st.median(cpu[n]) / base_cpu, 3),
                "bitwise_same": same[n], **({} if same[n] else {"min_cosine": round(cosine[n], 7)})}
            for n in names}


def main(argv: list[str] | None = None) -> None:
    from eval.bench.common import load_questions
    from ingest.settings import Settings, use_offline_env

    p = argparse.ArgumentParser(prog="python -m eval.bench.onnx_options", description=__doc__.splitlines()[0])
    p.add_argument("variants", nargs="?", default=",".join(DEFAULT),
                   help=f"comma-separated, the first is the reference (default {', '.join(DEFAULT)}; known: {', '.join(VARIANTS)})")
    p.add_argument("--questions", type=int, default=40, help="dev gold questions, evenly spread (0 = all)")
    p.add_argument("--passes", type=int, default=5)
    args = p.parse_args(argv)
    use_offline_env()
    import onnxruntime as ort

    ort.set_default_logger_severity(3)  # a variant overwriting a shipped config entry is meant
    names = args.variants.split(",")
    unknown = [n for n in names if n not in VARIANTS]
    if unknown:
        p.error(f"unknown variant(s) {unknown}; known: {', '.join(VARIANTS)}")
    settings = Settings()
    backend = OnnxBackend(Path(settings.embed_model_path), Path(settings.cache_dir))
    load = os.getloadavg()
    figures = compare(backend, names, load_questions(args.questions), args.passes)
    print(json.dumps({"load_start": [round(x, 2) for x in load], "load_end": [round(x, 2) for x in os.getloadavg()],
                      "questions": args.questions, "passes": args.passes,
                      "question_threads": backend.question_threads(), "variants": figures}, indent=1))


if __name__ == "__main__":
    main()

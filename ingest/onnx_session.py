"""Opening ONNX Runtime sessions on a model's cached export: the optimised graph (`FAST`, weights in a
side file) is made once beside the export and loaded from then on; embed_onnx.py only tokenizes, runs and pools.
"""

from __future__ import annotations

import logging
import os
import uuid
from pathlib import Path
from typing import Any

from .onnx_export import export_onnx

log = logging.getLogger(__name__)

# A question run's threads spin-wait between operators (up to SPIN_US, and not after the run) when
# no other thread wants a core; otherwise they sleep, as spinning steals a loaded machine's cores.
# Measured on the 2-vCPU AMD EPYC host, one question (docs/benchmarks.md, session 27): quiet,
# sleeping 5.5 ms and spinning 4.2 ms; with two busy processes, sleeping 6.5 and spinning 8.5 ms.
SPIN_US = 50
FAST = "model.opt.ext.onnx"  # ONNX Runtime's optimised graph, beside the export; weights in a side file
DATA_PREFIX = "model.opt.ext."  # + a writer's token + ".data": the side file a FAST graph names


def open_session(model_dir: Path, export: Path, threads: int, spin: bool = False) -> Any:
    """The optimised graph (`FAST`), made first from the cached export (itself exported first
    if missing); an unreadable file is made again."""
    fast = export.with_name(FAST)
    if fast.exists():
        try:
            return load_fast(fast, threads, spin)
        except Exception as exc:  # noqa: BLE001 - rebuilt below, under the lock
            log.warning("cached ONNX model %s is unreadable (%s): optimising the export again", fast, _first_line(exc))
    from filelock import FileLock

    export.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(str(fast) + ".lock", timeout=900):  # one process optimises; the others load its result
        if fast.exists():
            try:
                return load_fast(fast, threads, spin)
            except Exception:  # noqa: BLE001 - still unreadable: replace it
                fast.unlink(missing_ok=True)
        if not export.exists():
            log.warning("no ONNX export of %s in the cache yet: exporting it once (needs torch)", model_dir)
            export_onnx(model_dir, export)
        try:
            return optimise(export, fast, threads, spin)
        except Exception as exc:  # noqa: BLE001 - a corrupt or partial export: replace it
            log.warning("cached ONNX model %s is unreadable (%s): exporting it again", export, _first_line(exc))
            export.unlink(missing_ok=True)
            export_onnx(model_dir, export)
            return optimise(export, fast, threads, spin)


def load_fast(fast: Path, threads: int, spin: bool = False) -> Any:
    """A session on the optimised graph saved beside the export, with no further optimising (it is done)."""
    import onnxruntime as ort

    return ort.InferenceSession(str(fast), session_options(threads, ort.GraphOptimizationLevel.ORT_DISABLE_ALL, spin),
                                providers=["CPUExecutionProvider"])


def optimise(export: Path, fast: Path, threads: int, spin: bool = False) -> Any:
    """A session on the plain export that also saves its optimised graph as `fast` (called
    under the lock). The weights go to a side file that later loads memory-map instead of
    parsing and copying them out of the graph: a cold session in ~50 instead of ~170 ms CPU,
    same outputs bit for bit. The side file is named by the graph, so it gets a name of its
    own (never renamed); the graph is written to a temp name, both are synced, and the graph
    is renamed into place last, so a crash never publishes a graph without its weights."""
    import onnxruntime as ort

    opts = session_options(threads, ort.GraphOptimizationLevel.ORT_ENABLE_EXTENDED, spin)  # portable fusions only
    token = f"{os.getpid()}-{uuid.uuid4().hex[:12]}"  # never an existing file's name (it may be mapped)
    tmp = fast.with_name(f".opt-{token}.onnx")
    data = fast.with_name(f"{DATA_PREFIX}{token}.data")
    opts.optimized_model_filepath = str(tmp)
    opts.add_session_config_entry("session.optimized_model_external_initializers_file_name", data.name)
    opts.add_session_config_entry("session.optimized_model_external_initializers_min_size_in_bytes", "1024")
    published = False
    try:
        session = ort.InferenceSession(str(export), opts, providers=["CPUExecutionProvider"])
        if tmp.exists() and data.exists():
            _fsync(data)
            _fsync(tmp)
            os.replace(tmp, fast)
            published = True
            _fsync(fast.parent)
    finally:
        tmp.unlink(missing_ok=True)
        if published:
            _prune(fast.parent, keep=data.name)
        else:
            data.unlink(missing_ok=True)
    return session


def session_options(threads: int, level: Any, spin: bool = False) -> Any:
    """ONNX Runtime options: `threads` per op, one op at a time, the optimisation `level`, spinning only if asked."""
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = threads
    opts.inter_op_num_threads = 1
    opts.graph_optimization_level = level
    # busy-waiting between ops only where asked (SPIN_US): on shared cores spinning threads
    # steal each other's time (measured under load: one query 17 ms without spinning, 23 ms with)
    opts.add_session_config_entry("session.intra_op.allow_spinning", "1" if spin else "0")
    if spin:
        opts.add_session_config_entry("session.intra_op.spin_duration_us", str(SPIN_US))
        opts.add_session_config_entry("session.force_spinning_stop", "1")
    opts.log_severity_level = 3
    return opts


def _fsync(path: Path) -> None:
    """Flush a file (or a folder's entries) to disk; a file system without it is left as it is."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _prune(folder: Path, keep: str) -> None:
    """Side files of replaced graphs and temp files of interrupted writes (under the lock, so
    no other process is writing one)."""
    for p in folder.iterdir():
        stale = (p.name.startswith(DATA_PREFIX) and p.name.endswith(".data") and p.name != keep) or p.name.startswith(".opt-")
        if stale:
            p.unlink(missing_ok=True)


def _first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:200] if text else type(exc).__name__

"""The ONNX Runtime embedding backend: the model's exported graph plus its own `tokenizers` tokenizer.

No torch on this path once the export is cached: a cold question pays for onnxruntime and a
tokenizer (a fraction of a second) instead of importing torch and transformers (seconds).
Pooling (mean over the attention mask) and normalisation are those of the sentence-transformers
model, so vectors match the torch backend's (cosine >= 0.9999, tests/test_onnx.py).
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

from .onnx_export import cache_path, export_onnx

log = logging.getLogger(__name__)

SMALL_BATCH = 4  # this many texts or fewer (a question) run in the calling thread
RUN_BATCH = 8  # texts per run of the graph for larger inputs (ingest), one run per core at a time
TokenRows = list[tuple[np.ndarray, list[tuple[int, int]]]]  # per text: token vectors, char offsets


class Unsupported(Exception):
    """The model folder cannot run on ONNX (no tokenizer.json, pooling other than mean): use torch."""


def cores() -> int:
    """CPU cores this process may use."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


class OnnxBackend:
    """Token embeddings from onnxruntime (CPU, one intra-op thread per run, one run per core), pooled in numpy."""

    name = "onnx"

    def __init__(self, model_dir: Path, cache_dir: Path, batch_size: int = 32) -> None:
        self.model_dir = model_dir
        self.batch_size = batch_size
        self.max_tokens, self._lower = _check_model(model_dir)
        from tokenizers import Tokenizer

        self._counter = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        padding = self._counter.padding or {}  # the file's own pad token (its fixed length is not kept)
        self._counter.no_truncation()
        self._counter.no_padding()
        self._tok = Tokenizer.from_str(self._counter.to_str())
        self._tok.enable_truncation(self.max_tokens)
        self._pad_id = int(padding.get("pad_id", 0))  # batches are padded in numpy (_run)
        self.path = cache_path(model_dir, cache_dir)
        self._sessions: dict[int, object] = {}
        self._workers: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()
        session = self._session(1)
        self._inputs = [i.name for i in session.get_inputs()]
        dim = session.get_outputs()[0].shape[-1]
        self.dimension = dim if isinstance(dim, int) else int(self._run(self._encode(["probe"]))[0].shape[-1])

    def _session(self, threads: int):
        """The session with `threads` intra-op threads, opened on first use. Everything runs on
        the one-thread session: a question in the calling thread, batches as parallel runs."""
        with self._lock:
            if threads not in self._sessions:
                self._sessions[threads] = self._open_session(threads)
            return self._sessions[threads]

    def _open_session(self, threads: int):
        """The cached export, made first if missing; an unreadable file is exported again.

        The first load also saves the graph as ONNX Runtime optimised it (`model.opt.onnx`, written
        to a temp name and renamed), so later cold starts skip the optimisation (~0.2 s CPU).
        """
        import onnxruntime as ort

        if not self.path.exists():
            log.warning("no ONNX export of %s in the cache yet: exporting it once (needs torch)", self.model_dir)
            export_onnx(self.model_dir, self.path)
        fast = self.path.with_name("model.opt.onnx")
        if fast.exists():
            try:
                return ort.InferenceSession(str(fast), self._options(threads, ort.GraphOptimizationLevel.ORT_DISABLE_ALL),
                                            providers=["CPUExecutionProvider"])
            except Exception as exc:  # noqa: BLE001 - rebuilt from the export below
                log.warning("cached ONNX model %s is unreadable (%s): optimising the export again", fast, _first_line(exc))
                fast.unlink(missing_ok=True)
        try:
            return self._optimise(threads, fast)
        except Exception as exc:  # noqa: BLE001 - a corrupt or partial file: replace it
            log.warning("cached ONNX model %s is unreadable (%s): exporting it again", self.path, _first_line(exc))
            self.path.unlink(missing_ok=True)
            export_onnx(self.model_dir, self.path)
            return self._optimise(threads, fast)

    def _optimise(self, threads: int, fast: Path):
        """A session on the plain export that also saves its optimised graph as `fast` (atomically)."""
        import onnxruntime as ort

        opts = self._options(threads, ort.GraphOptimizationLevel.ORT_ENABLE_EXTENDED)  # portable fusions only
        tmp = fast.with_name(f".opt-{os.getpid()}-{threading.get_ident()}.onnx")
        opts.optimized_model_filepath = str(tmp)
        try:
            session = ort.InferenceSession(str(self.path), opts, providers=["CPUExecutionProvider"])
            if tmp.exists():
                os.replace(tmp, fast)
        finally:
            tmp.unlink(missing_ok=True)
        return session

    @staticmethod
    def _options(threads: int, level):
        import onnxruntime as ort

        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        opts.graph_optimization_level = level
        # no busy-waiting between ops: on shared cores spinning threads steal each other's time
        # (measured under load: one query 17 ms without spinning, 23 ms with)
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
        opts.log_severity_level = 3
        return opts

    # -- tokens ----------------------------------------------------------------------------
    def count_tokens_batch(self, texts: Sequence[str]) -> list[int]:
        return [len(e.ids) for e in self._counter.encode_batch([self._prep(t) for t in texts])]

    def _prep(self, text: str) -> str:
        return text.lower() if self._lower else text

    # -- vectors ---------------------------------------------------------------------------
    def _encode(self, texts: Sequence[str]) -> list:
        """Unpadded encodings (truncated to the model's length); padding happens per batch."""
        return self._tok.encode_batch([self._prep(t) for t in texts])

    def _run(self, enc: list) -> tuple[np.ndarray, np.ndarray]:
        """One batch of encodings, padded to its longest, through the graph: token vectors, mask."""
        width = max(len(e.ids) for e in enc)
        feeds = {n: np.full((len(enc), width), self._pad_id if n == "input_ids" else 0, np.int64) for n in self._inputs}
        for row, e in enumerate(enc):
            n = len(e.ids)
            feeds["input_ids"][row, :n] = e.ids
            if "attention_mask" in feeds:
                feeds["attention_mask"][row, :n] = 1
            if "token_type_ids" in feeds:
                feeds["token_type_ids"][row, :n] = e.type_ids
        mask = feeds["attention_mask"] if "attention_mask" in feeds else (feeds["input_ids"] != self._pad_id).astype(np.int64)
        return self._session(1).run(None, feeds)[0], mask

    def _batches(self, enc: list) -> list[list[int]]:
        """Indices in batches of equal or similar token count (longest first), so little padding
        is computed; batches of RUN_BATCH texts, which keep a one-thread run in the CPU's caches."""
        size = max(1, min(self.batch_size, RUN_BATCH))
        order = sorted(range(len(enc)), key=lambda i: -len(enc[i].ids))
        return [order[i:i + size] for i in range(0, len(order), size)]

    def _map(self, enc: list) -> Iterable[tuple[list[int], np.ndarray, np.ndarray]]:
        """(indices, token vectors, mask) per batch. More than SMALL_BATCH texts run as parallel
        one-thread runs of one session (a worker per core): measured on the bundled reports,
        ~15% less CPU than one run on all cores, whose threads meet at every operator."""
        batches = self._batches(enc)
        if len(enc) <= SMALL_BATCH or len(batches) == 1 or cores() == 1:
            for idx in batches:
                yield (idx, *self._run([enc[i] for i in idx]))
            return
        for idx, out in zip(batches, self._pool().map(lambda ix: self._run([enc[i] for i in ix]), batches)):
            yield (idx, *out)

    def _pool(self) -> ThreadPoolExecutor:
        with self._lock:
            if self._workers is None:
                self._workers = ThreadPoolExecutor(cores(), thread_name_prefix="onnx-embed")
            return self._workers

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dimension), np.float32)
        for idx, tokens, mask in self._map(self._encode(texts)):
            out[idx] = _mean_pool(tokens, mask)
        return out

    def token_embeddings(self, texts: Sequence[str]) -> tuple[np.ndarray, TokenRows]:
        """Normalised text vectors plus each text's token vectors and character offsets."""
        vecs = np.zeros((len(texts), self.dimension), np.float32)
        rows: TokenRows = [(np.zeros((0, self.dimension), np.float32), [])] * len(texts)
        enc = self._encode(texts)
        for idx, tokens, mask in self._map(enc):
            vecs[idx] = _mean_pool(tokens, mask)
            for j, i in enumerate(idx):
                n = int(mask[j].sum())
                rows[i] = (tokens[j, :n], list(enc[i].offsets[:n]))
        return vecs, rows


def _first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:200] if text else type(exc).__name__


def _mean_pool(tokens: np.ndarray, mask: np.ndarray) -> np.ndarray:
    m = mask[..., None].astype(np.float32)
    return normalise_rows((tokens * m).sum(axis=1) / np.clip(m.sum(axis=1), 1e-9, None))


def normalise_rows(vecs: np.ndarray) -> np.ndarray:
    """Unit-length float32 rows (zero rows stay zero)."""
    norms = np.linalg.norm(vecs, axis=-1, keepdims=True)
    return (vecs / np.where(norms > 0, norms, 1)).astype(np.float32)


def _check_model(model_dir: Path) -> tuple[int, bool]:
    """(max tokens, lower-case first) of a local sentence-transformers folder that ONNX can serve."""
    if not (model_dir / "tokenizer.json").is_file():
        raise Unsupported(f"{model_dir} has no tokenizer.json")
    modules = _json(model_dir / "modules.json") or []
    pooling = next((m for m in modules if m.get("type", "").endswith(".Pooling")), None)
    if pooling is not None:
        cfg = _json(model_dir / pooling.get("path", "") / "config.json") or {}
        modes = [k for k, v in cfg.items() if k.startswith("pooling_mode_") and v]
        if modes != ["pooling_mode_mean_tokens"]:
            raise Unsupported(f"{model_dir}: pooling {modes} (ONNX backend does mean pooling only)")
    if any(not m.get("type", "").endswith((".Transformer", ".Pooling", ".Normalize")) for m in modules):
        raise Unsupported(f"{model_dir}: modules other than Transformer/Pooling/Normalize")
    st = _json(model_dir / "sentence_bert_config.json") or {}
    max_len = int(st.get("max_seq_length") or (_json(model_dir / "config.json") or {}).get("max_position_embeddings", 512))
    return max_len, bool(st.get("do_lower_case", False))


def _json(path: Path) -> dict | list | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None

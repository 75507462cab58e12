"""The ONNX Runtime embedding backend: the model's exported graph plus its own `tokenizers` tokenizer.

No torch on this path once the export is cached: a cold question pays for onnxruntime and a
tokenizer (a fraction of a second) instead of importing torch and transformers (seconds).
Pooling (mean over the attention mask) and normalisation are those of the sentence-transformers
model, so vectors match the torch backend's (cosine >= 0.9999, tests/test_onnx.py).
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import numpy as np

from .onnx_export import cache_path
from .onnx_session import DATA_PREFIX, FAST, open_session  # noqa: F401 - tests name FAST, DATA_PREFIX here

SMALL_BATCH = 4  # this many texts or fewer (a question) run in the calling thread
# Texts per run of the graph for larger inputs (ingest), one run per core at a time. Small runs
# keep a layer's activations in the core's caches: on the 2-vCPU AMD EPYC host (AVX2, shared),
# ingest of the bundled reports in one process, variants alternated: CPU median 10.79 s with 8,
# 10.21 s with 2, 10.27 s with 1 (x0.95); raw `token_embeddings` 9.91 (8) vs 9.33 s (2). Vectors
# are bitwise the same for every size (tests/test_onnx.py).
RUN_BATCH = 2
# Intra-op threads of a small run in the calling thread (a question): its GEMMs split over both
# cores. Measured on the 2-vCPU Xeon (Sapphire Rapids) VM, one process, 40 dev questions
# alternated: wall p50 x0.73 quiet (7.96 -> 5.79 ms) and x0.77 at load ~8, CPU x1.05; token
# vectors bitwise those of one thread (tests/test_onnx.py). Session 19 saw no gain on the AMD
# host. Ingest's batches keep one thread per run, one run per core.
QUESTION_THREADS = 2
TokenRows = list[tuple[np.ndarray, list[tuple[int, int]]]]  # per text: token vectors, char offsets


class Unsupported(Exception):
    """The model folder cannot run on ONNX (no tokenizer.json, pooling other than mean): use torch."""


def cores() -> int:
    """CPU cores this process may use."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def others_running(loadavg: str = "/proc/loadavg") -> bool:
    """Whether any thread but the caller is running or ready to run now (Linux's instantaneous count
    in /proc/loadavg, ~20 us to read); True where it cannot be read, the safe guess."""
    try:  # os.read: a quarter of the cost of a text-mode open() and read() (~12 vs ~48 us)
        fd = os.open(loadavg, os.O_RDONLY)
        try:
            return int(os.read(fd, 256).split()[3].split(b"/")[0]) > 1
        finally:
            os.close(fd)
    except (OSError, ValueError, IndexError):
        return True


class OnnxBackend:
    """Token embeddings from onnxruntime (CPU; a question on QUESTION_THREADS intra-op threads, ingest one thread
    per run and one run per core), pooled in numpy."""

    name = "onnx"

    def __init__(self, model_dir: Path, cache_dir: Path, batch_size: int = 32) -> None:
        self.model_dir = model_dir
        self.batch_size = batch_size
        self.max_tokens, self._lower = _check_model(model_dir)
        from tokenizers import Tokenizer

        self._tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        padding = self._tok.padding or {}  # the file's own pad token (its fixed length is not kept)
        self._tok.no_padding()
        self._tok.enable_truncation(self.max_tokens)
        self._pad_id = int(padding.get("pad_id", 0))  # batches are padded in numpy (_run)
        self._counter = None  # an untruncated copy for counting word pieces, made on first use (ingest)
        self.path = cache_path(model_dir, cache_dir)
        self._sessions: dict[tuple[int, bool], object] = {}
        self._workers: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()
        session = self._session(self.question_threads(), spin=True)  # the one a cold question on an idle machine needs
        self._inputs = [i.name for i in session.get_inputs()]
        dim = session.get_outputs()[0].shape[-1]
        self.dimension = dim if isinstance(dim, int) else int(self._run(self._encode(["probe"]), self.question_threads(), True)[0].shape[-1])

    @staticmethod
    def question_threads() -> int:
        """Intra-op threads of a run in the calling thread (a question): QUESTION_THREADS, at most
        one per core this process may use."""
        return max(1, min(QUESTION_THREADS, cores()))

    def _session(self, threads: int, spin: bool = False):
        """The session with `threads` intra-op threads (spin-waiting or not), opened on first use: a
        question runs on `question_threads()` in the calling thread, ingest's batches as parallel
        one-thread runs."""
        key = (threads, spin and threads > 1)
        with self._lock:
            if key not in self._sessions:
                self._sessions[key] = open_session(self.model_dir, self.path, *key)
            return self._sessions[key]

    # -- tokens ----------------------------------------------------------------------------
    def count_tokens_batch(self, texts: Sequence[str]) -> list[int]:
        """Word pieces per text, untruncated. The model's own (truncating) tokenizer counts first:
        a count under its limit is the whole text's; only texts reaching it are counted again
        without truncation, so the copy below is made only for a report with such a text."""
        prepped = [self._prep(t) for t in texts]
        counts = [len(e.ids) for e in self._tok.encode_batch(prepped)]
        long = [i for i, n in enumerate(counts) if n >= self.max_tokens]
        if long:
            for i, e in zip(long, self._counting().encode_batch([prepped[i] for i in long])):
                counts[i] = len(e.ids)
        return counts

    def _counting(self):
        """The tokenizer without truncation (counting a text past the model's limit); copied on
        first use, since a question never needs it (~50 ms CPU of a cold `ask`)."""
        with self._lock:
            if self._counter is None:
                from tokenizers import Tokenizer

                counter = Tokenizer.from_str(self._tok.to_str())
                counter.no_truncation()
                self._counter = counter
            return self._counter

    def _prep(self, text: str) -> str:
        return text.lower() if self._lower else text

    # -- vectors ---------------------------------------------------------------------------
    def _encode(self, texts: Sequence[str]) -> list:
        """Unpadded encodings (truncated to the model's length); padding happens per batch."""
        return self._tok.encode_batch([self._prep(t) for t in texts])

    def _run(self, enc: list, threads: int = 1, spin: bool = False) -> tuple[np.ndarray, np.ndarray]:
        """One batch of encodings, padded to its longest, through the graph (on the session with
        `threads` intra-op threads, spin-waiting or not): token vectors, mask."""
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
        return self._session(threads, spin).run(None, feeds)[0], mask

    def _batches(self, enc: list) -> list[list[int]]:
        """Indices in batches of equal or similar token count (longest first), so little padding
        is computed; batches of RUN_BATCH texts, which keep a one-thread run in the CPU's caches."""
        size = max(1, min(self.batch_size, RUN_BATCH))
        order = sorted(range(len(enc)), key=lambda i: -len(enc[i].ids))
        return [order[i:i + size] for i in range(0, len(order), size)]

    def _start(self, enc: list) -> list[tuple[list[int], Future | None]]:
        """Each batch's indices with its run. More than SMALL_BATCH texts in several batches run
        as parallel one-thread runs of one session, queued here on the workers (a worker per
        core): measured on the bundled reports, ~15% less CPU than one run on all cores, whose
        threads meet at every operator. Otherwise (a question) None: the batch runs in the
        calling thread when its result is taken."""
        batches = self._batches(enc)
        if len(enc) <= SMALL_BATCH or len(batches) == 1 or cores() == 1:
            return [(idx, None) for idx in batches]
        pool = self._pool()
        return [(idx, pool.submit(self._run, [enc[i] for i in idx])) for idx in batches]

    def _results(self, enc: list, started: list) -> Iterator[tuple[list[int], np.ndarray, np.ndarray]]:
        """(indices, token vectors, mask) per batch of `_start`, in its order; runs not taken
        (an error, the caller stopping) are cancelled."""
        try:
            for idx, run in started:
                yield (idx, *(run.result() if run is not None else self._run([enc[i] for i in idx])))
        finally:
            for _, run in started:
                if run is not None:
                    run.cancel()

    def _map(self, enc: list) -> Iterator[tuple[list[int], np.ndarray, np.ndarray]]:
        return self._results(enc, self._start(enc))

    def _pool(self) -> ThreadPoolExecutor:
        with self._lock:
            if self._workers is None:
                self._workers = ThreadPoolExecutor(cores(), thread_name_prefix="onnx-embed")
            return self._workers

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dimension), np.float32)
        enc = self._encode(texts)
        if len(enc) <= SMALL_BATCH:  # a question: one run here, on both cores when there are two
            threads = self.question_threads()
            spin = threads > 1 and not others_running()  # the other core is idle: wait for it busily
            for idx in self._batches(enc):
                tokens, mask = self._run([enc[i] for i in idx], threads, spin)
                out[idx] = mean_pool(tokens, mask)
            return out
        for idx, tokens, mask in self._map(enc):
            out[idx] = mean_pool(tokens, mask)
        return out

    def token_embeddings(self, texts: Sequence[str]) -> tuple[np.ndarray, TokenRows]:
        """Normalised text vectors plus each text's token vectors and character offsets."""
        enc = self._encode(texts)
        return self._collect(len(texts), enc, self._start(enc))

    def token_embeddings_groups(self, groups: Iterable[Sequence[str]]) -> Iterator[tuple[np.ndarray, TokenRows]]:
        """`token_embeddings` of each group of texts in turn, each group batched exactly as alone
        (so the vectors are the same bit for bit); the next group is tokenized and its runs
        queued before this group's result is handed over, so the workers keep running while the
        caller pools sentences and stores (ingest), instead of waiting at every group."""
        pending = None
        try:
            for texts in groups:
                enc = self._encode(texts)
                started = (len(texts), enc, self._start(enc))
                if pending is not None:
                    done, pending = pending, None
                    yield self._collect(*done)
                pending = started
            if pending is not None:
                done, pending = pending, None
                yield self._collect(*done)
        finally:
            for _, run in pending[2] if pending is not None else ():
                if run is not None:
                    run.cancel()

    def _collect(self, count: int, enc: list, started: list) -> tuple[np.ndarray, TokenRows]:
        vecs = np.zeros((count, self.dimension), np.float32)
        rows: TokenRows = [(np.zeros((0, self.dimension), np.float32), [])] * count
        for idx, tokens, mask in self._results(enc, started):
            vecs[idx] = mean_pool(tokens, mask)
            for j, i in enumerate(idx):
                n = int(mask[j].sum())
                rows[i] = (tokens[j, :n], list(enc[i].offsets[:n]))
        return vecs, rows


def mean_pool(tokens: np.ndarray, mask: np.ndarray) -> np.ndarray:
    if len(mask) == 1:  # one text is never padded (`_run`): the masked mean without the mask, the same floats
        return normalise_rows(tokens.sum(axis=1) / np.float32(tokens.shape[1]))
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

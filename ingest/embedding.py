"""The embedding model, with LangChain's `Embeddings` interface: ONNX Runtime (default) or torch, normalised vectors.

One forward pass gives both the chunk vector and per-sentence vectors (mean of the chunk's
contextual token vectors over each sentence's span), so sentence scoring costs nothing extra.
The backend is chosen by REPORTQA_EMBED_BACKEND; both give the same vectors, so one index
serves either.

`Embedder` has the methods of LangChain's `Embeddings` (embed_documents, embed_query and their
async forms) without importing LangChain: `langchain_core.embeddings` pulls in its runnables,
callbacks and `requests` (~0.2 s CPU), which a cold `reportqa ask` never uses. `as_langchain`
registers it as a virtual subclass of `Embeddings` where a LangChain object is wanted.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np

from .errors import SettingsError
from .settings import default_cache_dir, use_offline_env

log = logging.getLogger(__name__)

BACKENDS = ("onnx", "torch")


class Embedder:
    """LangChain's `Embeddings` interface over a local sentence-transformers model; call `warm_up()` first."""

    def __init__(self, model: str, batch_size: int = 32, device: str = "cpu", backend: str = "onnx",
                 cache_dir: Path | None = None) -> None:
        if backend not in BACKENDS:
            raise SettingsError(f"REPORTQA_EMBED_BACKEND={backend!r}: use one of {', '.join(BACKENDS)}")
        self.model_name = model
        self.batch_size = batch_size
        self.device = device
        self.requested_backend = backend
        self.backend_name = backend  # the backend in use: 'torch' after a fallback
        self.cache_dir = cache_dir or default_cache_dir()
        self._backend = None
        self._lock = threading.Lock()

    # -- lifecycle -------------------------------------------------------------------------
    def warm_up(self) -> None:
        """Load the model (once). Never downloads: a missing path is a settings error."""
        if self._backend is not None:
            return
        with self._lock:
            if self._backend is None:
                use_offline_env()
                self._backend = self._load()
                log.info("loaded embedding model %s on %s (max %d tokens)", self.model_name, self._backend.name,
                         self._backend.max_tokens)

    def _load(self):
        if self.backend_name == "onnx":
            from .embed_onnx import OnnxBackend, Unsupported

            folder = Path(self.model_name)
            if folder.is_dir():
                try:
                    return OnnxBackend(folder, self.cache_dir, self.batch_size)
                except Unsupported as exc:
                    log.warning("ONNX backend not available (%s): using torch", exc)
                except OSError as exc:  # the cache folder cannot be created or written
                    raise SettingsError(f"REPORTQA_CACHE_DIR={str(self.cache_dir)!r}: cannot write the ONNX export "
                                        f"({exc.strerror or exc}); point it at a writable folder or set "
                                        "REPORTQA_EMBED_BACKEND=torch") from exc
            else:
                log.warning("ONNX backend needs a local model folder (%s is not one): using torch", self.model_name)
        from .embed_torch import TorchBackend

        try:
            backend = TorchBackend(self.model_name, self.batch_size, self.device)
        except Exception as exc:  # OSError, ValueError, HF errors: all mean "cannot load"
            hint = "point REPORTQA_EMBED_MODEL at a local sentence-transformers folder"
            if not Path(self.model_name).exists():
                hint += " (this path does not exist and hub downloads are off)"
            raise SettingsError(f"REPORTQA_EMBED_MODEL={self.model_name!r}: cannot load model: {hint}") from exc
        self.backend_name = backend.name
        return backend

    @property
    def backend(self):
        """The loaded backend (OnnxBackend or TorchBackend)."""
        self.warm_up()
        return self._backend

    @property
    def max_tokens(self) -> int:
        return int(self.backend.max_tokens)

    @property
    def dimension(self) -> int:
        return int(self.backend.dimension)

    @property
    def collection_name(self) -> str:
        """A Chroma collection name for this model (3-512 chars), so models never mix vectors."""
        base = Path(self.model_name.rstrip("/")).name or "model"
        if base == "model":  # the bundled package keeps the weights in a folder called "model"
            base = "all-MiniLM-L6-v2"
        slug = re.sub(r"[^a-zA-Z0-9_-]+", "-", base).strip("-_")[:40] or "model"
        digest = hashlib.sha1(base.encode()).hexdigest()[:8]
        return f"reportqa-{slug}-{digest}".lower()

    # -- tokens ----------------------------------------------------------------------------
    def count_tokens(self, text: str) -> int:
        """Word pieces the model reads for `text`, including [CLS] and [SEP]."""
        return self.count_tokens_batch([text])[0]

    def count_tokens_batch(self, texts: Sequence[str]) -> list[int]:
        return self.backend.count_tokens_batch(list(texts)) if texts else []

    # -- vectors ---------------------------------------------------------------------------
    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Normalised float32 vectors, one row per text."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return self.backend.embed(list(texts))

    def embed_with_spans(
        self, texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]]
    ) -> tuple[np.ndarray, list[np.ndarray]]:
        """Chunk vectors plus one vector per character span (sentence) from the same forward pass."""
        if not texts:
            return self.embed(texts), []
        chunk_vecs, rows = self.backend.token_embeddings(list(texts))
        return chunk_vecs, [span_vectors(tokens, offsets, text_spans)
                            for (tokens, offsets), text_spans in zip(rows, spans)]

    def embed_with_spans_groups(
        self, groups: Sequence[tuple[Sequence[str], Sequence[Sequence[tuple[int, int]]]]]
    ) -> Iterator[tuple[np.ndarray, list[np.ndarray]]]:
        """`embed_with_spans` of each (texts, spans) group in turn, the same vectors; with ONNX
        the next group runs on the workers while the caller takes this one (ingest)."""
        backend = self.backend
        many = getattr(backend, "token_embeddings_groups", None)
        texts = [list(t) for t, _ in groups]
        if many is not None:
            outs = many([t for t in texts if t])
        else:
            outs = (backend.token_embeddings(t) for t in texts if t)
        for group, (_, spans) in zip(texts, groups):
            if not group:
                yield self.embed(group), []
                continue
            chunk_vecs, rows = next(outs)
            yield chunk_vecs, [span_vectors(tokens, offsets, text_spans)
                               for (tokens, offsets), text_spans in zip(rows, spans)]

    def embed_query(self, text: str) -> list[float]:
        return self.embed([text])[0].tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embed(texts).tolist()

    async def aembed_query(self, text: str) -> list[float]:
        import asyncio

        return await asyncio.get_running_loop().run_in_executor(None, self.embed_query, text)

    async def aembed_documents(self, texts: list[str]) -> list[list[float]]:
        import asyncio

        return await asyncio.get_running_loop().run_in_executor(None, self.embed_documents, texts)


def as_langchain(embedder: Embedder) -> Embedder:
    """`embedder`, which `isinstance(..., langchain_core.embeddings.Embeddings)` then accepts
    (LangChain is imported here, not by the answer path)."""
    from langchain_core.embeddings import Embeddings

    Embeddings.register(Embedder)
    return embedder


def span_vectors(tokens: np.ndarray, offsets: Sequence[tuple[int, int]],
                 spans: Sequence[tuple[int, int]]) -> np.ndarray:
    """One normalised vector per character span: the mean of the tokens overlapping it (all real
    tokens when none does, e.g. a span cut off by truncation). All spans' masks in one step, and a
    contiguous run of tokens summed as a slice: the same floats as a per-span masked mean."""
    n = min(len(offsets), tokens.shape[0])
    if not spans:
        return np.zeros((0, tokens.shape[1]), np.float32)
    tokens = tokens[:n]
    bounds = np.asarray(offsets[:n], dtype=np.int64).reshape(n, 2)
    starts, ends = bounds[:, 0], bounds[:, 1]
    real = ends > starts  # special tokens have (0, 0)
    wanted = np.asarray(spans, dtype=np.int64).reshape(len(spans), 2)
    masks = real & (starts < wanted[:, 1:2]) & (ends > wanted[:, 0:1])
    counts = masks.sum(axis=1)
    if not counts.all():  # a span no token overlaps: the mean of all real tokens
        masks[counts == 0] = real
        counts = masks.sum(axis=1)
    sums = np.empty((len(spans), tokens.shape[1]), tokens.dtype)
    for row, (mask, count) in enumerate(zip(masks, counts.tolist())):
        first = int(mask.argmax()) if mask.size else 0  # a text with no tokens at all: an empty slice, NaN as before
        picked = tokens[first:first + count] if mask[first:first + count].all() else tokens[mask]
        sums[row] = picked.sum(axis=0)
    means = (sums / counts[:, None]).astype(np.float32)  # float32 division, correctly rounded either way
    norms = np.array([np.sqrt(v.dot(v)) for v in means], np.float32)  # np.linalg.norm's own sum per row
    return np.where(norms[:, None] > 0, means / np.where(norms > 0, norms, 1)[:, None], means).astype(np.float32)

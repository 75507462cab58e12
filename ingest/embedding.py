"""The embedding model: sentence-transformers loaded offline by path, normalised vectors.

One forward pass gives both the chunk vector and per-sentence vectors (mean of the chunk's
contextual token vectors over each sentence's span), so sentence scoring costs nothing extra.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

from .errors import SettingsError
from .settings import use_offline_env

log = logging.getLogger(__name__)


class Embedder(Embeddings):
    """A LangChain `Embeddings` over a local sentence-transformers model; call `warm_up()` first."""

    def __init__(self, model: str, batch_size: int = 32, device: str = "cpu") -> None:
        self.model_name = model
        self.batch_size = batch_size
        self.device = device
        self._model = None
        self._lock = threading.Lock()

    # -- lifecycle -------------------------------------------------------------------------
    def warm_up(self) -> None:
        """Load the model (once). Never downloads: a missing path is a settings error."""
        if self._model is not None:
            return
        with self._lock:
            if self._model is not None:
                return
            use_offline_env()
            from sentence_transformers import SentenceTransformer

            try:
                model = SentenceTransformer(self.model_name, device=self.device)
            except Exception as exc:  # OSError, ValueError, HF errors: all mean "cannot load"
                hint = "point REPORTQA_EMBED_MODEL at a local sentence-transformers folder"
                if not Path(self.model_name).exists():
                    hint += " (this path does not exist and hub downloads are off)"
                raise SettingsError(f"REPORTQA_EMBED_MODEL={self.model_name!r}: cannot load model: {hint}") from exc
            self._model = model
            log.info("loaded embedding model %s (max %d tokens)", self.model_name, model.max_seq_length)

    @property
    def model(self):
        self.warm_up()
        return self._model

    @property
    def max_tokens(self) -> int:
        return int(self.model.max_seq_length)

    @property
    def dimension(self) -> int:
        getter = getattr(self.model, "get_embedding_dimension", None) or self.model.get_sentence_embedding_dimension
        return int(getter())

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
        return len(self.model.tokenizer(text, add_special_tokens=True, truncation=False)["input_ids"])

    def count_tokens_batch(self, texts: Sequence[str]) -> list[int]:
        if not texts:
            return []
        enc = self.model.tokenizer(list(texts), add_special_tokens=True, truncation=False)
        return [len(ids) for ids in enc["input_ids"]]

    # -- vectors ---------------------------------------------------------------------------
    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Normalised float32 vectors, one row per text.

        A few short texts (a query) run on one thread: measured here, torch's second thread
        makes a single query slower, and many times slower when the other core is busy
        (41 ms vs 274 ms median under load; see docs/benchmarks.md).
        """
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        with _single_thread(len(texts) <= SMALL_BATCH):
            vecs = self.model.encode(
                list(texts), batch_size=self.batch_size, normalize_embeddings=True,
                convert_to_numpy=True, show_progress_bar=False,
            )
        return vecs.astype(np.float32, copy=False)

    def embed_with_spans(
        self, texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]]
    ) -> tuple[np.ndarray, list[np.ndarray]]:
        """Chunk vectors plus one vector per character span (sentence) from the same forward pass."""
        if not texts:
            return self.embed(texts), []
        tok = self.model.tokenizer
        outputs = self.model.encode(
            list(texts), batch_size=self.batch_size, output_value=None, show_progress_bar=False,
        )
        chunk_vecs = np.stack([_normalise(o["sentence_embedding"].float().cpu().numpy()) for o in outputs])
        enc = tok(list(texts), return_offsets_mapping=True, add_special_tokens=True,
                  truncation=True, max_length=self.max_tokens)
        span_vecs: list[np.ndarray] = []
        for out, offsets, text_spans in zip(outputs, enc["offset_mapping"], spans):
            tokens = out["token_embeddings"].float().cpu().numpy()
            n = min(len(offsets), tokens.shape[0])
            starts = np.array([o[0] for o in offsets[:n]])
            ends = np.array([o[1] for o in offsets[:n]])
            real = ends > starts  # special tokens have (0, 0)
            rows = []
            for s, e in text_spans:
                mask = real & (starts < e) & (ends > s)
                vec = tokens[:n][mask].mean(axis=0) if mask.any() else tokens[:n][real].mean(axis=0)
                rows.append(_normalise(vec))
            span_vecs.append(np.stack(rows).astype(np.float32) if rows else np.zeros((0, tokens.shape[1]), np.float32))
        return chunk_vecs.astype(np.float32), span_vecs

    def embed_query(self, text: str) -> list[float]:
        return self.embed([text])[0].tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embed(texts).tolist()


SMALL_BATCH = 4
_THREADS_LOCK = threading.Lock()
_single_users = [0, 0]  # [calls inside _single_thread, thread count to restore]


@contextmanager
def _single_thread(enabled: bool) -> Iterator[None]:
    """Run torch on one intra-op thread for the duration (no-op when not enabled); the first
    caller in saves the thread count and the last one out restores it."""
    if not enabled:
        yield
        return
    import torch

    with _THREADS_LOCK:
        if _single_users[0] == 0:
            _single_users[1] = torch.get_num_threads()
            torch.set_num_threads(1)
        _single_users[0] += 1
    try:
        yield
    finally:
        with _THREADS_LOCK:
            _single_users[0] -= 1
            if _single_users[0] == 0:
                torch.set_num_threads(_single_users[1])


def _normalise(vec: np.ndarray) -> np.ndarray:
    norm = float(np.linalg.norm(vec))
    return vec / norm if norm > 0 else vec

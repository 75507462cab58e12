"""The sentence-transformers (torch) embedding backend: the fallback, and the reference for ONNX."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import numpy as np

from .embed_onnx import TokenRows, normalise_rows

log = logging.getLogger(__name__)

SMALL_BATCH = 4


class TorchBackend:
    """A SentenceTransformer on the CPU; raises whatever loading raises (the Embedder words it)."""

    name = "torch"

    def __init__(self, model: str, batch_size: int = 32, device: str = "cpu") -> None:
        from sentence_transformers import SentenceTransformer

        self.model = SentenceTransformer(model, device=device)
        self.batch_size = batch_size
        self.max_tokens = int(self.model.max_seq_length)
        getter = getattr(self.model, "get_embedding_dimension", None) or self.model.get_sentence_embedding_dimension
        self.dimension = int(getter())

    def count_tokens_batch(self, texts: Sequence[str]) -> list[int]:
        enc = self.model.tokenizer(list(texts), add_special_tokens=True, truncation=False)
        return [len(ids) for ids in enc["input_ids"]]

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """A few short texts (a query) run on one thread: torch's second thread makes a single
        query slower, and many times slower when the other core is busy (docs/benchmarks.md)."""
        with _single_thread(len(texts) <= SMALL_BATCH):
            vecs = self.model.encode(list(texts), batch_size=self.batch_size, normalize_embeddings=True,
                                     convert_to_numpy=True, show_progress_bar=False)
        return vecs.astype(np.float32, copy=False)

    def token_embeddings(self, texts: Sequence[str]) -> tuple[np.ndarray, TokenRows]:
        """Normalised text vectors plus each text's token vectors and character offsets."""
        outputs = self.model.encode(list(texts), batch_size=self.batch_size, output_value=None, show_progress_bar=False)
        enc = self.model.tokenizer(list(texts), return_offsets_mapping=True, add_special_tokens=True,
                                   truncation=True, max_length=self.max_tokens)
        rows: TokenRows = []
        vecs = []
        for out, offsets in zip(outputs, enc["offset_mapping"]):
            tokens = out["token_embeddings"].float().cpu().numpy()
            n = min(len(offsets), tokens.shape[0])
            rows.append((tokens[:n], [tuple(o) for o in offsets[:n]]))
            vecs.append(out["sentence_embedding"].float().cpu().numpy())
        return normalise_rows(np.stack(vecs)), rows


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

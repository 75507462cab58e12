"""Word-piece counts for chunking: the model's truncating tokenizer counts first, and only a text
reaching its limit is counted again untruncated; the counts equal untruncated ones."""

from __future__ import annotations

from tokenizers import Tokenizer


def _untruncated(backend, texts: list[str]) -> list[int]:
    tok = Tokenizer.from_str(backend._tok.to_str())
    tok.no_truncation()
    return [len(e.ids) for e in tok.encode_batch([backend._prep(t) for t in texts])]


def test_counts_equal_untruncated_counts_for_short_and_long_texts(embedder):
    backend = embedder.backend
    if backend.name != "onnx":
        return
    limit = backend.max_tokens
    texts = ["Revenue grew 12% in 2024.", "word " * (limit - 2), "word " * (limit - 3), "market size " * limit, ""]
    assert embedder.count_tokens_batch(texts) == _untruncated(backend, texts)
    assert max(embedder.count_tokens_batch(texts)) > limit


def test_short_texts_never_build_the_untruncated_copy(embedder, monkeypatch):
    backend = embedder.backend
    if backend.name != "onnx":
        return
    texts = ["A short sentence.", "Another one, 2025."]
    expected = _untruncated(backend, texts)
    monkeypatch.setattr(backend, "_counting", lambda: (_ for _ in ()).throw(AssertionError("copy made")))
    assert embedder.count_tokens_batch(texts) == expected

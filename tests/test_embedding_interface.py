"""`Embedder` speaks LangChain's `Embeddings` interface without importing LangChain (no model needed)."""

from __future__ import annotations

import asyncio
import subprocess
import sys

import numpy as np

from conftest import ROOT
from ingest.embedding import Embedder, as_langchain


class _Fake:
    name = "fake"
    max_tokens = 8
    dimension = 2

    def embed(self, texts):
        return np.array([[float(len(t)), 1.0] for t in texts], np.float32)


def _embedder() -> Embedder:
    e = Embedder("no-such-model")
    e._backend = _Fake()  # loaded: warm_up() returns at once
    return e


def test_sync_and_async_methods_agree():
    e = _embedder()
    assert e.embed_query("abc") == [3.0, 1.0]
    assert e.embed_documents(["a", "abcd"]) == [[1.0, 1.0], [4.0, 1.0]]
    assert asyncio.run(e.aembed_query("abc")) == [3.0, 1.0]
    assert asyncio.run(e.aembed_documents(["a", "abcd"])) == [[1.0, 1.0], [4.0, 1.0]]


def test_as_langchain_is_an_embeddings_instance():
    from langchain_core.embeddings import Embeddings

    e = _embedder()
    assert as_langchain(e) is e
    assert isinstance(e, Embeddings)


def test_importing_the_embedder_does_not_import_langchain():
    code = "import sys, ingest.embedding, rag.retrieve, rag.assistant; print(sorted(m for m in ('langchain_core', 'requests') if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"

"""Shared fixtures: real embedding model, real Chroma in temp folders, the bundled corpus ingested once."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from ingest.settings import Settings, use_offline_env

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "data" / "reports"
CIC = "cic-foundation-model-market-2025"
FROST = "frost-leadleo-ai-empowerment-2025"

use_offline_env()
# Tests never reach a real LLM: model factories refuse non-loopback endpoints while this is set.
os.environ["REPORTQA_BLOCK_REMOTE_LLM"] = "1"
os.environ.pop("OPENAI_API_KEY", None)
for key in [k for k in os.environ if k.startswith("REPORTQA_") and k != "REPORTQA_BLOCK_REMOTE_LLM"]:
    os.environ.pop(key)  # a developer's own settings must not leak into tests


@pytest.fixture(scope="session")
def embedder():
    """The real all-MiniLM-L6-v2 from the installed package, loaded once."""
    from ingest.embedding import Embedder

    emb = Embedder(Settings().embed_model_path)
    emb.warm_up()
    return emb


@pytest.fixture
def make_settings(tmp_path):
    """Settings pointing at a fresh temp data directory (extra fields as keyword arguments)."""
    def make(**kw) -> Settings:
        kw.setdefault("data_dir", tmp_path / "data")
        return Settings(**kw)
    return make


@pytest.fixture
def make_app(make_settings, embedder):
    """An App over a fresh temp index, sharing the session's loaded model."""
    from rag.factory import build_app

    def make(**kw):
        return build_app(make_settings(**kw), embedder=embedder).warm_up()
    return make


@pytest.fixture(scope="session")
def bundled_app(tmp_path_factory, embedder):
    """The bundled reports ingested once into a session temp index (read-only for tests)."""
    from rag.factory import build_app

    data = tmp_path_factory.mktemp("bundled")
    app = build_app(Settings(data_dir=data / "index"), embedder=embedder).warm_up()
    report = app.library.ingest([REPORTS])
    assert not report.failed, report.failed
    return app


@pytest.fixture
def reports_copy(tmp_path) -> Path:
    """A writable copy of the bundled reports folder."""
    dest = tmp_path / "reports"
    shutil.copytree(REPORTS, dest)
    return dest

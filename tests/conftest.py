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


@pytest.fixture(scope="session")
def auth_server(tmp_path_factory, bundled_app):
    """`reportqa --verbose serve` on a free loopback port, without --host, with a login
    (REPORTQA_AUTH) and an LLM API key set, over a copy of the bundled reports' index. Its stdout
    and stderr go to files (`out`, `err`) for the secrets check. Used by test_access and
    test_concurrency (reliability tests, issue 7)."""
    pytest.importorskip("ui.web")
    from rq_reliability import clone_data_dir, free_port, popen_cli, secret_env, stop, wait_for_port

    tmp = tmp_path_factory.mktemp("auth-server")
    data = clone_data_dir(bundled_app.settings.data_dir, tmp / "data")
    port = free_port()
    out, err = (tmp / "serve.out").open("w"), (tmp / "serve.err").open("w")
    proc = popen_cli(["--verbose", "serve", "--port", str(port)], data, env=secret_env(), stdout=out, stderr=err)
    try:
        wait_for_port(port, proc, timeout=300)
        yield {"url": f"http://127.0.0.1:{port}", "port": port, "proc": proc, "data": data,
               "out": tmp / "serve.out", "err": tmp / "serve.err"}
    finally:
        stop(proc)
        out.close()
        err.close()


def cells_answer(question: str, lines: list[str]):
    """The table-cell answer to `question` from one passage holding the table `lines` (tab-separated)."""
    from ingest.tables import read_block, tables_to_json
    from ingest.types import Chunk
    from rag.extractive.shapes import answer_by_cells
    from rag.extractive.slots import parse
    from rag.types import AnswerContext, Passage

    reads = read_block(lines)
    text = "\n".join(line for r in reads for line in [r.header_line] + r.lines)
    chunk = Chunk("c1", "d1", text, "Report", "Pub", "2020", "r.html", 1, 1, None, 0, len(text),
                  tables_json=tables_to_json([r.table for r in reads]))
    return answer_by_cells(AnswerContext(question, [Passage(chunk, 1.0)]), parse(question), "extractive")

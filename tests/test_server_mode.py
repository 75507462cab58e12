"""Server mode for real: a `chroma run` subprocess on loopback (the installed chromadb), the
bundled reports ingested through HttpClient, answers equal to embedded mode's, `docs`/`remove`,
and a second app on an empty data dir (another machine) syncing its keyword index from the server."""

from __future__ import annotations

import socket

import pytest

from conftest import CIC, FROST, REPORTS
from eval.bench import chroma_server, load_questions
from ingest.errors import BackendUnavailable
from ingest.settings import Settings
from rag.factory import build_app

pytestmark = pytest.mark.server

QUESTIONS = load_questions(20)


def signature(answer) -> tuple:
    """What must not differ between two deployments answering the same question."""
    return answer.answer, answer.figure, answer.abstained, [c.chunk_id for c in answer.citations]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A real Chroma server on a free loopback port; stopped by its process id afterwards."""
    with chroma_server(tmp_path_factory.mktemp("chroma-server") / "db") as (host, port, proc):
        yield host, port
    assert proc.poll() is not None, f"chroma server {proc.pid} still running"
    with socket.socket() as s:
        assert s.connect_ex((host, port)) != 0, "the port still answers after the server stopped"


@pytest.fixture(scope="module")
def expected(bundled_app):
    """Embedded mode's answers (the bundled reports in a temp PersistentClient)."""
    return {q: signature(bundled_app.assistant.ask(q)) for q in QUESTIONS}


def server_app(server, data_dir, embedder):
    host, port = server
    return build_app(Settings(data_dir=data_dir, chroma_host=host, chroma_port=port), embedder=embedder).warm_up()


def test_server_mode_answers_like_embedded_and_shares_the_index(server, expected, embedder, tmp_path):
    app = server_app(server, tmp_path / "machine-a", embedder)
    report = app.library.ingest([REPORTS])
    assert not report.failed and report.total_chunks > 100
    assert not (tmp_path / "machine-a" / "chroma").exists()  # the chunks live on the server
    assert [d.doc_id for d in app.library.docs()] == [CIC, FROST]

    assert {q: signature(app.assistant.ask(q)) for q in QUESTIONS} == expected

    # another machine: empty data dir, same server; its keyword index is derived from Chroma
    other = server_app(server, tmp_path / "machine-b", embedder)
    # sentence vectors come stored with the chunks: syncing runs no model
    other.library._sentence_vectors = lambda *a, **k: pytest.fail("the second app re-embedded chunks")
    assert [d.doc_id for d in other.library.docs()] == [CIC, FROST]
    assert {q: signature(other.assistant.ask(q)) for q in QUESTIONS} == expected
    folder = tmp_path / "machine-b" / "index" / embedder.collection_name
    assert (folder / "CURRENT").read_text().strip() == f"gen-{other.library.store.state()['generation']}"
    assert len(list((folder / "segments").iterdir())) == 2  # one segment per report

    # removal through one app reaches the other on its next question
    removed = app.library.remove(CIC)
    assert removed.doc_id == CIC
    assert [d.doc_id for d in other.library.docs()] == [FROST]
    answer = other.assistant.ask(QUESTIONS[0])
    assert all(p.chunk.doc_id == FROST for p in answer.passages)
    assert other.library.snapshot().doc_ids == {FROST}
    # ... and a re-ingest brings it back for both, with the same answers as before
    app.library.ingest([REPORTS])
    assert {q: signature(other.assistant.ask(q)) for q in QUESTIONS[:5]} == {q: expected[q] for q in QUESTIONS[:5]}


def test_unreachable_server_is_one_clear_error(tmp_path, embedder):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # bound but not listening: nothing answers there
        app = build_app(Settings(data_dir=tmp_path, chroma_host="127.0.0.1", chroma_port=port), embedder=embedder)
        with pytest.raises(BackendUnavailable, match=f"127.0.0.1:{port} is unreachable"):
            app.library.docs()

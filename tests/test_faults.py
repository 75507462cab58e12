"""Faults get one line (issue 11 section 3): a real full disk (a small tmpfs), a local index folder
out of space, a chroma.sqlite3 cut in half, an LLM server answering bad JSON, a real `chroma run`
stopped mid-ingest and under the web API. Each shows the same one-line error through the CLI (a
subprocess: stderr is exactly one line, no traceback), the web UI's callbacks and the API."""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
from llm_server import ScriptedLLMServer
from rq_reliability import (GOLD, clone_data_dir, cli_env, popen_cli, run_cli, synthetic_question, synthetic_report,
                            tmpfs)

from ingest.errors import RuntimeFailure
from ingest.settings import Settings
from rag.factory import build_app

QUESTION = synthetic_question("gamma")


def one_line_failure(done: subprocess.CompletedProcess, code: int, *needles: str) -> str:
    """The CLI failed with `code` and said so in exactly one stderr line holding every needle."""
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    assert done.returncode == code, (done.returncode, done.stderr[-2000:])
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), done.stderr[-2000:]
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    return lines[0]


def chat_error(app, question: str = QUESTION, answerer: str = "extractive") -> str:
    """The web UI's chat bubble for `question`, which must be an error."""
    from ui.web import WebUI

    history = list(WebUI(app).respond(question, [], "hybrid", 5, answerer, None, {}))[-1][0]
    bubble = history[-1]["content"]
    assert "rq-error" in bubble and "Traceback" not in bubble and "something went wrong" not in bubble, bubble
    return bubble


def api_error(app, question: str = QUESTION, mode: str = "", k: int = 0) -> str:
    """The API's /ask: the gr.Error an API client sees as the message."""
    import gradio as gr

    from ui.web import WebUI

    with pytest.raises(gr.Error) as caught:
        WebUI(app).api_ask(question, mode, k)
    message = caught.value.message
    assert "\n" not in message and "something went wrong" not in message, message
    return message


# -- a real full disk ---------------------------------------------------------------------------
@pytest.fixture
def small_disk(tmp_path):
    """A 4 MB tmpfs (a disk that really fills up), unmounted afterwards."""
    with tmpfs(tmp_path / "disk", "4m") as mount:
        yield mount


def fill(folder: Path) -> Path:
    """Write zeros into `folder` until its disk says no space left."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError as exc:
        assert exc.errno == errno.ENOSPC, exc
    finally:
        os.close(fd)
    return filler


def test_full_disk_is_one_line_in_ingest_ask_web_and_api_and_loses_nothing(small_disk, tmp_path, embedder):
    data = small_disk / "data"
    gamma, delta = tmp_path / "gamma.md", tmp_path / "delta.md"
    gamma.write_text(synthetic_report("gamma", 12.5, 3.0, sections=3))
    delta.write_text(synthetic_report("delta", 20.5, 4.0, sections=20))
    app = build_app(Settings(data_dir=data), embedder=embedder).warm_up()
    assert not app.library.ingest([gamma]).failed
    filler = fill(small_disk)

    for args in (["ingest", str(delta)], ["ask", QUESTION], ["docs"]):
        one_line_failure(run_cli(args, data, timeout=180), 1, "is full", str(data), "free some space")

    from ui.web import WebUI

    summary = WebUI(app).add_files([str(delta)])[0]  # the upload cannot even be stored
    assert "is full" in summary and "something went wrong" not in summary, summary

    filler.unlink()  # space again: the report ingested before answers as before
    done = run_cli(["ask", QUESTION], data, timeout=180)
    assert done.returncode == 0 and "12.5" in done.stdout, done.stderr[-2000:]


def test_local_index_folder_out_of_space_is_one_line(tmp_path):
    data = tmp_path / "data"
    (data / "index").mkdir(parents=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(data / "index")],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"a real full disk needs `mount -t tmpfs` (root): {done.stderr.strip()}")
    try:
        report = tmp_path / "delta.md"
        report.write_text(synthetic_report("delta", 20.5, 4.0, sections=20))
        one_line_failure(run_cli(["ingest", str(report)], data, timeout=180), 1, "is full", "free some space")
    finally:
        subprocess.run(["umount", "-l", str(data / "index")], capture_output=True)


# -- a damaged database -------------------------------------------------------------------------
@pytest.fixture
def damaged(bundled_app, tmp_path) -> Path:
    """A copy of the bundled index with chroma.sqlite3 cut in half."""
    data = clone_data_dir(bundled_app.settings.data_dir, tmp_path / "data")
    db = data / "chroma" / "chroma.sqlite3"
    os.truncate(db, db.stat().st_size // 2)
    with pytest.raises(sqlite3.DatabaseError):  # really damaged
        with sqlite3.connect(db) as con:
            con.execute("PRAGMA integrity_check").fetchall()
            con.execute("SELECT count(*) FROM embeddings").fetchall()
    return data


@pytest.mark.parametrize("args", [["ask", GOLD[0][0]], ["docs"], ["serve", "--port", "9"]], ids=["ask", "docs", "serve"])
def test_truncated_chroma_database_is_one_line(damaged, args):
    one_line_failure(run_cli(args, damaged, timeout=180), 1, "is damaged", "chroma.sqlite3", "reportqa ingest")


# -- an LLM server answering bad JSON -------------------------------------------------------------
@pytest.mark.parametrize("spec, stream", [("openai", True), ("ollama", False)], ids=["openai-stream", "ollama-json"])
def test_llm_answering_bad_json_is_one_line(bundled_app, spec, stream):
    with ScriptedLLMServer(["unused"], raw=b'{"choices": [ not json') as server:
        url = server.url if spec == "openai" else server.ollama_url
        env = cli_env(REPORTQA_LLM=f"{spec}:test-model", REPORTQA_LLM_BASE_URL=url, REPORTQA_LLM_API_KEY="k")
        args = ["ask", GOLD[0][0]] if stream else ["ask", "--json", GOLD[0][0]]
        done = run_cli(args, bundled_app.settings.data_dir, env=env, timeout=180)
        assert server.received, "the CLI never asked the LLM server"
    one_line_failure(done, 1, "not a chat completion", url, "REPORTQA_LLM_BASE_URL")


def test_llm_answering_bad_json_in_the_web_ui_and_api(bundled_app, embedder):
    with ScriptedLLMServer(["unused"], raw=b"<html>a proxy's login page</html>") as server:
        app = build_app(bundled_app.settings.with_overrides(llm="openai:test-model", llm_base_url=server.url,
                                                            llm_api_key="k"), embedder=embedder).warm_up()
        bubble = chat_error(app, GOLD[0][0], answerer="openai:test-model")
        message = api_error(app, GOLD[0][0])
    for shown in (bubble, message):
        assert "not a chat completion" in shown and server.url in shown


# -- a real Chroma server stopped -------------------------------------------------------------------
@pytest.fixture
def chroma(tmp_path):
    from eval.bench import chroma_server

    with chroma_server(tmp_path / "chroma-db") as (host, port, proc):
        yield {"host": host, "port": port, "proc": proc, "db": tmp_path / "chroma-db" / "chroma.sqlite3"}


def collection_created(db: Path) -> bool:
    """The server's SQLite file holds a reportqa collection (read-only; False while locked)."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.2) as con:
            return bool(con.execute("SELECT 1 FROM collections WHERE name LIKE 'reportqa-%'").fetchone())
    except sqlite3.Error:
        return False


@pytest.mark.server
def test_chroma_server_dying_mid_ingest_is_one_line(chroma, tmp_path):
    from rq_reliability import stop

    report = tmp_path / "big.md"
    report.write_text(synthetic_report("omega", 33.3, 5.0, sections=120))
    env = cli_env(REPORTQA_CHROMA_HOST=chroma["host"], REPORTQA_CHROMA_PORT=str(chroma["port"]))
    proc = popen_cli(["ingest", str(report)], tmp_path / "data", env=env, stdout=subprocess.PIPE,
                     stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 180
    while not collection_created(chroma["db"]) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    assert proc.poll() is None, "the ingest ended before the server could be stopped: " + proc.stderr.read()[-2000:]
    stop(chroma["proc"])  # while the CLI embeds the report: its writes meet a dead server
    out, err = proc.communicate(timeout=180)
    done = subprocess.CompletedProcess(proc.args, proc.returncode, out, err)
    one_line_failure(done, 1, f"Chroma server at {chroma['host']}:{chroma['port']}", "stopped answering",
                     "chroma run")


@pytest.mark.server
def test_web_api_with_the_chroma_server_down_is_one_line(chroma, tmp_path, embedder):
    from rq_reliability import stop

    from ingest.errors import QuestionError

    app = build_app(Settings(data_dir=tmp_path / "data", chroma_host=chroma["host"], chroma_port=chroma["port"]),
                    embedder=embedder).warm_up()
    gamma = tmp_path / "gamma.md"
    gamma.write_text(synthetic_report("gamma", 12.5, 3.0, sections=3))
    assert not app.library.ingest([gamma]).failed
    assert "12.5" in app.assistant.ask(QUESTION).answer
    stop(chroma["proc"])
    where = f"Chroma server at {chroma['host']}:{chroma['port']}"
    assert where in api_error(app) and "stopped answering" in api_error(app)
    assert where in chat_error(app)
    with pytest.raises(RuntimeFailure, match="stopped answering"):
        app.assistant.ask(QUESTION)
    with pytest.raises(QuestionError):  # the question is still checked first
        app.assistant.ask(QUESTION, k=10**12)


def test_web_api_through_a_real_gradio_client(bundled_app):
    """Over HTTP, as an API client sees it: each bad input is an AppError with its one line."""
    gradio_client = pytest.importorskip("gradio_client")
    from ui.web import WebUI

    demo = WebUI(bundled_app).build()
    demo.queue()
    demo.launch(server_name="127.0.0.1", server_port=None, prevent_thread_lock=True, quiet=True, show_error=False,
                ssr_mode=False)
    try:
        client = gradio_client.Client(demo.local_url, verbose=False, httpx_kwargs={"timeout": 60})
        for kwargs, needle in [({"k": 10**12}, "k=1000000000000 is out of range"),
                               ({"k": 100000}, "k=100000 is out of range"),
                               ({"mode": "bogus"}, "mode 'bogus' is not a retrieval mode"),
                               ({"question": "x " * 2600}, "keep it under 2,000")]:
            args = {"question": GOLD[0][0], "mode": "", "k": 0, **kwargs}
            with pytest.raises(Exception) as caught:
                client.predict(**args, api_name="/ask")
            assert type(caught.value).__name__ == "AppError", caught.value
            assert needle in str(caught.value), str(caught.value)
        answer = client.predict(question=GOLD[0][0], mode="bm25", k=3, api_name="/ask")
        assert "615.7" in answer["answer"]
    finally:
        demo.close()

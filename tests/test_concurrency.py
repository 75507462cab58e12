"""Concurrency (issue 7): two ingests at once on one data directory, asking while an ingest runs
(in another thread, as the web UI does, and in another process), 20 concurrent users of the web
app's Gradio API for 30 seconds, and a 10,000-question stream through the CLI batch mode with
flat memory."""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from filelock import FileLock
from rq_reliability import (AUTH_PASSWORD, AUTH_USER, FROST, GOLD, REPORTS, assert_consistent, chroma_state_ro,
                            clone_data_dir, expected_chunks, popen_cli, rss_mb, stop, synthetic_question,
                            synthetic_report)

from ingest.errors import IndexBusy
from ingest.settings import Settings


def open_app(data_dir: Path, embedder):
    from rag.factory import build_app

    return build_app(Settings(data_dir=data_dir), embedder=embedder).warm_up()


def check_gold(answer: dict | object, question: str, doc: str, figure: str) -> None:
    a = answer if isinstance(answer, dict) else answer.as_dict()
    assert "error" not in a, a
    assert not a["abstained"], f"{question!r} abstained: {a['answer'][:200]}"
    assert figure in (a["figure"] or "") + a["answer"], f"{question!r} -> {a['answer'][:200]}"
    docs = (doc,) if isinstance(doc, str) else doc
    assert a["citations"][0]["doc_id"] in docs, [c["doc_id"] for c in a["citations"]]


def new_reports(folder: Path, with_copy: bool = True) -> tuple[list[Path], list[tuple[str, str, str]]]:
    """(A renamed copy of the Frost report and) two generated reports, with a question each."""
    folder.mkdir()
    files, asks = [], []
    if with_copy:
        shutil.copyfile(REPORTS / f"{FROST}.txt", folder / "frost-copy.txt")
        files.append(folder / "frost-copy.txt")
        asks.append((GOLD[0][0], ("frost-copy", FROST), GOLD[0][2]))  # same text as the bundled Frost report
    for name, size in (("gamma", 41.7), ("delta", 18.3)):
        path = folder / f"{name}-robotics.md"
        path.write_text(synthetic_report(name, size, 9.5, sections=8), encoding="utf-8")
        files.append(path)
        asks.append((synthetic_question(name), f"{name}-robotics", str(size)))
    return files, asks


@pytest.fixture
def bundled_clone(tmp_path, bundled_app) -> Path:
    return clone_data_dir(bundled_app.settings.data_dir, tmp_path / "data")


# -- two ingests at once ---------------------------------------------------------------------------------
def test_an_ingest_while_another_holds_the_lock_fails_with_one_line(bundled_clone, embedder, tmp_path):
    app = open_app(bundled_clone, embedder)
    before = assert_consistent(app).summary()
    extra = tmp_path / "gamma-robotics.md"
    extra.write_text(synthetic_report("gamma", 41.7, 12.5, sections=2), encoding="utf-8")
    with FileLock(str(bundled_clone / "ingest.lock")):  # what a running ingest holds
        started = time.monotonic()
        with pytest.raises(IndexBusy) as caught:
            app.library.ingest([extra], lock_timeout=0.5)
        assert time.monotonic() - started < 10
    message = str(caught.value)
    assert "\n" not in message and "another ingest is running" in message and str(bundled_clone) in message
    assert assert_consistent(app).summary() == before
    assert not app.library.ingest([extra]).failed  # the lock is free again
    assert "gamma-robotics" in assert_consistent(app).registry


@pytest.mark.slow
def test_two_ingest_processes_at_once_one_waits_none_corrupts(tmp_path, embedder):
    files, asks = new_reports(tmp_path / "corpus")
    data = tmp_path / "data"
    expected = expected_chunks(files, Settings(data_dir=data), embedder)
    args = ["ingest", "--json", str(tmp_path / "corpus")]
    procs = [popen_cli(args, data, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=600) for p in procs]
    statuses = []
    for proc, (out, err) in zip(procs, outs):
        assert "Traceback" not in err
        if proc.returncode == 0:
            statuses.append(sorted({f["status"] for f in json.loads(out)["files"]}))
        else:  # the other way to lose the race: a clear one-line error, nothing written
            assert proc.returncode == 1 and "another ingest is running" in err and err.strip().count("\n") == 0, err
            statuses.append(["busy"])
    print(f"\nrun statuses: {statuses}")
    # with the lock, exactly one run writes the reports; the other waits and finds them unchanged
    assert sorted(statuses) in ([["added"], ["busy"]], [["added"], ["unchanged"]]), statuses
    app = open_app(data, embedder)
    assert_consistent(app, expected)
    for question, doc, figure in asks:
        check_gold(app.assistant.ask(question), question, doc, figure)


# -- asking while an ingest runs ----------------------------------------------------------------------------
def test_asking_while_another_thread_ingests(bundled_clone, embedder, tmp_path):
    """The web UI's case: one App, an ingest in one thread, questions in another. Every answer
    comes from one complete snapshot (the old or the new), never a mix."""
    app = open_app(bundled_clone, embedder)
    old = assert_consistent(app)
    old_ids = set(old.chroma_ids)
    files, asks = new_reports(tmp_path / "corpus", with_copy=False)
    seen = threading.local()
    real_snapshot = app.library.snapshot

    def recording_snapshot():
        snap = real_snapshot()
        seen.snap = snap
        return snap

    app.library.snapshot = recording_snapshot  # the asking thread notes the snapshot it answered from
    app.assistant.ask(GOLD[0][0])  # warm: a first answer slower than the whole ingest would overlap nothing
    done: list = []
    asking = threading.Event()  # the ingest starts once the first answer has: they overlap by construction

    def write() -> None:
        asking.wait(60)
        done.append(app.library.ingest(files))

    writer = threading.Thread(target=write)
    writer.start()
    during, generations, versions = 0, set(), set()
    deadline = time.monotonic() + 600  # a loop waiting on a thread must end even when the thread dies early
    try:
        while (writer.is_alive() or not during) and time.monotonic() < deadline:
            for question, doc, figure in GOLD[:3] + asks[:1]:
                alive = writer.is_alive()  # counted as during when it started while the ingest ran
                asking.set()
                answer = app.assistant.ask(question)
                snap = seen.snap
                generations.add(snap.generation)
                ids = {c.chunk_id for c in snap.chunks}
                assert len(ids) == len(snap.chunks) == snap.keyword.size
                assert {p.chunk_id for p in answer.passages} <= ids
                assert {c.chunk_id for c in answer.citations} <= ids
                assert set(snap.position) == ids
                if (question, doc, figure) in GOLD:
                    check_gold(answer, question, doc, figure)
                if ids == old_ids and (question, doc, figure) not in GOLD:  # not there yet
                    assert all(c.doc_id != doc for c in answer.citations)
                versions.add(frozenset(ids))
                during += alive
    finally:
        asking.set()
        writer.join()
    assert done and not done[0].failed
    print(f"\n{during} answers while the ingest ran; snapshot generations seen: {sorted(generations)}")
    assert during >= 3
    new = assert_consistent(app, None)
    assert set(new.snapshot_ids) > old_ids
    # every answer came from one of the two complete versions, never from a mix
    assert versions <= {frozenset(old_ids), frozenset(new.snapshot_ids)}, [len(v) for v in versions]
    for question, doc, figure in asks:
        check_gold(app.assistant.ask(question), question, doc, figure)


@pytest.mark.slow
def test_asking_while_another_process_ingests(bundled_clone, embedder, tmp_path):
    """`reportqa ask --json --mode dense -` keeps running while `reportqa ingest` writes the same
    data dir: dense hits are the ones a reader must filter to its snapshot while chunks arrive."""
    app = open_app(bundled_clone, embedder)
    old_ids = set(assert_consistent(app).chroma_ids)
    del app
    files, asks = new_reports(tmp_path / "corpus", with_copy=False)
    expected = expected_chunks(files, Settings(data_dir=bundled_clone), embedder)
    new_ids = {cid for _, ids in expected.values() for cid in ids}
    reader = popen_cli(["ask", "--json", "--mode", "dense", "-"], bundled_clone, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, text=True)

    def ask(question: str) -> dict:
        reader.stdin.write(question + "\n")
        reader.stdin.flush()
        return json.loads(reader.stdout.readline())

    try:
        check_gold(ask(GOLD[0][0]), *GOLD[0])  # the reader is up
        writer = popen_cli(["ingest", "--json", str(tmp_path / "corpus")], bundled_clone, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)
        during = 0
        while writer.poll() is None:
            for question, doc, figure in GOLD[:3]:
                answer = ask(question)
                check_gold(answer, question, doc, figure)
                cited = {c["chunk_id"] for c in answer["citations"]}
                assert cited <= old_ids | new_ids
                during += (chroma_state_ro(bundled_clone) or {}).get("dirty", 0)
        out, err = writer.communicate()
        assert writer.returncode == 0, err[-2000:]
        print(f"\n{during} answers while the other process was writing")
        assert during >= 3
        for question, doc, figure in GOLD:
            check_gold(ask(question), question, doc, figure)
        stale = []
        for question, doc, figure in asks:
            a = ask(question)
            assert not set(c["chunk_id"] for c in a["citations"]) - (old_ids | new_ids)
            docs = (doc,) if isinstance(doc, str) else doc
            if a["abstained"] or figure not in (a["figure"] or "") + a["answer"] or a["citations"][0]["doc_id"] not in docs:
                stale.append((question, a["figure"], [c["doc_id"] for c in a["citations"]]))
    finally:
        reader.stdin.close()
        stop(reader)
    # a running process must see what another process ingested (it reopens Chroma when the
    # generation changes: without that its vector index stays as loaded and these were wrong)
    assert not stale, stale


# -- 20 concurrent users of the web app ----------------------------------------------------------------------
@pytest.mark.slow
def test_twenty_concurrent_web_users_for_thirty_seconds(auth_server):
    """Through the Gradio API of the session's `reportqa serve` (tests/conftest.py: with a login,
    so every client signs in first)."""
    from gradio_client import Client

    clients = [Client(auth_server["url"] + "/", auth=(AUTH_USER, AUTH_PASSWORD), verbose=False) for _ in range(20)]
    endpoints = clients[0].view_api(return_format="dict", print_info=False)["named_endpoints"]
    assert "/ask" in endpoints, list(endpoints)
    stop_at = time.monotonic() + 30
    latencies: list[float] = []
    failures: list[str] = []
    lock = threading.Lock()

    def user(i: int) -> int:
        client, n = clients[i], 0
        while time.monotonic() < stop_at and n < 1000:
            question, doc, figure = GOLD[(i + n) % len(GOLD)]
            started = time.perf_counter()
            try:
                answer = client.predict(question, "", 0, api_name="/ask")
                check_gold(answer, question, doc, figure)
            except Exception as exc:  # noqa: BLE001 - every failure is collected and reported
                with lock:
                    failures.append(f"{question!r}: {type(exc).__name__}: {str(exc)[:200]}")
            with lock:
                latencies.append(time.perf_counter() - started)
            n += 1
        return n

    with ThreadPoolExecutor(20) as pool:
        counts = list(pool.map(user, range(20)))
    latencies.sort()
    median = statistics.median(latencies)
    p95 = latencies[int(0.95 * (len(latencies) - 1))]
    print(f"\n20 users x 30 s: {len(latencies)} answers ({len(latencies) / 30:.1f}/s), per user {min(counts)}-{max(counts)}; "
          f"latency median {median * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, max {latencies[-1] * 1000:.0f} ms")
    assert not failures, failures[:5]
    assert min(counts) >= 1
    assert auth_server["proc"].poll() is None


# -- CLI batch mode: a 10,000-question stream ------------------------------------------------------------------
QUESTIONS = [q for q, _, _ in GOLD] + ["", "?!", "'; DROP TABLE chunks; --"]


@pytest.mark.slow
def test_cli_batch_of_ten_thousand_questions_keeps_memory_flat(bundled_clone):
    total = 10_000
    proc = popen_cli(["ask", "--json", "-"], bundled_clone, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                     stderr=subprocess.PIPE, text=True, bufsize=1)

    def feed() -> None:  # a generator piped into stdin, never a list in memory on the other side
        try:
            for i in range(total):
                proc.stdin.write(QUESTIONS[i % len(QUESTIONS)] + "\n")
            proc.stdin.close()
        except BrokenPipeError:
            pass

    feeder = threading.Thread(target=feed, daemon=True)
    started = time.monotonic()
    feeder.start()
    rss: dict[int, float] = {}
    answered = 0
    try:
        for i, line in enumerate(proc.stdout, start=1):
            question = QUESTIONS[(i - 1) % len(QUESTIONS)]
            payload = json.loads(line)
            assert payload["question"] == question, (i, payload.get("question"), question)  # in order
            gold = next((g for g in GOLD if g[0] == question), None)
            if gold:
                assert figure_in(payload, gold[2]), (i, payload.get("answer", "")[:200])
            elif question.strip() in ("", "?!"):
                assert "error" in payload and "\n" not in payload["error"]
            else:
                assert "error" in payload or payload["abstained"]
            answered = i
            if i in (1, 1000) or i % 500 == 0:
                rss[i] = rss_mb(proc.pid) or 0.0
        proc.wait(timeout=120)
    finally:
        stop(proc)
    seconds = time.monotonic() - started
    err = proc.stderr.read()
    assert answered == total, (answered, err[-2000:])
    assert "Traceback" not in err
    growth = rss[total] - rss[1000]
    print(f"\n{total} questions in {seconds:.0f} s ({total / seconds:.0f}/s); RSS after 1: {rss[1]:.0f} MB, "
          f"1,000: {rss[1000]:.0f} MB, 10,000: {rss[total]:.0f} MB (growth {growth:+.1f} MB), "
          f"max {max(rss.values()):.0f} MB")
    assert growth < 50, rss


def figure_in(payload: dict, figure: str) -> bool:
    return not payload.get("error") and figure in (payload.get("figure") or "") + payload.get("answer", "")

"""Nothing lost, nothing duplicated (issue 7): an ingest killed with SIGKILL in the middle, and an
interrupted or damaged write of the local keyword index, end in exactly the index an
uninterrupted run builds: Chroma's chunk ids, the report registry, the local snapshot and the
snapshot on disk all agree, no duplicates, no orphans, every report answerable."""

from __future__ import annotations

import json
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rq_reliability import (CIC, FROST, GOLD, REPORTS, assert_consistent, chroma_chunk_count_ro, chroma_state_ro,
                            clone_data_dir, expected_chunks, popen_cli, run_cli, synthetic_question,
                            synthetic_report)

from ingest.index_folder import IndexFolder
from ingest.settings import Settings

SYNTHETIC = [("gamma", 41.7, 12.5), ("delta", 18.3, 7.25)]


def open_app(data_dir: Path, embedder):
    from rag.factory import build_app

    return build_app(Settings(data_dir=data_dir), embedder=embedder).warm_up()


def ask_figure(app, question: str, doc: str, figure: str) -> None:
    answer = app.assistant.ask(question)
    assert not answer.abstained, f"{question!r} abstained: {answer.answer}"
    assert figure in (answer.figure or "") + answer.answer, f"{question!r} -> {answer.answer[:200]}"
    assert answer.citations and answer.citations[0].doc_id == doc, [c.doc_id for c in answer.citations]


def make_corpus(folder: Path) -> list[tuple[Path, str, str]]:
    """Copies of the two bundled reports under other names plus generated reports:
    (file, doc_id, question) with the figure each answer must hold."""
    folder.mkdir()
    files = []
    shutil.copyfile(REPORTS / f"{CIC}.txt", folder / "alpha-cic-copy.txt")
    shutil.copyfile(REPORTS / f"{FROST}.txt", folder / "beta-frost-copy.txt")
    files.append((folder / "alpha-cic-copy.txt", "alpha-cic-copy", GOLD[2][0], GOLD[2][2]))
    files.append((folder / "beta-frost-copy.txt", "beta-frost-copy", GOLD[0][0], GOLD[0][2]))
    for name, size, growth in SYNTHETIC:
        path = folder / f"{name}-robotics.md"
        path.write_text(synthetic_report(name, size, growth, sections=8), encoding="utf-8")
        files.append((path, f"{name}-robotics", synthetic_question(name), str(size)))
    return files


def wait_until(pred, proc: subprocess.Popen, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not pred():
        if proc.poll() is not None:
            out, err = proc.communicate()
            pytest.fail(f"ingest ended (rc {proc.returncode}) before {what}; stderr: {err[-2000:]}")
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.02)


def sigkill(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL


# -- SIGKILL in the middle of a multi-file ingest -------------------------------------------------------
@pytest.mark.slow
def test_sigkill_mid_ingest_then_rerun_equals_an_uninterrupted_run(tmp_path, embedder):
    corpus = make_corpus(tmp_path / "corpus")
    data = tmp_path / "data"
    expected = expected_chunks([f for f, *_ in corpus], Settings(data_dir=data), embedder)
    total = sum(len(ids) for _, ids in expected.values())
    assert total > 200, total  # enough work (10+ s of embedding) that the kills land inside the run
    args = ["ingest", "--json", str(tmp_path / "corpus")]

    # 1. killed while embedding: the run has marked the collection dirty, nothing is registered
    proc = popen_cli(args, data, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wait_until(lambda: (chroma_state_ro(data) or {}).get("dirty") == 1, proc, 240, "the dirty flag was set")
    time.sleep(1.0)
    assert proc.poll() is None, "the ingest finished before the first kill"
    sigkill(proc)
    first_kill = chroma_chunk_count_ro(data)

    # 2. killed while storing: as soon as about a third of the chunks are in Chroma
    proc = popen_cli(args, data, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    # the dirty flag is read in the same poll: between two files it is briefly clear, and a kill landing
    # there would test a resume from a clean state (under load the poll hit that gap)
    wait_until(lambda: (chroma_chunk_count_ro(data) or 0) >= total // 3
               and (chroma_state_ro(data) or {}).get("dirty") == 1, proc, 300, "chunks reached Chroma")
    sigkill(proc)
    second_kill = chroma_chunk_count_ro(data)
    state = chroma_state_ro(data)
    print(f"\nkilled at {first_kill} and {second_kill} of {total} chunks; state after the kill {state}")
    assert state and state["dirty"] == 1, "the kill must land inside the write (dirty flag still set)"

    # 3. the same ingest again, to the end
    done = run_cli(args, data, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    report = json.loads(done.stdout)
    assert {f["status"] for f in report["files"]} <= {"added", "unchanged"}
    assert report["total_chunks"] == total

    app = open_app(data, embedder)
    assert_consistent(app, expected)
    for _, doc, question, figure in corpus:
        ask_figure(app, question, doc, figure)


# -- interrupted or damaged writes of the local (keyword) index --------------------------------------------
def _gen(folder: Path) -> Path:
    return folder / (folder / "CURRENT").read_text().strip()


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _a_segment(folder: Path) -> Path:
    return sorted(p for p in (folder / "segments").iterdir() if not p.name.startswith("."))[0]


def _half_written_generation(folder: Path) -> None:
    tmp = folder / ".tmp-killed"  # what a kill between mkdtemp and os.replace leaves behind
    shutil.copytree(_gen(folder), tmp)
    _truncate(tmp / "manifest.json")
    _truncate(tmp / "bm25" / "postings.npz")


def _half_written_segment(folder: Path) -> None:
    tmp = folder / "segments" / ".tmp-killed"
    shutil.copytree(_a_segment(folder), tmp)
    _truncate(tmp / "sentences.npy")


def _current_names_missing_generation(folder: Path) -> None:
    n = int(_gen(folder).name.removeprefix("gen-"))
    (folder / "CURRENT").write_text(f"gen-{n + 1}\n")


def _current_names_partial_generation(folder: Path) -> None:
    n = int(_gen(folder).name.removeprefix("gen-"))
    partial = folder / f"gen-{n + 1}"
    partial.mkdir()
    shutil.copyfile(_gen(folder) / "manifest.json", partial / "manifest.json")  # keyword index not written
    (folder / "CURRENT").write_text(f"gen-{n + 1}\n")


CORRUPTIONS = {
    "half-written generation (.tmp-*)": _half_written_generation,
    "half-written segment (.tmp-*)": _half_written_segment,
    "CURRENT names a missing generation": _current_names_missing_generation,
    "CURRENT names a partial generation": _current_names_partial_generation,
    "CURRENT is garbage": lambda f: (f / "CURRENT").write_bytes(b"\xff\xfe\x00gen"),
    "keyword postings truncated": lambda f: _truncate(_gen(f) / "bm25" / "postings.npz"),
    "keyword postings zeroed": lambda f: (_gen(f) / "bm25" / "postings.npz").write_bytes(b"\0" * 4096),
    "keyword terms truncated": lambda f: _truncate(_gen(f) / "bm25" / "terms.json"),
    "keyword index missing": lambda f: shutil.rmtree(_gen(f) / "bm25"),
    "manifest truncated": lambda f: _truncate(_gen(f) / "manifest.json"),
    "manifest of the wrong shape": lambda f: (_gen(f) / "manifest.json").write_text("[1, 2]"),
    "segment vectors truncated": lambda f: _truncate(_a_segment(f) / "sentences.npy"),
    "segment chunks truncated": lambda f: _truncate(_a_segment(f) / "segment.json"),
    "segment folder missing": lambda f: shutil.rmtree(_a_segment(f)),
    "whole local index deleted": lambda f: shutil.rmtree(f),
}


@pytest.fixture
def bundled_clone(tmp_path, bundled_app) -> Path:
    """A private copy of the bundled reports' index (no re-embedding)."""
    return clone_data_dir(bundled_app.settings.data_dir, tmp_path / "data")


@pytest.mark.parametrize("damage", list(CORRUPTIONS), ids=list(CORRUPTIONS))
def test_damaged_local_index_is_detected_and_rebuilt_from_chroma(bundled_clone, embedder, damage):
    folder = next((bundled_clone / "index").iterdir())
    before = {c.chunk_id for c in IndexFolder(folder).load().chunks}
    CORRUPTIONS[damage](folder)

    app = open_app(bundled_clone, embedder)
    st = assert_consistent(app)  # the load detected the damage, rebuilt from Chroma and saved it
    assert set(st.snapshot_ids) == before
    for question, doc, figure in GOLD[:3]:
        ask_figure(app, question, doc, figure)

    # the next ingest extends the repaired index and clears what the interrupted write left
    extra = bundled_clone.parent / "gamma-robotics.md"
    extra.write_text(synthetic_report("gamma", 41.7, 12.5, sections=2), encoding="utf-8")
    report = app.library.ingest([extra])
    assert not report.failed
    assert_consistent(app)
    assert not list(folder.glob(".tmp-*")) and not list((folder / "segments").glob(".tmp-*"))
    ask_figure(app, synthetic_question("gamma"), "gamma-robotics", "41.7")
    ask_figure(open_app(bundled_clone, embedder), GOLD[0][0], FROST, GOLD[0][2])


def test_sigkill_during_local_index_writes_leaves_a_loadable_index(bundled_clone, embedder):
    """A helper process rewrites the local index generation after generation and is killed with
    SIGKILL at random moments: every load afterwards sees one complete generation (or none, and
    rebuilds), never a mix and never an exception."""
    folder = next((bundled_clone / "index").iterdir())
    before = sorted(c.chunk_id for c in IndexFolder(folder).load().chunks)
    writer = Path(__file__).with_name("rq_index_writer.py")
    rng = random.Random(7)
    for _ in range(5):
        proc = subprocess.Popen([sys.executable, str(writer), str(folder)], stdout=subprocess.PIPE, text=True)
        try:
            assert proc.stdout.readline().strip() == "ready"
            time.sleep(rng.uniform(0.0, 0.6))
        finally:
            sigkill(proc)
        snap = IndexFolder(folder).load()
        assert snap is not None
        assert sorted(c.chunk_id for c in snap.chunks) == before
        assert snap.keyword.size == len(snap.chunks)
    app = open_app(bundled_clone, embedder)
    assert_consistent(app)
    ask_figure(app, GOLD[0][0], FROST, GOLD[0][2])


def test_the_consistency_check_catches_what_a_bad_resume_would_leave(bundled_clone, embedder):
    """The check the tests above rely on fails on each kind of damage it is meant to see."""
    import numpy as np

    from ingest.types import Chunk

    app = open_app(bundled_clone, embedder)
    assert_consistent(app)
    store = app.library.store
    real = next(store.iter_chunks(FROST))
    vec = np.ones((1, app.embedder.dimension), np.float32) / np.sqrt(app.embedder.dimension)

    orphan = Chunk(**{**real.__dict__, "chunk_id": "orphan-0001", "content_hash": "not-registered"})
    store.add([orphan], vec)  # an interrupted run's chunk whose report version was never registered
    with pytest.raises(AssertionError, match="orphan"):
        assert_consistent(app)
    store.chunks.delete(ids=["orphan-0001"])
    assert_consistent(app)

    store.chunks.delete(ids=[real.chunk_id])  # a registered report missing a chunk
    with pytest.raises(AssertionError):
        assert_consistent(app)
    store.add([real], vec)

    expected = expected_chunks(sorted(REPORTS.glob("*.txt")), app.settings, embedder)
    assert_consistent(app, expected)
    wrong = {**expected, FROST: (expected[FROST][0], expected[FROST][1] - {real.chunk_id} | {"extra"})}
    with pytest.raises(AssertionError, match="differ from an uninterrupted run"):
        assert_consistent(app, wrong)

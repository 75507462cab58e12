"""An update cut off half way never deletes the report (issue 11 §2): a fault at each step of an
update (after the chunk write, before and after the registry write, during the old version's
delete), in embedded and in server mode, a real `chroma run` killed with SIGKILL mid-update, and a
full disk. Afterwards every report answers as before or as after the update, never with fewer
chunks; an unrelated ingest deletes nothing of it; the next ingest of the file converges."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from rq_reliability import assert_consistent, expected_chunks, synthetic_question, synthetic_report, tmpfs

from eval.bench import chroma_server
from ingest.settings import Settings

V1, V2 = 41.7, 43.9  # gamma's market size before and after the update


class Fault(RuntimeError):
    """The injected failure."""


def corpus(folder: Path, gamma_sections: int = 6) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = {"gamma": folder / "gamma.md", "delta": folder / "delta.md", "epsilon": folder / "epsilon.md"}
    files["gamma"].write_text(synthetic_report("gamma", V1, 12.5, sections=gamma_sections), encoding="utf-8")
    files["delta"].write_text(synthetic_report("delta", 18.3, 7.25, sections=3), encoding="utf-8")
    files["epsilon"].write_text(synthetic_report("epsilon", 9.4, 3.5, sections=2), encoding="utf-8")
    return files


def edit_gamma(path: Path) -> None:
    """Version 2: one line changed, the rest (most chunks) the same text as version 1."""
    path.write_text(path.read_text(encoding="utf-8").replace(f"USD {V1} billion", f"USD {V2} billion"), encoding="utf-8")


def open_app(settings: Settings, embedder):
    from rag.factory import build_app

    return build_app(settings, embedder=embedder).warm_up()


def inject(store, step: str) -> None:
    """Make one step of the next update fail (on this store instance only)."""
    real_add, real_put, real_delete = store.add, store.put_doc, store.delete_doc

    def add(*a, **k):
        real_add(*a, **k)
        raise Fault("after the chunk write")

    def put_before(*a, **k):
        raise Fault("before the registry write")

    def put_after(*a, **k):
        real_put(*a, **k)
        raise Fault("after the registry write")

    def delete_part(doc_id, keep_hash=None):
        if keep_hash is None:
            return real_delete(doc_id)
        where = {"$and": [{"doc_id": doc_id}, {"content_hash": {"$ne": keep_hash}}]}
        ids = store.chunks.get(where=where, include=[])["ids"]
        store.chunks.delete(ids=ids[: max(1, len(ids) // 2)])
        raise Fault("during the old version's delete")

    patch = {"after chunk write": ("add", add), "before registry write": ("put_doc", put_before),
             "after registry write": ("put_doc", put_after), "during old-version delete": ("delete_doc", delete_part)}
    name, fn = patch[step]
    setattr(store, name, fn)


def versions(files: dict[str, Path], settings: Settings, embedder) -> dict[str, dict[str, set[str]]]:
    """doc_id -> {content hash: chunk ids} of gamma before and after the edit, delta as it is."""
    before = expected_chunks([files["gamma"], files["delta"]], settings, embedder)
    saved = files["gamma"].read_text(encoding="utf-8")
    edit_gamma(files["gamma"])
    after = expected_chunks([files["gamma"]], settings, embedder)
    files["gamma"].write_text(saved, encoding="utf-8")
    out: dict[str, dict[str, set[str]]] = {}
    for exp in (before, after):
        for doc, (h, ids) in exp.items():
            out.setdefault(doc, {})[h] = ids
    return out


def first_version(allowed: dict[str, dict[str, set[str]]]) -> str:
    return next(iter(allowed["gamma"]))  # versions() lists gamma's version 1 first


def assert_before_or_after(app, allowed: dict[str, dict[str, set[str]]]) -> dict[str, str]:
    """Each report holds exactly one whole version it had before or after the update, in Chroma
    and in the local index, and answers with that version's figure. Returns doc_id -> version."""
    lib = app.library
    registry = {d.doc_id: d for d in lib.docs()}
    assert set(allowed) <= set(registry), sorted(registry)
    snap = lib.snapshot()
    held: dict[str, str] = {}
    for doc, by_hash in allowed.items():
        record = registry[doc]
        assert record.content_hash in by_hash, f"{doc}: registry names an unknown version"
        ids = by_hash[record.content_hash]
        where = {"$and": [{"doc_id": doc}, {"content_hash": record.content_hash}]}
        in_chroma = set(lib.store.chunks.get(where=where, include=[])["ids"])
        assert in_chroma == ids and record.chunks == len(ids), (
            f"{doc}: {len(in_chroma & ids)} of the {len(ids)} chunks of the registered version are in Chroma")
        assert {c.chunk_id for c in snap.chunks if c.doc_id == doc} == ids, f"{doc}: local index differs"
        held[doc] = record.content_hash
    answer = app.assistant.ask(synthetic_question("gamma"))
    wanted = str(V1) if held["gamma"] == first_version(allowed) else str(V2)
    assert not answer.abstained and wanted in answer.answer, (held["gamma"], answer.answer)
    delta = app.assistant.ask(synthetic_question("delta"))
    assert "18.3" in delta.answer, delta.answer
    return held


def converge(app, files: dict[str, Path], embedder, allowed) -> None:
    """An unrelated file goes in without touching gamma; gamma's file then brings version 2."""
    report = app.library.ingest([files["epsilon"]])
    assert not report.failed and [f.status for f in report.files] == ["added"]
    assert_before_or_after(app, allowed)
    report = app.library.ingest([files["gamma"], files["delta"]])
    assert not report.failed and not getattr(report, "warnings", [])
    assert_consistent(app, expected_chunks([files[n] for n in ("gamma", "delta", "epsilon")], app.settings, embedder))
    answer = app.assistant.ask(synthetic_question("gamma"))
    assert str(V2) in answer.answer, answer.answer


def run_fault(settings: Settings, files: dict[str, Path], embedder, step: str, reopen) -> None:
    allowed = versions(files, settings, embedder)
    app = open_app(settings, embedder)
    assert not app.library.ingest([files["gamma"], files["delta"]]).failed
    edit_gamma(files["gamma"])
    inject(app.library.store, step)
    with pytest.raises(Fault):
        app.library.ingest([files["gamma"]])
    fresh = reopen()
    held = assert_before_or_after(fresh, allowed)
    print(f"\n{step}: gamma holds version {held['gamma']}")
    converge(fresh, files, embedder, allowed)


STEPS = ["after chunk write", "before registry write", "after registry write", "during old-version delete"]


@pytest.mark.parametrize("step", STEPS)
def test_fault_mid_update_embedded(tmp_path, embedder, step):
    settings = Settings(data_dir=tmp_path / "data")
    files = corpus(tmp_path / "in")

    def reopen():
        from chromadb.api.shared_system_client import SharedSystemClient

        SharedSystemClient.clear_system_cache()
        return open_app(settings, embedder)

    run_fault(settings, files, embedder, step, reopen)


@pytest.mark.server
@pytest.mark.parametrize("step", STEPS)
def test_fault_mid_update_server(tmp_path, embedder, step):
    files = corpus(tmp_path / "in")
    with chroma_server(tmp_path / "db") as (host, port, _):
        settings = Settings(data_dir=tmp_path / "data", chroma_host=host, chroma_port=port)
        # another machine (empty data dir) checks and repairs: it sees only what the server holds
        other = Settings(data_dir=tmp_path / "other", chroma_host=host, chroma_port=port)
        run_fault(settings, files, embedder, step, lambda: open_app(other, embedder))


# -- a real chroma server killed with SIGKILL mid-update --------------------------------------------
@pytest.mark.server
@pytest.mark.parametrize("when", ["after the chunk upsert", "after the registry write"])
def test_chroma_server_killed_mid_update(tmp_path, embedder, when):
    files = corpus(tmp_path / "in")
    db = tmp_path / "db"
    with chroma_server(db) as (host, port, proc):
        settings = Settings(data_dir=tmp_path / "data", chroma_host=host, chroma_port=port)
        allowed = versions(files, settings, embedder)
        app = open_app(settings, embedder)
        assert not app.library.ingest([files["gamma"], files["delta"]]).failed
        edit_gamma(files["gamma"])
        store = app.library.store
        name = "add" if when == "after the chunk upsert" else "put_doc"
        real = getattr(store, name)

        def then_kill(*a, **k):
            real(*a, **k)  # the server answered ...
            proc.send_signal(signal.SIGKILL)  # ... and dies right after
            proc.wait(timeout=30)

        setattr(store, name, then_kill)
        with pytest.raises(Exception) as failed:
            app.library.ingest([files["gamma"]])
        assert proc.returncode == -signal.SIGKILL, failed.value
    with chroma_server(db, port=port) as (host, port, _):
        fresh = open_app(Settings(data_dir=tmp_path / "data", chroma_host=host, chroma_port=port), embedder)
        assert_before_or_after(fresh, allowed)
        other = open_app(Settings(data_dir=tmp_path / "other", chroma_host=host, chroma_port=port), embedder)
        assert_before_or_after(other, allowed)  # a second client with a fresh data dir sees the same
        converge(fresh, files, embedder, allowed)


# -- a full disk ---------------------------------------------------------------------------------------
def fill(folder: Path, leave: int) -> Path:
    """A file taking all free space of `folder`'s file system but `leave` bytes."""
    st = os.statvfs(folder)
    free = st.f_bavail * st.f_frsize
    filler = folder / "filler"
    with filler.open("wb") as f:
        f.truncate(0)
        chunk = b"\0" * (1 << 20)
        left = max(0, free - leave)
        while left > 0:
            try:
                left -= f.write(chunk[: min(len(chunk), left)])
            except OSError:
                break
    return filler


def test_full_disk_mid_update_loses_nothing(tmp_path, embedder):
    """The disk fills while Chroma applies the update (measured with this chromadb: 384-900 KiB
    left gives `InternalError: Error in compaction` from the upsert, as in the issue)."""
    with tmpfs(tmp_path / "disk", "48m") as disk:
        files = corpus(tmp_path / "in", gamma_sections=30)
        settings = Settings(data_dir=disk / "data")
        allowed = versions(files, settings, embedder)
        app = open_app(settings, embedder)
        assert not app.library.ingest([files["gamma"], files["delta"]]).failed
        edit_gamma(files["gamma"])
        filler = fill(disk, leave=600 * 1024)
        with pytest.raises(Exception) as failed:
            app.library.ingest([files["gamma"]])
        print(f"\nfull disk: {type(failed.value).__name__}: {str(failed.value)[:200]}")
        filler.unlink()

        from chromadb.api.shared_system_client import SharedSystemClient

        SharedSystemClient.clear_system_cache()  # what a new process sees
        fresh = open_app(settings, embedder)
        held = assert_before_or_after(fresh, allowed)
        print(f"full disk: gamma holds version {held['gamma']}")
        converge(fresh, files, embedder, allowed)


# -- a registry naming a version whose chunks are incomplete -------------------------------------------
def test_a_report_that_lost_chunks_is_read_again_from_its_file_never_deleted(tmp_path, embedder):
    files = corpus(tmp_path / "in")
    settings = Settings(data_dir=tmp_path / "data")
    app = open_app(settings, embedder)
    assert not app.library.ingest([files["gamma"], files["delta"]]).failed
    expected = expected_chunks([files["gamma"], files["delta"], files["epsilon"]], settings, embedder)
    store = app.library.store
    gamma_ids = sorted(expected["gamma"][1])
    store.chunks.delete(ids=gamma_ids[: len(gamma_ids) // 2])  # the index lost half of gamma

    # an unrelated ingest notices and reads gamma's file again
    report = app.library.ingest([files["epsilon"]])
    got = {f.doc_id: f for f in report.files}
    assert got["epsilon"].status == "added" and got["gamma"].status == "updated"
    assert "repaired" in got["gamma"].note and not report.warnings
    assert_consistent(app, expected)

    # without its file: one line telling the user what to do, and nothing more deleted
    store.chunks.delete(ids=gamma_ids[:2])
    files["gamma"].rename(tmp_path / "gamma-moved.md")
    report = app.library.ingest([files["delta"]])
    assert [f.status for f in report.files] == ["unchanged"]
    (line,) = report.warnings
    assert line.startswith("gamma: the index holds") and "reportqa ingest" in line and "\n" not in line
    assert len(store.chunks.get(where={"doc_id": "gamma"}, include=[])["ids"]) == len(gamma_ids) - 2
    # the file given again (from anywhere, same bytes) repairs it
    report = app.library.ingest([tmp_path / "gamma-moved.md"])
    assert [(f.doc_id, f.status) for f in report.files] == [("gamma", "updated")]
    assert_consistent(app, expected)

"""A report's original file and re-ingest (issue 14), on real ingests: the path a report was read
from is remembered, `reingest` rebuilds a report from it (also when unchanged, picking up edits
when changed), and a missing file or report is one clear line; `reportqa reingest` on the CLI."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from ingest.errors import UserError
from ingest.originals import original_file, recorded_paths, reingest
from ingest.store import DocRecord

ROOT = Path(__file__).resolve().parents[1]
CLI = str(ROOT / ".venv" / "bin" / "reportqa")
NOTES = "# Drone notes\n\nDelivery drones grew 14% in 2024.\n\nCargo drones grew 9% in 2024.\n"


def _record(doc_id: str, source: str) -> DocRecord:
    return DocRecord(doc_id, doc_id, "", "", source, 0, 1, "", "h")


def test_reingest_rebuilds_from_the_path_it_was_ingested_from(make_app, tmp_path):
    app = make_app()
    notes = tmp_path / "elsewhere" / "drone-notes.md"
    notes.parent.mkdir()
    notes.write_text(NOTES, encoding="utf-8")
    app.library.ingest([notes])
    assert recorded_paths(app.settings) == {"drone-notes": str(notes.resolve())}
    [record] = app.library.docs()
    assert original_file(app.settings, record) == notes.resolve()

    report = reingest(app.library, "drone-notes")  # unchanged bytes: rebuilt anyway
    assert [(f.doc_id, f.status) for f in report.files] == [("drone-notes", "updated")]
    assert [d.doc_id for d in app.library.docs()] == ["drone-notes"]
    assert report.files[0].chunks == record.chunks

    notes.write_text(NOTES + "\nSurvey drones grew 31% in 2024.\n", encoding="utf-8")
    reingest(app.library, "drone-notes")
    assert any("31%" in c.text for c in app.library.snapshot().chunks)


def test_a_rebuild_that_dies_midway_keeps_the_report_answering(make_app, tmp_path, monkeypatch):
    """A rebuild of unchanged bytes writes a new version beside the old one: a failure before the
    registry flips loses nothing, and the next ingest clears the half-written version."""
    from ingest.store import ChunkStore

    app = make_app()
    notes = tmp_path / "drone-notes.md"
    notes.write_text(NOTES, encoding="utf-8")
    app.library.ingest([notes])
    chunks = app.library.store.count()

    def dies(self, record):
        raise RuntimeError("killed between writing the new chunks and flipping the registry")

    with monkeypatch.context() as m:
        m.setattr(ChunkStore, "put_doc", dies)
        with pytest.raises(RuntimeError):
            reingest(app.library, "drone-notes")
    [record] = app.library.docs()
    assert record.doc_id == "drone-notes" and app.library.store.version_count("drone-notes", record.content_hash) == chunks
    assert any("14%" in c.text for c in app.library.snapshot().chunks)

    report = reingest(app.library, "drone-notes")  # the rerun clears the orphans and rebuilds
    assert [(f.doc_id, f.status) for f in report.files] == [("drone-notes", "updated")]
    [after] = app.library.docs()
    assert after.content_hash != record.content_hash and after.content_hash.startswith(record.content_hash)
    assert app.library.store.count() == chunks  # the old version is gone, nothing doubled
    assert app.library.ingest([notes]).files[0].status == "unchanged"  # a rebuilt version is the same bytes


def test_missing_file_or_report_is_one_line_and_keeps_the_report(make_app, tmp_path):
    app = make_app()
    notes = tmp_path / "drone-notes.md"
    notes.write_text(NOTES, encoding="utf-8")
    app.library.ingest([notes])
    notes.unlink()
    with pytest.raises(UserError, match=r"^drone-notes.md: the original file is no longer where it was ingested from"):
        reingest(app.library, "drone-notes")
    assert [d.doc_id for d in app.library.docs()] == ["drone-notes"]
    with pytest.raises(UserError, match=r"no report with id 'nope' \(known: drone-notes\)"):
        reingest(app.library, "nope")


def test_uploads_and_reports_folders_are_looked_in_too(make_settings):
    s = make_settings(reports_dir=Path(__file__).resolve().parents[1] / "data" / "reports")
    s.uploads_dir.mkdir(parents=True)
    (s.uploads_dir / "deck.md").write_text(NOTES, encoding="utf-8")
    assert original_file(s, _record("deck", "deck.md")) == s.uploads_dir / "deck.md"
    frost = "frost-leadleo-ai-empowerment-2025"
    assert original_file(s, _record(frost, "")) == s.reports_dir / f"{frost}.txt"  # by its manifest entry
    assert original_file(s, _record("gone", "gone.md")) is None


def test_cli_reingest(tmp_path):
    notes = tmp_path / "drone-notes.md"
    notes.write_text(NOTES, encoding="utf-8")
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    env.pop("REPORTQA_DATA_DIR", None)

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([CLI, "--data-dir", str(tmp_path / "data"), *args], capture_output=True, text=True,
                              env=env, cwd=ROOT, timeout=300)

    assert run("ingest", str(notes)).returncode == 0
    proc = run("reingest", "drone-notes", "--json")
    assert proc.returncode == 0, proc.stderr
    assert [(f["doc_id"], f["status"]) for f in json.loads(proc.stdout)["files"]] == [("drone-notes", "updated")]
    proc = run("reingest", "drone-notes")
    assert proc.returncode == 0 and proc.stderr.startswith(f"re-ingested drone-notes from {notes.resolve()}: "), proc.stderr
    proc = run("reingest", "nope")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines() == ["error: no report with id 'nope' (known: drone-notes); see `reportqa docs`"]

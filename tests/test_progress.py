"""Progress that moves (issue 14): a real ingest reports every file's stages in order (reading,
chunking, embedding with chunks done/total, storing), old (done, total, what) callbacks keep
working, and `reportqa ingest` on a terminal draws per-file and per-stage bars."""

from __future__ import annotations

import io

from rich.console import Console
from typer.testing import CliRunner

from ingest.progress import IngestProgress

FACTS = [f"Segment {i} of the robotics market grew {i + 3}% in 2024 to USD {i * 1.5 + 2:.1f} billion." for i in range(40)]


def _reports(tmp_path):
    one = tmp_path / "alpha.md"
    one.write_text("# Alpha\n\n" + "\n\n".join(FACTS[:20]) + "\n\n## More\n\nMore.\n\n## End\n\nEnd.\n", encoding="utf-8")
    two = tmp_path / "beta.md"
    two.write_text("# Beta\n\n" + "\n\n".join(FACTS[20:]) + "\n\n## More\n\nMore.\n\n## End\n\nEnd.\n", encoding="utf-8")
    return [one, two]


def test_ingest_reports_each_file_and_stage_in_order(make_app, tmp_path):
    files = _reports(tmp_path)
    app = make_app()
    events: list[IngestProgress] = []
    legacy: list[tuple[int, int, str]] = []
    report = app.library.ingest(files, progress=lambda d, t, w: legacy.append((d, t, w)), on_progress=events.append)
    total = sum(f.chunks for f in report.files)
    assert total > 2
    stages = [(e.file, e.stage) for e in events]
    # each file is read then chunked, in file order, before anything is embedded
    assert stages[:4] == [("alpha.md", "reading"), ("alpha.md", "chunking"), ("beta.md", "reading"), ("beta.md", "chunking")]
    assert [(e.file_index, e.files, e.done, e.total) for e in events[:4]] == [(1, 2, 0, 2), (1, 2, 0, 2), (2, 2, 1, 2), (2, 2, 1, 2)]
    embedding = [e for e in events if e.stage == "embedding"]
    assert embedding and all(e.total == total and e.unit == "chunks" for e in embedding)
    assert [e.done for e in embedding] == sorted(e.done for e in embedding) and embedding[-1].done == total
    assert {e.file_index for e in embedding} <= {1, 2}
    storing = [e for e in events if e.stage == "storing"]
    assert [e.file for e in storing[:2]] == ["alpha.md", "beta.md"] and storing[-1].done == storing[-1].total == total
    assert stages.index(("alpha.md", "storing")) > stages.index(("beta.md", "chunking"))
    assert events[-1].label == f"beta.md (2 of 2): storing {total}/{total} chunks"
    # the old callback: chunks embedded, ending at the total
    assert legacy and legacy[-1][:2] == (total, total) and all(t == total for _, t, _ in legacy)
    # unchanged files: read, found unchanged, nothing else
    again: list[IngestProgress] = []
    app.library.ingest(files, on_progress=again.append)
    assert [e.stage for e in again] == ["reading", "reading"]


def test_a_failing_progress_display_does_not_lose_the_ingest(make_app, tmp_path):
    def broken(event: IngestProgress) -> None:
        raise RuntimeError("display went away")

    app = make_app()
    report = app.library.ingest(_reports(tmp_path), on_progress=broken)
    assert not report.failed and {d.doc_id for d in app.library.docs()} == {"alpha", "beta"}


def test_cli_ingest_draws_file_and_stage_bars(tmp_path, monkeypatch):
    import ui.cli as cli

    screen = io.StringIO()
    monkeypatch.setattr(cli, "err", Console(file=screen, force_terminal=True, width=120, soft_wrap=True))
    files = _reports(tmp_path)
    result = CliRunner().invoke(cli.app, ["--data-dir", str(tmp_path / "data"), "ingest", *map(str, files)])
    assert result.exit_code == 0, result.output
    drawn = screen.getvalue()
    for text in ("file alpha.md", "file beta.md", "reading (files)", "embedding (chunks)", "storing (chunks)"):
        assert text in drawn, text
    assert "added" in drawn and "alpha" in drawn  # the per-file summary after the bars

"""Idempotent, safe ingest into a real Chroma and keyword index in temp folders: unchanged files
add nothing, changed files replace their chunks, `remove` clears both indexes, and each kind of
bad input is one clear message while the other files go in and the index is left as it was."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ingest.errors import UserError

ROOT = Path(__file__).resolve().parents[1]
CLI = str(ROOT / ".venv" / "bin" / "reportqa")
CHINESE = ("人工智能市场在二零二四年达到六千一百五十七亿美元，预计到二零三零年将超过二点六万亿美元。"
           "中国和美国是全球人工智能产业的双引擎，新发布的大模型数量占全球的百分之八十六。")
CHINESE_MORE = ("二零二四年全球人工智能融资超过五千九百亿元人民币，中美两国合计占比百分之九十二。"
                "生成式人工智能赛道获得了百分之五十六的融资，成为最受关注的领域。")
FRENCH = "Le marché européen de la robotique a progressé de 12 % à Zürich et à Besançon, dépassant les prévisions."


def report(title: str, facts: list[str]) -> str:
    """A small Markdown report: a title, two headed sections, one fact per paragraph."""
    half = len(facts) // 2 or 1
    lines = [f"# {title}", "", "## Market overview", ""]
    lines += [f + "\n" for f in facts[:half]]
    lines += ["## Outlook", ""] + [f + "\n" for f in facts[half:]]
    return "\n".join(lines)


ALPHA = report("Alpha Robotics Review", [
    "The alpha robotics market reached USD 48.2 billion in 2024 according to the survey.",
    "Service robots grew by 18% in 2024, led by zebrafish-inspired swimming drones.",
    "Asia accounted for 61% of all installations in 2024.",
    "By 2030 the alpha market is projected to exceed USD 120 billion.",
])
BETA = report("Beta Drone Digest", [
    "Delivery drones flew 3.4 million commercial flights in 2024.",
    "Agricultural drones covered 190 million hectares in 2024.",
    "The drone market is projected to reach USD 55 billion by 2030.",
])


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def ids_in_chroma(app, doc_id: str | None = None) -> set[str]:
    where = {"doc_id": doc_id} if doc_id else None
    return set(app.library.store.chunks.get(where=where, include=[])["ids"])


def by_status(report_) -> dict[str, str]:
    return {Path(f.path).name: f.status for f in report_.files}


# -- idempotency, replacement, removal ---------------------------------------------------------
def test_reingest_of_unchanged_files_adds_nothing(make_app, tmp_path):
    app = make_app()
    files = [write(tmp_path / "alpha.md", ALPHA), write(tmp_path / "beta.md", BETA)]
    first = app.library.ingest(files)
    assert by_status(first) == {"alpha.md": "added", "beta.md": "added"}
    assert first.total_chunks == sum(f.chunks for f in first.files) == app.library.store.count() > 0
    ids, docs, generation = ids_in_chroma(app), app.library.docs(), app.library.store.state()["generation"]

    again = app.library.ingest(files)
    assert by_status(again) == {"alpha.md": "unchanged", "beta.md": "unchanged"}
    assert [f.chunks for f in again.files] == [f.chunks for f in first.files]
    assert again.total_chunks == first.total_chunks and again.chunks_added == 0
    assert ids_in_chroma(app) == ids and app.library.docs() == docs
    assert app.library.store.state()["generation"] == generation

    # a new process over the same data directory agrees (the registry lives in Chroma)
    fresh = make_app()
    assert by_status(fresh.library.ingest([tmp_path])) == {"alpha.md": "unchanged", "beta.md": "unchanged"}
    assert ids_in_chroma(fresh) == ids


def test_a_report_an_earlier_reader_chunked_is_read_again(make_app, tmp_path):
    """Unchanged bytes are skipped only when this reader made the chunks: a record from an earlier
    reader (or from before the reader was kept) is chunked again as a new version, in place."""
    from dataclasses import replace

    from ingest.recipe import reader_id

    app = make_app()
    files = [write(tmp_path / "alpha.md", ALPHA), write(tmp_path / "beta.md", BETA)]
    app.library.ingest(files)
    s = app.library.settings
    current = reader_id(s.chunk_tokens, s.chunk_overlap_tokens)
    assert {d.reader for d in app.library.docs()} == {current}
    assert reader_id(s.chunk_tokens + 1, s.chunk_overlap_tokens) != current
    assert app.library.outdated(app.library.docs()) == []
    old = next(d for d in app.library.docs() if d.doc_id == "alpha")
    old_ids, beta_ids = ids_in_chroma(app, "alpha"), ids_in_chroma(app, "beta")
    app.library.store.put_doc(replace(old, reader=""))  # as an index made before readers were kept
    assert [d.doc_id for d in app.library.outdated(app.library.docs())] == ["alpha"]

    again = app.library.ingest(files)
    assert by_status(again) == {"alpha.md": "updated", "beta.md": "unchanged"}
    assert "earlier version of the reader" in next(f.note for f in again.files if f.doc_id == "alpha")
    new_ids = ids_in_chroma(app, "alpha")
    assert new_ids and not new_ids & old_ids  # a new version beside the old, then the old deleted
    assert ids_in_chroma(app, "beta") == beta_ids
    assert app.library.outdated(app.library.docs()) == []
    assert by_status(app.library.ingest(files)) == {"alpha.md": "unchanged", "beta.md": "unchanged"}


def test_changed_file_replaces_its_old_chunks(make_app, tmp_path):
    app = make_app()
    alpha = write(tmp_path / "alpha.md", ALPHA)
    beta = write(tmp_path / "beta.md", BETA)
    app.library.ingest([alpha, beta])
    old_alpha = ids_in_chroma(app, "alpha")
    beta_ids = ids_in_chroma(app, "beta")
    assert old_alpha and beta_ids

    write(alpha, ALPHA.replace("zebrafish-inspired swimming drones", "warehouse picking arms")
          .replace("USD 48.2 billion", "USD 49.0 billion"))
    result = app.library.ingest([alpha, beta])
    assert by_status(result) == {"alpha.md": "updated", "beta.md": "unchanged"}
    new_alpha = ids_in_chroma(app, "alpha")
    gone = old_alpha - new_alpha
    assert gone, "the edited chunks should have new ids"
    assert not gone & ids_in_chroma(app), "old chunks left in Chroma"
    snap = app.library.snapshot()
    assert not gone & {c.chunk_id for c in snap.chunks}, "old chunks left in the local index"
    assert {c.chunk_id for c in snap.chunks if c.doc_id == "alpha"} == new_alpha
    assert ids_in_chroma(app, "beta") == beta_ids
    assert app.library.store.count() == len(new_alpha) + len(beta_ids) == len(snap.chunks)
    record = next(d for d in app.library.docs() if d.doc_id == "alpha")
    assert record.chunks == len(new_alpha)
    # neither index still knows the old words or figure
    for mode in ("bm25", "dense", "hybrid"):
        for p in app.retriever.search("zebrafish-inspired swimming drones", k=10, mode=mode).passages:
            assert "zebrafish" not in p.chunk.text and "48.2" not in p.chunk.text
    assert any("warehouse picking arms" in p.chunk.text
               for p in app.retriever.search("warehouse picking arms", k=3, mode="bm25").passages)
    # and a fresh process reading the persisted indexes agrees
    fresh = make_app()
    assert {c.chunk_id for c in fresh.library.snapshot().chunks} == new_alpha | beta_ids


def test_remove_deletes_from_chroma_and_the_keyword_index(make_app, tmp_path):
    app = make_app()
    app.library.ingest([write(tmp_path / "alpha.md", ALPHA), write(tmp_path / "beta.md", BETA)])
    q = "zebrafish-inspired swimming"  # words only alpha has
    assert any(p.chunk.doc_id == "alpha" for p in app.retriever.search(q, k=5, mode="bm25").passages)

    record = app.library.remove("alpha")
    assert record.doc_id == "alpha" and record.chunks > 0
    assert [d.doc_id for d in app.library.docs()] == ["beta"]
    assert not ids_in_chroma(app, "alpha")
    assert ids_in_chroma(app) == ids_in_chroma(app, "beta") != set()
    assert {c.doc_id for c in app.library.snapshot().chunks} == {"beta"}
    for mode in ("bm25", "dense", "hybrid"):
        assert all(p.chunk.doc_id == "beta" for p in app.retriever.search(q, k=10, mode=mode).passages)
    assert not app.retriever.search(q, k=10, mode="bm25").passages  # no beta chunk shares those words
    fresh = make_app()
    assert {c.doc_id for c in fresh.library.snapshot().chunks} == {"beta"}
    assert not fresh.retriever.search(q, k=10, mode="bm25").passages

    with pytest.raises(UserError, match="no report with id 'alpha'"):
        app.library.remove("alpha")


# -- bad inputs --------------------------------------------------------------------------------
def make_bad_files(folder: Path) -> dict[str, tuple[Path, list[str]]]:
    """name -> (path, words the error must contain besides the path)."""
    from test_loaders import make_pdf  # the same real fpdf2 document as the loader tests

    folder.mkdir(parents=True, exist_ok=True)
    good_pdf = make_pdf(folder / "source.pdf").read_bytes()
    (folder / "source.pdf").unlink()
    files = {
        "empty.txt": (b"", ["empty"]),
        "empty.pdf": (b"", ["empty"]),
        "empty.docx": (b"", ["empty"]),
        "binary.txt": (bytes(range(256)) * 16, ["binary"]),
        "binary.docx": (bytes(range(256)) * 16, ["not a docx"]),
        "corrupt.docx": (b"PK\x03\x04" + bytes(range(256)) * 4, ["corrupt docx"]),
        "binary.pdf": (bytes(range(256)) * 16, ["not a pdf"]),
        "corrupt.pdf": (good_pdf[: len(good_pdf) // 2], ["corrupt pdf"]),
        "garbage.pdf": (b"%PDF-1.7\n" + bytes(range(256)) * 16, ["pdf"]),
        "sheet.xlsx": (None, ["unsupported file type .xlsx"]),
        "notes.csv": (b"year,share\n2024,0.3%\n", ["unsupported file type .csv"]),
    }
    out = {}
    for name, (data, words) in files.items():
        path = folder / name
        if name == "sheet.xlsx":
            import zipfile

            with zipfile.ZipFile(path, "w") as z:
                z.writestr("[Content_Types].xml", "<Types/>")
                z.writestr("xl/workbook.xml", "<workbook/>")
        else:
            path.write_bytes(data)
        out[name] = (path, words)
    locked = make_pdf(folder / "locked.pdf", password="s3cret")
    out["locked.pdf"] = (locked, ["encrypted"])
    return out


def encoded_files(folder: Path) -> tuple[Path, Path]:
    gb = folder / "china-gb18030.txt"
    gb.write_bytes(("# 人工智能市场报告\n\n" + CHINESE + "\n\n" + CHINESE_MORE + "\n").encode("gb18030"))
    latin = folder / "europe-latin1.txt"
    latin.write_bytes(("Robotique en Europe\n\n" + FRENCH + "\n\nLes résultats dépassent les prévisions à Zürich.\n")
                      .encode("latin-1"))
    return gb, latin


def test_bad_inputs_are_reported_and_the_rest_goes_in(make_app, tmp_path):
    app = make_app()
    before_files = [write(tmp_path / "alpha.md", ALPHA)]
    app.library.ingest(before_files)
    before_ids, before_docs = ids_in_chroma(app), app.library.docs()
    before_snapshot = {c.chunk_id for c in app.library.snapshot().chunks}

    bad = make_bad_files(tmp_path / "bad")
    gb, latin = encoded_files(tmp_path / "bad")
    beta = write(tmp_path / "bad" / "beta.md", BETA)
    result = app.library.ingest([p for p, _ in bad.values()] + [gb, beta, latin])

    statuses = by_status(result)
    for name, (path, words) in bad.items():
        f = next(f for f in result.files if Path(f.path).name == name)
        assert f.status == "error" and f.chunks == 0 and f.doc_id is None, name
        assert str(path) in f.error, f.error
        for w in words:
            assert w in f.error.lower(), (name, f.error)
        assert "\n" not in f.error and "Traceback" not in f.error and "unexpected" not in f.error
    assert {n for n, s in statuses.items() if s == "error"} == set(bad)
    assert statuses["beta.md"] == statuses[gb.name] == statuses[latin.name] == "added"
    assert len(result.failed) == len(bad)

    # the index before is untouched, the good files are in, nothing of the bad ones
    docs = {d.doc_id: d for d in app.library.docs()}
    assert docs["alpha"] == next(d for d in before_docs if d.doc_id == "alpha")
    assert ids_in_chroma(app, "alpha") == before_ids
    assert before_snapshot <= {c.chunk_id for c in app.library.snapshot().chunks}
    assert set(docs) == {"alpha", "beta", "china-gb18030", "europe-latin1"}

    # non-UTF-8 text decoded into the right characters
    chunks = app.library.snapshot().chunks
    zh = " ".join(c.text for c in chunks if c.doc_id == "china-gb18030")
    fr = " ".join(c.text for c in chunks if c.doc_id == "europe-latin1")
    assert "人工智能市场在二零二四年达到" in zh and "百分之八十六" in zh and "中美两国合计占比百分之九十二" in zh
    assert "Le marché européen de la robotique a progressé" in fr and "Zürich" in fr and "Besançon" in fr
    assert "\ufffd" not in zh + fr
    assert docs["china-gb18030"].title == "人工智能市场报告"


def test_size_limit(make_app, tmp_path):
    app = make_app(max_file_mb=0.001)
    small = write(tmp_path / "tiny.md", "# Tiny\n\nRobots grew 5% in 2024.\n")
    big = write(tmp_path / "big.md", ALPHA * 8)  # 2.7 KB
    result = app.library.ingest([small, big])
    assert by_status(result) == {"tiny.md": "added", "big.md": "error"}
    err = result.failed[0].error
    assert err.startswith(f"{big}: ") and "limit" in err and "KB" in err
    assert [d.doc_id for d in app.library.docs()] == ["tiny"]


# -- the same through the command line ---------------------------------------------------------
def run_cli(*args: str, data_dir: Path, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    env.pop("REPORTQA_DATA_DIR", None)
    return subprocess.run([CLI, "--data-dir", str(data_dir), *args], input=stdin, capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=300)


@pytest.fixture(scope="module")
def cli_runs(tmp_path_factory):
    """Two CLI ingests into one fresh index: a JSON run with a tiny size limit (one small file in,
    one too big), then a run of every bad input plus three good files."""
    root = tmp_path_factory.mktemp("cli-ingest")
    data = root / "index"
    tiny = write(root / "tiny.md", "# Tiny Robots\n\nRobots grew 5% in 2024.\n\nDrones grew 9% in 2024.\n")
    big = write(root / "big.md", ALPHA * 8)  # 2.7 KB
    first = run_cli("ingest", "--json", "--max-file-mb", "0.001", str(tiny), str(big), data_dir=data)
    bad = make_bad_files(root / "bad")
    gb, latin = encoded_files(root / "bad")
    beta = write(root / "bad" / "beta.md", BETA)
    second = run_cli("ingest", *(str(p) for p, _ in bad.values()), str(gb), str(beta), str(latin), data_dir=data)
    return {"data": data, "tiny": tiny, "big": big, "first": first, "second": second, "bad": bad,
            "good": [gb, beta, latin]}


def test_cli_ingest_json_contract_and_size_flag(cli_runs):
    proc, tiny, big = cli_runs["first"], cli_runs["tiny"], cli_runs["big"]
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == 1, proc.stderr
    payload = json.loads(proc.stdout)
    assert set(payload) >= {"files", "total_chunks"}
    assert isinstance(payload["total_chunks"], int)
    assert len(payload["files"]) == 2
    for f in payload["files"]:
        assert set(f) == {"path", "doc_id", "status", "chunks", "error"}
        assert f["status"] in ("added", "unchanged", "updated", "error")
        assert isinstance(f["chunks"], int) and isinstance(f["path"], str)
    ok, failed = payload["files"]
    assert (ok["path"], ok["doc_id"], ok["status"], ok["error"]) == (str(tiny), "tiny", "added", None)
    assert ok["chunks"] >= 1 and payload["total_chunks"] == ok["chunks"]
    assert failed["status"] == "error" and failed["doc_id"] is None and failed["chunks"] == 0
    assert failed["error"].startswith(f"{big}: ") and "limit" in failed["error"] and "KB" in failed["error"]


def test_cli_bad_inputs_one_line_each_exit_1(cli_runs):
    proc = cli_runs["second"]
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout
    lines = [l for l in proc.stderr.splitlines() if l.strip()]
    errors = [l for l in lines if l.startswith("error:")]
    assert len(errors) == len(cli_runs["bad"]), proc.stderr
    for name, (path, words) in cli_runs["bad"].items():
        mine = [l for l in errors if str(path) in l]
        assert len(mine) == 1, (name, proc.stderr)
        assert all(w in mine[0].lower() for w in words), mine[0]
    for path in cli_runs["good"]:
        assert any(l.split()[0] == "added" and l.endswith(str(path)) for l in lines), proc.stderr
    assert len(lines) == len(cli_runs["bad"]) + len(cli_runs["good"]) + 1  # one line per file, one summary
    summary = lines[-1]
    assert re.search(r"^\d+ chunks in the index; \d+ embedded in \d+\.\d s", summary), summary


def test_cli_index_after_bad_inputs(cli_runs, embedder):
    """The report ingested before is exactly as it was; the good files are in, the bad ones not."""
    from ingest.chunk import Chunker
    from ingest.loaders import load_file
    from ingest.manifest import doc_info
    from ingest.settings import Settings
    from rag.factory import build_app

    app = build_app(Settings(data_dir=cli_runs["data"]), embedder=embedder).warm_up()
    docs = {d.doc_id: d for d in app.library.docs()}
    assert set(docs) == {"tiny", "beta", "china-gb18030", "europe-latin1"}
    tiny = cli_runs["tiny"]
    loaded, _ = load_file(tiny, 2**20)
    expected = {c.chunk_id for c in Chunker(embedder.count_tokens_batch).chunk(doc_info(tiny, loaded.sections),
                                                                              loaded.sections,
                                                                              docs["tiny"].content_hash)}
    assert docs["tiny"].chunks == json.loads(cli_runs["first"].stdout)["files"][0]["chunks"] == len(expected)
    assert ids_in_chroma(app, "tiny") == expected
    assert {c.chunk_id for c in app.library.snapshot().chunks if c.doc_id == "tiny"} == expected
    assert docs["tiny"].ingested_at <= docs["beta"].ingested_at
    assert app.library.store.count() == sum(d.chunks for d in docs.values()) == len(app.library.snapshot().chunks)
    zh = " ".join(c.text for c in app.library.snapshot().chunks if c.doc_id == "china-gb18030")
    assert "中美两国合计占比百分之九十二" in zh

"""A report never replaces another (issue 11 §1): a report is the file as the user gave it (its
resolved path, or its uploaded name with extension) or the same bytes; any other file is a new
report whatever its name or script, with a readable id that never starts with '-'; indexes written
before identities were kept keep their ids."""

from __future__ import annotations

import string
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rq_reliability import run_cli

from ingest.identity import allocate_id, preferred_id
from ingest.settings import Settings

MEMO = "# Memo {n}\n\nThe {word} memo market reached USD {n}.5 billion in 2024, the survey of {word} says.\n"


def html(text: str) -> str:
    return f"<html><body><h1>Memo</h1><p>{text.splitlines()[-1]}</p></body></html>"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def agree(app) -> int:
    """Chroma, the registry and the local index hold the same chunks; returns their number."""
    lib = app.library
    registered = sum(d.chunks for d in lib.docs())
    chunks = lib.snapshot().chunks
    assert lib.store.count() == registered == len(chunks), (lib.store.count(), registered, len(chunks))
    assert {c.doc_id for c in chunks} == {d.doc_id for d in lib.docs()}
    return registered


# -- ids, without the model ---------------------------------------------------------------------
@pytest.mark.parametrize("name, expected", [
    ("memo.md", "memo"), ("Zürich Report.pdf", "zurich-report"), ("доклад.txt", "doklad"),
    ("Ελληνικά.md", "ellinika"), ("a.md", "a-doc"), ("---.md", "doc"),
])
def test_readable_ids_from_names_in_latin_cyrillic_and_greek(name, expected):
    assert preferred_id(name) == expected


def test_names_no_table_transliterates_get_distinct_hashed_ids_never_a_dash():
    ids = [preferred_id(n) for n in ("市场报告.md", "行业白皮书.md", "تقرير.pdf", "보고서.txt", "2024市场报告.md")]
    assert len(set(ids)) == len(ids), ids
    assert all(i[0] != "-" and i != "-doc" and len(i) >= 3 for i in ids), ids
    assert ids[0].startswith("doc-") and ids[-1].startswith("2024-")


def test_a_taken_id_gets_the_extension_then_a_number():
    assert allocate_id("memo", "memo.html", {"memo"}) == "memo-html"
    assert allocate_id("memo", "memo.md", {"memo", "memo-md"}) == "memo-2"
    assert allocate_id("memo", "memo.md", {"memo", "memo-md", "memo-2"}) == "memo-3"
    assert allocate_id("-doc", "x.md", set()) == "doc"


# -- the library -----------------------------------------------------------------------------------
def test_files_with_the_same_stem_are_distinct_reports(make_app, tmp_path):
    app = make_app()
    files = [write(tmp_path / "memo.md", MEMO.format(n=1, word="alpha")),
             write(tmp_path / "memo.html", html(MEMO.format(n=2, word="html"))),
             write(tmp_path / "a" / "memo.md", MEMO.format(n=3, word="folder-a")),
             write(tmp_path / "c" / "memo.md", MEMO.format(n=4, word="folder-c"))]
    report = app.library.ingest(files)
    assert [f.status for f in report.files] == ["added"] * 4
    ids = [f.doc_id for f in report.files]
    assert ids[:2] == ["memo", "memo-html"] and len(set(ids)) == 4, ids
    assert sorted(d.doc_id for d in app.library.docs()) == sorted(ids)
    agree(app)

    # the same files again: unchanged; one edited: updated in place, the others untouched
    write(files[3], MEMO.format(n=5, word="folder-c-edited"))
    again = app.library.ingest(files)
    assert [(f.status, f.doc_id) for f in again.files] == [("unchanged", i) for i in ids[:3]] + [("updated", ids[3])]
    assert len(app.library.docs()) == 4
    figures = " ".join(c.text for c in app.library.snapshot().chunks)
    assert all(f"USD {n}.5 billion" in figures for n in (1, 2, 3, 5)) and "USD 4.5" not in figures
    agree(app)


def test_names_in_other_scripts_are_distinct_reports_and_removable(make_app, tmp_path):
    app = make_app()
    files = [write(tmp_path / "市场报告.md", "# 市场\n\n人工智能市场在二零二四年达到六千亿美元。\n"),
             write(tmp_path / "行业白皮书.md", "# 白皮书\n\n中国和美国是全球人工智能产业的双引擎。\n"),
             write(tmp_path / "доклад.txt", "Доклад. Рынок роботов вырос на 12 процентов в 2024 году.\n")]
    report = app.library.ingest(files)
    assert [f.status for f in report.files] == ["added"] * 3
    ids = [f.doc_id for f in report.files]
    assert len(set(ids)) == 3 and not any(i.startswith("-") for i in ids) and ids[2] == "doklad", ids
    assert agree(app) == sum(f.chunks for f in report.files)
    for doc_id in ids:
        app.library.remove(doc_id)
    assert app.library.docs() == [] and app.library.store.count() == 0


def test_a_renamed_copy_with_the_same_bytes_is_the_same_report(make_app, tmp_path):
    app = make_app()
    original = write(tmp_path / "memo.md", MEMO.format(n=1, word="alpha"))
    app.library.ingest([original])
    renamed = tmp_path / "elsewhere" / "memo-final.md"
    renamed.parent.mkdir()
    original.rename(renamed)
    report = app.library.ingest([renamed])
    (f,) = report.files
    assert (f.status, f.doc_id) == ("unchanged", "memo") and "same bytes as memo.md" in f.note
    assert [d.doc_id for d in app.library.docs()] == ["memo"] and report.chunks_added == 0


def write_old_style(app, path: Path, doc_id: str) -> None:
    """Register `path` as the code before issue 11 did: no identity field, chunk ids without the
    version (sha1 of doc id and text), whatever id the old slug rule gave."""
    import hashlib
    from dataclasses import replace
    from datetime import datetime, timezone

    from ingest.chunk import Chunker
    from ingest.loaders import load_file
    from ingest.manifest import doc_info
    from ingest.store import DocRecord

    lib = app.library
    loaded, data = load_file(path, 2**20)
    info = replace(doc_info(path, loaded.sections), doc_id=doc_id)
    content_hash = hashlib.sha256(data).hexdigest()[:16]
    chunks = [replace(c, chunk_id=hashlib.sha1(f"{doc_id}\n{c.text}".encode()).hexdigest()[:20])
              for c in Chunker(app.embedder.count_tokens_batch).chunk(info, loaded.sections, content_hash)]
    vecs, sents = lib._embed(chunks, None, 0, 0)
    store = lib.store
    state = store.state()
    store.remove_doc(doc_id)
    store.delete_doc(doc_id)
    store.add(chunks, vecs, sents)
    old = DocRecord(doc_id, info.title, "", "", path.name, 0, len(chunks),
                    datetime.now(timezone.utc).isoformat(timespec="seconds"), content_hash)
    meta = old.__dict__.copy()
    del meta["key"], meta["origin"], meta["reader"]  # exactly the fields the old code wrote
    store.registry.upsert(ids=[doc_id], embeddings=[[0.0]], metadatas=[meta])
    store.set_state(state["generation"] + 1, 0)


def test_an_index_from_before_keeps_its_ids_and_its_colliding_report(make_app, tmp_path):
    """The old code gave 市场报告.md, 行业白皮书.md and доклад.txt the one id `-doc`; the last one
    written (行业白皮书.md) holds it. After the upgrade that file is still `-doc` (unchanged), the
    two it had replaced come back as reports of their own, and an old record with an ordinary id
    is updated in place when its file changed. (The old records are read again once, in place,
    because an earlier reader made their chunks: ingest/recipe.py.)"""
    app = make_app()
    zh1 = write(tmp_path / "市场报告.md", "# 市场\n\n人工智能市场在二零二四年达到六千亿美元。\n")
    zh2 = write(tmp_path / "行业白皮书.md", "# 白皮书\n\n中国和美国是全球人工智能产业的双引擎。\n")
    ru = write(tmp_path / "доклад.txt", "Доклад. Рынок роботов вырос на 12 процентов в 2024 году.\n")
    memo = write(tmp_path / "memo.md", MEMO.format(n=1, word="alpha"))
    write_old_style(app, zh2, "-doc")
    write_old_style(app, memo, "memo")
    agree(app)
    write(memo, MEMO.format(n=7, word="edited"))

    report = app.library.ingest([zh1, zh2, ru, memo])
    got = {Path(f.path).name: (f.status, f.doc_id) for f in report.files}
    assert got["行业白皮书.md"] == ("updated", "-doc")
    assert got["memo.md"] == ("updated", "memo")
    assert got["市场报告.md"][0] == got["доклад.txt"][0] == "added"
    assert got["доклад.txt"][1] == "doklad" and not got["市场报告.md"][1].startswith("-")
    assert sorted(d.doc_id for d in app.library.docs()) == sorted(i for _, i in got.values())
    agree(app)
    # and the old record now knows its file: a second run changes nothing
    assert {f.status for f in app.library.ingest([zh1, zh2, ru, memo]).files} == {"unchanged"}


def test_cli_removes_an_old_id_that_starts_with_a_dash(embedder, tmp_path):
    from rag.factory import build_app

    zh = write(tmp_path / "市场报告.md", "# 市场\n\n人工智能市场在二零二四年达到六千亿美元。\n")
    for i, args in enumerate((["remove", "-doc"], ["remove", "--", "-doc"])):
        data = tmp_path / f"data-{i}"
        write_old_style(build_app(Settings(data_dir=data), embedder=embedder).warm_up(), zh, "-doc")
        done = run_cli(args, data)
        assert done.returncode == 0 and "removed -doc" in done.stderr, done.stderr
        assert '"doc_id"' not in run_cli(["docs", "--json"], data).stdout


# -- the web UI's uploads ----------------------------------------------------------------------------
def test_upload_under_a_reports_name_asks_before_updating(make_app, tmp_path):
    pytest.importorskip("ui.web")
    from ui.web import WebUI

    app = make_app()
    web = WebUI(app)
    quiet = lambda *a, **k: None  # noqa: E731 (gr.Progress outside a request)

    def upload(folder: str, name: str, text: str) -> Path:
        return write(tmp_path / "browser" / folder / name, text)

    def summary(files, replace=False) -> str:
        return web.add_files([str(p) for p in files], replace, progress=quiet)[0]

    # report.md then report.html: two reports
    summary([upload("1", "report.md", MEMO.format(n=1, word="markdown"))])
    summary([upload("2", "report.html", html(MEMO.format(n=2, word="html")))])
    assert sorted(d.doc_id for d in app.library.docs()) == ["report", "report-html"]

    # another report.md: asked, nothing changed
    newer = upload("3", "report.md", MEMO.format(n=3, word="newer"))
    shown = summary([newer])
    assert "already uploaded under this name" in shown and "tick" in shown
    assert "USD 1.5 billion" in " ".join(c.text for c in app.library.snapshot().chunks)
    # confirmed: the report is updated in place
    shown = summary([newer], replace=True)
    assert "updated" in shown
    docs = {d.doc_id: d for d in app.library.docs()}
    assert sorted(docs) == ["report", "report-html"] and docs["report"].key == "upload:report.md"
    texts = " ".join(c.text for c in app.library.snapshot().chunks)
    assert "USD 3.5 billion" in texts and "USD 1.5 billion" not in texts
    # the same bytes again under the name: no question, unchanged
    assert "already uploaded" not in summary([upload("4", "report.md", MEMO.format(n=3, word="newer"))])
    agree(app)


# -- property: any set of distinct files is that many reports ----------------------------------------
STEMS = ["memo", "Memo", "report", "市场报告", "行业白皮书", "доклад", "Отчёт", "تقرير", "Ελληνικά", "a", "-", "x_y"]
EXTS = [".md", ".txt", ".html"]


@st.composite
def file_sets(draw):
    specs = draw(st.lists(st.tuples(st.sampled_from(["", "a", "c", "a/b"]), st.sampled_from(STEMS),
                                    st.sampled_from(EXTS)), min_size=1, max_size=6, unique=True))
    return specs


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                               HealthCheck.too_slow])
@given(specs=file_sets(), word=st.text(string.ascii_lowercase, min_size=3, max_size=8))
def test_any_set_of_distinct_files_is_one_report_each(embedder, specs, word):
    from rag.factory import build_app

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        files = []
        for i, (folder, stem, ext) in enumerate(specs):
            body = f"The {word} market number {i} reached USD {i}.25 billion in 2024."
            text = html(body) if ext == ".html" else body + "\n"
            files.append(write(root / "in" / folder / f"{stem}{ext}", text))
        app = build_app(Settings(data_dir=root / "data"), embedder=embedder).warm_up()
        report = app.library.ingest(files)
        assert [f.status for f in report.files] == ["added"] * len(files), [f.as_dict() for f in report.files]
        ids = [f.doc_id for f in report.files]
        assert len(set(ids)) == len(files) == len(app.library.docs()), ids
        assert not any(i.startswith("-") for i in ids), ids
        assert agree(app) == sum(f.chunks for f in report.files)
        again = app.library.ingest(files)
        assert [(f.status, f.doc_id) for f in again.files] == [("unchanged", i) for i in ids]

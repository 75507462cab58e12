"""Two files of one ingest that are one report (two uploads of one name, different bytes): its last
version stands, whole in Chroma and in the local index, as one write per report left it; the window's
single registry write must not hold the report twice (Chroma refuses duplicate ids in one write)."""

from __future__ import annotations

from rq_reliability import synthetic_report

from ingest.settings import Settings


def test_the_last_of_two_uploads_of_one_name_stands_whole(tmp_path, embedder):
    from rag.factory import build_app

    first, second = tmp_path / "one" / "r.md", tmp_path / "two" / "r.md"
    for path, size in ((first, 41.7), (second, 43.9)):
        path.parent.mkdir()
        path.write_text(synthetic_report("gamma", size, 12.5, sections=2), encoding="utf-8")
    app = build_app(Settings(data_dir=tmp_path / "data"), embedder=embedder).warm_up()
    report = app.library.ingest([first, second], source_names={first: "r.md", second: "r.md"})
    assert not report.failed and [f.status for f in report.files] == ["added", "updated"]
    (record,) = app.library.docs()
    chunks = app.library.store.chunks
    held = set(chunks.get(where={"doc_id": record.doc_id}, include=[])["ids"])
    of_last = chunks.get(where={"$and": [{"doc_id": record.doc_id}, {"content_hash": record.content_hash}]}, include=[])
    assert len(held) == record.chunks and held == set(of_last["ids"])
    assert "43.9" in " ".join(chunks.get(include=["documents"])["documents"])
    assert {c.chunk_id for c in app.library.snapshot().chunks} == held

"""How often an ingest writes the local index: once into an empty library (the empty index it
starts from is not written first), and an empty library's index is still written when read."""

from __future__ import annotations

from ingest.index_folder import IndexFolder


def _count_saves(monkeypatch) -> list[int]:
    saves: list[int] = []
    real = IndexFolder.save

    def counting(self, snap):
        saves.append(len(snap.chunks))
        return real(self, snap)

    monkeypatch.setattr(IndexFolder, "save", counting)
    return saves


def test_an_ingest_into_an_empty_library_writes_the_index_once(make_app, tmp_path, monkeypatch):
    report = tmp_path / "tiny.md"
    report.write_text("# Market\n\nThe robotics market reached USD 12 billion in 2024.\n")
    app = make_app()
    saves = _count_saves(monkeypatch)
    app.library.ingest([report])
    assert len(saves) == 1 and saves[0] > 0
    assert [c.text for c in app.library.snapshot().chunks]


def test_reading_an_empty_library_still_writes_its_index(make_app, monkeypatch):
    app = make_app()
    saves = _count_saves(monkeypatch)
    assert not app.library.snapshot().chunks
    assert saves == [0]

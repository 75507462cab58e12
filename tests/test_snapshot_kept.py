"""Values derived from the reports once and kept with the index snapshot, written in one place each."""

from types import SimpleNamespace

from rag.extractive.passage_tables import doc_chunks
from rag.extractive.restored_case import lower_text


class _Snap:
    def __init__(self, chunks):
        self.chunks, self.made = chunks, {}

    def derived(self, key, make):
        if key not in self.made:
            self.made[key] = make()
        return self.made[key]


def test_lower_text_is_kept_under_one_key():
    snap = _Snap([SimpleNamespace(text="India Grew"), SimpleNamespace(text="China")])
    assert lower_text(snap) == "india grew\nchina"
    assert ("lower_text",) in snap.made
    assert lower_text(SimpleNamespace(chunks=snap.chunks)) == "india grew\nchina"  # no cache: made again


def test_doc_chunks_splits_a_report_by_tables():
    a = SimpleNamespace(doc_id="r1", tables_json="[1]")
    b = SimpleNamespace(doc_id="r1", tables_json="")
    c = SimpleNamespace(doc_id="r2", tables_json="[1]")
    snap = _Snap([a, b, c])
    assert doc_chunks(snap, "r1", True) == [a] and doc_chunks(snap, "r1", False) == [b]


def test_kept_uses_the_snapshot_memo_when_there_is_one():
    from rag.snapshot_memo import kept

    snap = _Snap([])
    assert kept(snap, ("k",), lambda: 1) == 1 and kept(snap, ("k",), lambda: 2) == 1
    assert kept(SimpleNamespace(), ("k",), lambda: 2) == 2  # no memo: made each time

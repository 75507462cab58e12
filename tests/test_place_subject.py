"""A place asked under one form (Chinese) is its report's subject when another form (China) fills the report."""

from __future__ import annotations

from rag.extractive.names import place_subject_of, subject_of


class _Snapshot:
    """A report where 'china' is in 80% of the passages and 'chinese' in 10%."""

    def report_share(self, token: str, doc_id: str) -> float:
        return {"china": 0.8, "chinese": 0.1}.get(token, 0.0) if doc_id == "cn" else 0.0


def test_a_place_is_its_reports_subject_under_any_of_its_forms():
    snap = _Snapshot()
    assert not subject_of(snap, "Chinese", "cn")  # the name as asked is rare in the report
    assert place_subject_of(snap, ("Chinese", "China", "PRC"), "cn")
    assert not place_subject_of(snap, ("Chinese", "China", "PRC"), "us")  # another report's place is not
    assert not place_subject_of(snap, ("U.S.", "US", "American"), "cn")
    assert not place_subject_of(None, ("China",), "cn")

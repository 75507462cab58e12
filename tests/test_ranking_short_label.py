"""A ranking row named without its label's trailing note ('Veo 3 Preview' for 'Veo 3 Preview
(No Audio)') is named, unless another row has that name too; its gap is then computed (ranking_gap.py)."""

from __future__ import annotations

from rag.extractive.ranking import rankings
from rag.extractive.ranking_gap import named_ranked, named_rows, short_labels
from rag.verify import derived
from tests.test_ranking import _ctx

VIDEO = ("Video Arena Leaderboard (evaluation of video models)",
         [["Rank", "Company name", "Model", "Arena ELO"], ["1", "ByteDance", "Seedance 1.0", "1,355"],
          ["2", "Minimax", "Hailuo 02", "1,331"], ["3", "Google", "Veo 3 Preview (No Audio)", "1,244"],
          ["4", "Kuaishou", "Kling 1.6 (Pro)", "1,144"], ["5", "Kuaishou", "Kling 1.6", "1,120"],
          ["6", "Google", "Veo 2", "1,118"]])


def test_a_label_is_named_without_its_note_unless_another_row_has_that_name():
    labels = ["Veo 3 Preview (No Audio)", "Kling 1.6 (Pro)", "Kling 1.6", "Hailuo 02"]
    assert short_labels(labels) == {"Veo 3 Preview (No Audio)": "Veo 3 Preview"}  # 'Kling 1.6' is a row of its own
    r = rankings(_ctx("x", VIDEO))[0]
    q = "How far ahead of Google's Veo 3 Preview is Hailuo 02, in ELO points?"
    assert [label for _, label, _ in named_rows(r, q)] == ["Veo 3 Preview (No Audio)", "Hailuo 02"]
    assert [label for _, label, _ in named_rows(r, "How far ahead of Kling 1.6 is Hailuo 02?")] == ["Kling 1.6", "Hailuo 02"]


def test_the_gap_to_a_row_named_without_its_note_is_computed_from_the_cells():
    q = "How far ahead of Google's Veo 3 Preview is Hailuo 02, in ELO points?"
    a = named_ranked(_ctx(q, VIDEO), q, "extractive")
    assert a is not None and a.figure == "87" and derived([a.figure], a.derivation) == []

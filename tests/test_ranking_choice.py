"""A two-way choice over a ranking where a side names its row by an owner's best ('Kuaishou's best
model or Hailuo 02: which ranks higher?'): the owner's highest-ranked row stands for it (no model, no index)."""

from rag.extractive.ranking_choice import described_choice
from tests.test_ranking import INDEX, SPEECH_TITLED, VIDEO_TITLED, _ctx


def _choose(q: str):
    return described_choice(_ctx(q, INDEX, SPEECH_TITLED, VIDEO_TITLED), q, "x")


def test_an_owners_best_is_its_highest_ranked_row():
    a = _choose("Kuaishou's best video model or Minimax's Hailuo 02: which ranks higher on the video arena?")
    assert a is not None and a.figure == "Hailuo 02" and "Kling 2.0, rank 3" in a.answer
    a = _choose("Which ranks higher on the video arena, Kuaishou's top model or Lightricks's model?")
    assert a is None or a.figure == "Kling 2.0"


def test_two_named_rows_are_left_to_the_sentence_choice():
    assert _choose("Which ranks higher on the video arena, Kling 2.0 or Seedance 1.0?") is None
    assert _choose("Google's best model or Seedance 1.0: which ranks higher on the video arena?") is None  # no Google row

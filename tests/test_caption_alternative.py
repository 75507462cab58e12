"""A table whose caption names another of the alternatives its section title lists than the one asked does
not own the figure: its lead is doubted. Smallest inputs, no model."""

from rag.extractive.caption_alternative import caption_other_alternative
from rag.types import Answer, Citation

TITLE = "Models lead across text, video and speech modalities (2/3)."


def _answer(caption: str) -> Answer:
    text = f"{TITLE}\n{caption}\nRank | Model | Score\nRank: 1; Model: M1; Score: 1,331"
    c = Citation(1, "d", "t", "p", "2025", "s", None, TITLE, "c", text, "M1 — Score: 1,331")
    return Answer("q", "**1,331**. M1 — Score: 1,331 [1]", "1,331", False, [c])


def test_a_table_captioned_for_another_alternative_is_doubted():
    assert caption_other_alternative("Score of M1 on the speech leaderboard?", _answer("Video leaderboard, 2025")) is not None


def test_a_table_captioned_for_the_alternative_asked_or_none_is_not():
    assert caption_other_alternative("Score of M1 on the speech leaderboard?", _answer("Speech leaderboard, 2025")) is None
    assert caption_other_alternative("Score of M1 on the speech leaderboard?", _answer("Leaderboard, 2025")) is None
    assert caption_other_alternative("Score of M1 on the leaderboard?", _answer("Video leaderboard, 2025")) is None


def test_a_passage_with_no_table_has_no_caption():
    # prose under the title is no table's caption: naming another alternative does not doubt its lead
    prose = Citation(1, "d", "t", "p", "2025", "s", None, TITLE, "c", f"{TITLE}\nVideo models scored 1,331.", "x")
    answer = Answer("q", "**1,331**. x [1]", "1,331", False, [prose])
    assert caption_other_alternative("Score of M1 on the speech leaderboard?", answer) is None

"""Rows a named owner holds in each of several rankings the question coordinates ('the video and speech
leaderboards'): each ranking addressed on its own (no model, no index)."""

from rag.extractive.ranking_across import owned_across, sided_questions
from rag.extractive.slots import parse
from tests.test_ranking import INDEX, SPEECH_TITLED, VIDEO_TITLED, _ctx


def test_coordinated_rankings_give_one_question_per_ranking():
    assert sided_questions("Which Google models are in the video and speech leaderboards?") == \
        ["Which Google models are in the video leaderboard?", "Which Google models are in the speech leaderboard?"]
    assert sided_questions("Which Google models are in the video leaderboard?") == []


def test_an_owners_rows_in_each_coordinated_ranking_are_listed():
    q = "Which Minimax models appear in the video and speech leaderboards?"
    a = owned_across(_ctx(q, INDEX, SPEECH_TITLED, VIDEO_TITLED), parse(q), "x")
    assert a is not None and a.figure == "Hailuo 02 and Speech-02-HD"


def test_an_owner_missing_from_one_ranking_is_left_to_the_one_ranking_rules():
    q = "Which Kuaishou models appear in the video and speech leaderboards?"
    assert owned_across(_ctx(q, INDEX, SPEECH_TITLED, VIDEO_TITLED), parse(q), "x") is None

"""Owners and ties read off a ranking's rows: owners holding more than a number of rows, and the rows
tied with a named row; one rule per test on the smallest input (no model, no index)."""

from rag.extractive.ranking_owners import held_bounds, owners_holding, tied_rows
from tests.test_ranking import INDEX, SPEECH_TITLED, VIDEO_TITLED, _ctx


def test_the_least_count_an_owner_must_hold():
    assert held_bounds("Which companies have more than one model in the top 10?") == (2, None)
    assert held_bounds("Which companies have two or more models on the arena?") == (2, None)
    assert held_bounds("Which companies hold at least three models?") == (3, None)
    assert held_bounds("Which companies have several models?") == (2, None)
    assert held_bounds("Which company has the top model?") is None


def test_owners_holding_more_than_one_row_of_the_ranking_addressed():
    q = "Which companies have more than one model in the speech arena leaderboard?"  # titles swapped: the TTS rows
    a = owners_holding(_ctx(q, INDEX, SPEECH_TITLED, VIDEO_TITLED), q, "x")
    assert a is not None and a.figure == "OpenAI" and "TTS-1 HD" in a.answer
    q = "Which companies have more than two models in the speech arena leaderboard?"
    assert owners_holding(_ctx(q, INDEX, SPEECH_TITLED, VIDEO_TITLED), q, "x") is None  # none holds three


def test_the_row_tied_with_a_named_row_led_by_its_owner_when_an_owner_is_asked():
    q = "Which company has the model tied with GPT-5 (high) at 68 in the index table?"
    a = tied_rows(_ctx(q, INDEX, SPEECH_TITLED), q, "x")
    assert a is not None and a.figure == "OpenAI" and "GPT-5 Codex (high)" in a.answer
    q = "Which model is tied with GPT-5 Codex (high) on the intelligence index?"
    assert tied_rows(_ctx(q, INDEX, SPEECH_TITLED), q, "x").figure == "GPT-5 (high)"
    q = "Which model is tied with Grok 4 on the intelligence index?"
    assert tied_rows(_ctx(q, INDEX, SPEECH_TITLED), q, "x") is None  # no other row at 65


def test_owners_holding_exactly_the_number_of_rows_asked():
    assert held_bounds("Which companies place exactly two models in the top 10?") == (2, 2)
    q = "Which companies have exactly one model in the speech arena leaderboard?"  # titles swapped: the TTS rows
    a = owners_holding(_ctx(q, INDEX, SPEECH_TITLED, VIDEO_TITLED), q, "x")
    assert a is not None and "OpenAI" not in a.answer and "Minimax" in a.answer and "ElevenLabs" in a.answer

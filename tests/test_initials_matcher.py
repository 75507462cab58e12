"""One matcher of an acronym against the initials of words (acronym_table.initials_end), used by spells and
capital_initials.written_out: joining words between the words are left out, and none starts the run."""

from __future__ import annotations

from rag.acronym_table import initials_end, spells
from rag.extractive.capital_initials import written_out


def test_the_run_ends_after_the_word_giving_the_last_initial():
    words = ["Reinforcement", "Learning", "from", "Human", "Feedback", "today"]
    assert initials_end("RLHF", words) == 5
    assert initials_end("LHF", words, 1) == 5  # 'from' between the words is left out
    assert initials_end("FHF", ["from", "Human", "Feedback"]) is None  # a joining word starts no run
    assert initials_end("rl", ["Reinforcement", "Learning"]) is None  # initials matched as cased


def test_both_callers_keep_their_readings():
    assert spells("RLHF", "reinforcement learning from human feedback")
    assert not spells("RLHF", "reinforcement learning from human feedback of")  # a joining word ends no expansion
    assert written_out("AA", "scores from Artificial Analysis show")
    assert not written_out("AA", "an average accuracy")  # lower-case words spell no acronym

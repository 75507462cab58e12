"""Session 30: a measure named once and carried on to the sides' sentences, and 'led' asking the leader;
the smallest questions and passages, no model."""

from __future__ import annotations

from rag.extractive.carried_measure import continued, measure_carried
from rag.extractive.choice import answer_choice, leader
from rag.extractive.slots import parse
from tests.test_extractive import evidence

INTRO = ("Overall, enterprise models were applied in six scenarios, with a total investment exceeding 700 million yuan. "
         "Structurally, intelligent analysis led with 272 million yuan, highlighting its role in risk control.")
ON = ("Structurally, intelligent analysis led with 272 million yuan, highlighting its role in risk control. "
      "Knowledge Q&A followed closely at 158 million yuan, showing wide adoption.")
QUESTION = "How much investment went to intelligent analysis compared with knowledge Q&A?"


def test_a_chunk_continues_the_one_its_opening_ends():
    ctx, _, _ = evidence(QUESTION, INTRO, ON)
    assert continued(ctx.passages, 1) is ctx.passages[0]
    assert continued(ctx.passages, 0) is None


def test_each_side_takes_the_measure_its_passage_carries():
    ctx, slots, ev = evidence(QUESTION, INTRO, ON)
    a = answer_choice(ctx, slots, ev, "extractive")
    assert a is not None and a.answer.startswith("**272 million yuan vs 158 million yuan**")


def test_a_measure_named_in_the_sentence_or_another_one_last_is_not_carried():
    ctx, _, ev = evidence(QUESTION, "Total revenue reached 900 million yuan. Knowledge Q&A followed at 158 million yuan.",
                          "Investment in knowledge Q&A had 40 users.")
    on = next(e for e in ev if e.text.startswith("Knowledge"))
    assert not measure_carried(ctx.passages, on, "financing")  # revenue is the measure named last
    own = next(e for e in ev if e.text.startswith("Investment"))
    assert not measure_carried(ctx.passages, own, "financing")  # the sentence names its measure itself


def test_no_carried_measure_without_a_continued_passage():
    ctx, slots, ev = evidence(QUESTION, ON)  # the chunk naming the investment was not retrieved
    assert answer_choice(ctx, slots, ev, "extractive") is None


def test_led_asks_the_leader():
    assert parse("Which scenario led in investment?").shape == "which"
    assert parse("Which factors led to the decline?").shape != "which"
    ctx, slots, ev = evidence("Which scenario led in investment?",
                              "Of a total investment of 700 million yuan, intelligent analysis led with 272 million yuan.")
    a = leader(ctx, slots, ev, "extractive", 0.5)
    assert a is not None and a.figure == "intelligent analysis"

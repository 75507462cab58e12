"""What will quicken or slow a thing: the question asks a cause of its pace, and the sentence saying
'N will accelerate this trend' in the passage the question matched answers it."""

from __future__ import annotations

import pytest

from ingest.figures import parse_figures
from rag.extractive.explaining import explaining
from rag.extractive.features import Evidence
from rag.extractive.pace_asked import pace_asked, states_pace
from rag.extractive.slots import parse


@pytest.mark.parametrize("question, asked", [
    ("What will speed up the spread of edge computing?", True),
    ("What could slow adoption of robots?", True),
    ("What will drive growth?", True),
    ("What will speed up by how much?", False),  # an amount is asked
    ("What will the market size be in 2030?", False),
    ("How much will drive revenue grow?", False),
])
def test_a_pace_cause_asked(question, asked):
    assert pace_asked(question) is asked
    if asked:
        assert parse(question).shape == "explanation"


def test_a_sentence_saying_what_quickens_something():
    assert states_pace("Cheaper chips will accelerate this trend.")
    assert states_pace("Open models spurred adoption.")
    assert not states_pace("The market grew 20% in 2024.")


def _ev(i: int, text: str, score: float, passage: int = 0) -> Evidence:
    return Evidence(passage, i, text, parse_figures(text), set(), set(), False, True,
                    features={"overlap": 0.5}, score=score)


def test_the_sentence_saying_what_quickens_the_topic_of_its_passage_answers():
    best = _ev(0, "Edge computing, through layered processing, combines cloud and device.", 0.6)
    other = _ev(0, "Retail sales will accelerate next year.", 0.4, passage=1)
    paced = _ev(1, "Cheaper chips will accelerate this trend.", 0.4)
    slots = parse("What will speed up the spread of edge computing?")
    got = explaining([best, other, paced], best, lambda e: True, 0.85, slots, 0.6)
    assert got.text == paced.text and got.score == best.score


def test_a_sentence_saying_what_slows_something():
    # the verbs a slowing is asked with ('what could hinder / hold back / slow X') state a pace when said
    assert states_pace("High costs could hinder adoption.")
    assert states_pace("Regulation has held back deployment.")
    assert states_pace("Chip shortages slowed the rollout.")
    assert states_pace("Subsidies fuelled this trend.")
    assert not states_pace("Growth was slow in 2024.")  # an adjective states no cause
    assert not states_pace("Fuel costs rose 5%.")
    assert not states_pace("Fossil fuels account for 60% of supply.")  # a plural noun, no verb

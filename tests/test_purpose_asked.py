"""'What is the aim of X' asks a purpose: an explanation, and a sentence saying its aim explains."""

from __future__ import annotations

import pytest

from rag.extractive.explaining import explains
from rag.extractive.slots import parse


@pytest.mark.parametrize("question", ["What is the aim of bringing models into service robots?",
                                      "What are the goals of the program?", "What was the objective of the deal?"])
def test_an_aim_asked_is_an_explanation(question):
    assert parse(question).shape == "explanation"


@pytest.mark.parametrize("text", ["The key is to add models to robots, aiming to reduce human intervention.",
                                  "The fund was set up in order to back start-ups."])
def test_a_purpose_explains(text):
    assert explains(text)


def test_a_sentence_saying_no_purpose_does_not_explain():
    assert not explains("The robots answer calls.")

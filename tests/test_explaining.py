"""Explanation shape on the smallest inputs: how the question is recognised and which sentence explains."""

from __future__ import annotations

import pytest

from ingest.figures import parse_figures
from rag.extractive.explaining import enumerates, explaining, explains
from rag.extractive.features import Evidence
from rag.extractive.slots import parse


@pytest.mark.parametrize("question, shape", [
    ("What explains the ongoing rise in consumption expenditure?", "explanation"),
    ("What makes enterprise clients the main commercial battlefield?", "explanation"),
    ("What made revenue grow so much?", "figure"),  # an amount is asked
    ("What makes up the total?", "figure"),  # composition, not a cause
])
def test_a_cause_asked_is_an_explanation(question, shape):
    got = parse(question).shape
    assert (got == "explanation") == (shape == "explanation"), got


@pytest.mark.parametrize("text", [
    "The longer the time the model spends on thinking, the better the performance.",
    "Performance improves in proportion to the increases in model scale.",
    "The reasoning capability enhances as the computational load extends.",
])
def test_a_mechanism_explains(text):
    assert explains(text)


def _ev(i: int, text: str, score: float, overlap: float, passage: int = 0) -> Evidence:
    return Evidence(passage, i, text, parse_figures(text), set(), set(), False, True,
                    features={"overlap": overlap}, score=score)


def test_the_explaining_sentence_naming_what_is_asked_wins_over_a_higher_ranked_one():
    other = _ev(0, "This growth in income has mainly been driven by the economy.", 0.73, 0.36)
    asked = _ev(1, "The increase in consumption expenditure is the direct result of rising income.", 0.69, 0.54)
    assert explaining([other, asked], other, lambda e: True, 0.85) is asked


def test_the_sentence_after_the_best_explains_it_when_the_best_does_not():
    best = _ev(0, "Beginning with o1, the industry witnessed a new scaling law focused on test-time compute.", 0.54, 0.8)
    after = _ev(1, "The model's capability enhances as the load in inference extends.", 0.41, 0.45)
    got = explaining([best, after], best, lambda e: True, 0.85)
    assert got.text == after.text and got.score == best.score  # it answers with the score of the sentence it explains


def test_items_named_with_their_owner_are_listed_items():
    assert enumerates("Key examples include OpenAI's DALL-E, Google Brain's Imagen, Stability AI's Stable Diffusion, "
                      "and Midjourney.")
    assert enumerates("Leaders include Baidu’s ERNIE, Alibaba’s Qwen and Tencent’s Hunyuan.")
    assert not enumerates("OpenAI's model leads the ranking.")

"""The explaining sentence of a cause asked: a causal connective or purpose clause naming the thing asked
(cause_said.cause_said), and the explanation quoting it when no sentence of the first pool explains."""

from __future__ import annotations

from ingest.figures import parse_figures
from rag.extractive.cause_said import cause_said
from rag.extractive.explaining import explaining
from rag.extractive.features import Evidence
from rag.extractive.slots import parse

_WHY = "Why are early-stage projects able to attract capital?"
_CAUSED = "New technology has enabled early-stage projects to attract capital through new business models."
_FIGURE = "Early-stage projects attracted capital of RMB 100B in 2024."


def test_a_cause_naming_the_thing_asked_is_said():
    assert cause_said(_CAUSED, parse(_WHY))


def test_a_sentence_restating_a_figure_says_no_cause():
    assert not cause_said(_FIGURE, parse(_WHY))


def test_a_cause_of_another_thing_is_not_said():
    assert not cause_said("Cloud spending rose due to AI demand.", parse(_WHY))


def test_a_purpose_clause_answers_an_aim_asked():
    q = parse("What is the aim of bringing large models into customer service robots?")
    assert cause_said("Large models improve customer service robots, aiming to reduce human intervention.", q)


def test_a_content_question_asks_no_cause():
    q = parse("What is included in the restructuring plans?")
    assert not cause_said("The company implements restructuring plans as a result of cost saving measures.", q)


def _ev(i: int, text: str, score: float, caused: bool) -> Evidence:
    return Evidence(0, i, text, parse_figures(text), set(), set(), False, True,
                    features={"overlap": 0.5, "cause_said": float(caused)}, score=score)


def test_the_cause_is_quoted_when_no_better_sentence_explains():
    best, caused = _ev(0, _FIGURE, 0.8, False), _ev(1, _CAUSED, 0.6, True)
    got = explaining([best, caused], best, lambda e: True, 0.85, parse(_WHY), wide=0.6)
    assert got.text == _CAUSED


def test_nouns_sharing_a_change_words_stem_stay_subject_terms():
    # 'risk' and 'surgery' are things asked about, not 'rise' or 'surge'
    assert cause_said("Surgery risk rose because staff are short.", parse("Why is surgery risk rising?"))

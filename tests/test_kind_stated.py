"""The sentence stating a list under the kind asked leads over one that only mentions the subject."""

from ingest.figures import parse_figures
from rag.extractive.features import Evidence
from rag.extractive.kind_stated import kind_stated


def _ev(i: int, text: str, score: float) -> Evidence:
    return Evidence(0, i, text, parse_figures(text), set(), set(), False, True, features={}, score=score)


_Q = "What restraints on the tile market does the report list?"


def test_a_forecast_gives_way_to_the_stated_restraints():
    best = _ev(0, "The tile market is forecast to reach USD 9 billion in 2030.", 0.9)
    listed = _ev(1, "Restraints include higher kiln fuel costs, carbon pricing and slower property markets.", 0.7)
    assert kind_stated([best, listed], best, _Q, lambda e: True, 0.6) is listed


def test_a_sibling_kind_is_no_answer():
    best = _ev(0, "The tile market is forecast to reach USD 9 billion in 2030.", 0.9)
    drivers = _ev(1, "Drivers include urban housing, renovation demand and export growth.", 0.8)
    assert kind_stated([best, drivers], best, _Q, lambda e: True, 0.6) is None


def test_too_weak_or_off_topic_sentences_do_not_lead():
    best = _ev(0, "The tile market is forecast to reach USD 9 billion in 2030.", 0.9)
    listed = _ev(1, "Restraints include higher kiln fuel costs, carbon pricing and slower property markets.", 0.4)
    assert kind_stated([best, listed], best, _Q, lambda e: True, 0.6) is None
    listed.score = 0.8
    assert kind_stated([best, listed], best, _Q, lambda e: False, 0.6) is None


def test_a_question_not_asking_several_of_a_kind_keeps_its_best():
    best = _ev(0, "Environmental provisions relate to the remediation of the former yard.", 0.9)
    other = _ev(1, "Additions to claims and litigation provisions in 2023 relate mainly to a claim and a fine.", 0.8)
    assert kind_stated([best, other], best, "What do environmental provisions relate to?", lambda e: True, 0.6) is None


def test_a_best_that_enumerates_keeps_the_lead():
    best = _ev(0, "Despite challenges in scheduling, privacy, and standards, the approach remains critical.", 0.9)
    other = _ev(1, "Challenges include cost and latency.", 0.8)
    assert kind_stated([best, other], best, "What challenges does the approach face?", lambda e: True, 0.6) is None

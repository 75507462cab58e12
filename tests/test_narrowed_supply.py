"""A candidate whose own sentence names the narrowing words of the measure asked supplies the measure a
blocked best lacked (measure_narrowed), though it covers fewer of the question's other terms."""

from types import SimpleNamespace

from rag.extractive.fallthrough import names_narrowed, supplies
from rag.extractive.gates_measure import narrowed_terms
from rag.extractive.slots import parse


def _candidate(score: float, text: str, **features: float):
    return SimpleNamespace(score=score, text=text, features=features)


def test_narrowed_terms_of_a_figure_asked():
    assert narrowed_terms(parse("What was the size of the foundation model market in 2024, in USD?")) == (
        frozenset({"foundation", "model"}),)
    assert narrowed_terms(parse("Why did the foundation model market grow?")) == ()


def test_a_sentence_naming_the_narrowed_measure_supplies_it():
    narrowed = (frozenset({"model"}),)
    top = _candidate(1.0, "The AI algorithm framework market: 27 in 2018.", names=1.0, passage_names=1.0, overlap=0.6)
    other = _candidate(0.9, "China's large model market size: 221 in 2024.", names=1.0, passage_names=1.0, overlap=0.35)
    assert names_narrowed(other, narrowed) and not names_narrowed(top, narrowed)
    assert supplies(other, top, "measure_narrowed", narrowed)
    assert not supplies(other, top, "measure_narrowed")  # less overlap, no narrowing words given: no supply


def test_a_sentence_about_the_whole_does_not_supply_the_part():
    narrowed = (frozenset({"foundation", "model"}),)
    top = _candidate(1.0, "Foundation models drive the market.", names=1.0, passage_names=1.0, overlap=0.6)
    other = _candidate(0.9, "The global AI market reached USD 615.7 billion.", names=1.0, passage_names=1.0, overlap=0.4)
    assert not supplies(other, top, "measure_narrowed", narrowed)

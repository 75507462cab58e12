"""Measure variants on the smallest inputs: training vs inference, and a sentence naming only the other variant."""

from __future__ import annotations

from rag.extractive import gates
from rag.extractive.slots import parse
from tests.test_extractive import decision


def test_training_and_inference_are_variants_of_a_measure():
    assert parse("How far has the training cost fallen since 2023?").qualifiers == ("training",)
    assert parse("What is the inference cost per token?").qualifiers == ("inference",)


def test_a_sentence_naming_only_the_other_variant_does_not_answer():
    text = "Model training needs large clusters. The inference cost has been decreasing, dropping by over 99% since 2023."
    d = decision("How far has the training cost fallen since 2023?", text)
    d = gates.Decision(d.ctx, d.slots, d.evidence, next(e for e in d.evidence if "inference" in e.text), d.figures,
                       d.weights, d.threshold, d.min_coverage)
    assert gates.qualifier_matches(d) == "the reports give the inference figure, not the training one"


def test_a_sentence_naming_the_variant_asked_answers():
    text = "Training cost fell by 50% while the inference cost dropped by over 99% since 2023."
    d = decision("How far has the training cost fallen since 2023?", text)
    assert gates.qualifier_matches(d) is None

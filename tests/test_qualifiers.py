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


def test_a_basis_is_a_variant_and_its_rivals_are_the_other_bases_a_text_names():
    from rag.extractive.measures import opposite_qualifiers

    assert parse("Which company leads by deployment-based revenues in 2024?").qualifiers == ("deployment-based",)
    assert opposite_qualifiers("deployment-based", "ranking by model-based revenues; usage-based fees") == \
        ("model-based", "usage-based")
    assert opposite_qualifiers("model-based", "ranking by model-based revenues") == ()
    assert opposite_qualifiers("real", "") == ("nominal",)


def test_a_passage_giving_only_another_basis_does_not_answer():
    text = "Ranking of companies by model-based revenues in 2024: Company A holds 30.1%."
    d = decision("Which company leads by deployment-based revenues in 2024?", text)
    assert gates.qualifier_matches(d) == "the reports do not give the deployment-based figure"


def test_a_basis_written_nowhere_is_no_missing_variant():
    """'stock-based compensation' may be written 'compensation expense': without a rival basis the
    passage is not refused for lacking the word."""
    text = "Compensation expense was $12.4 million in 2019."
    d = decision("What was the stock-based compensation expense in 2019?", text)
    assert gates.qualifier_matches(d) is None

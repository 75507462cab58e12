"""phrase: a lead ends at an aside (a predicate giving a figure, a rule conformed to) and a when-question's
condition keeps its connective ('to the extent that', 'only upon') (no embedding model)."""

from __future__ import annotations

from rag.extractive.phrase import answer_phrase


def test_lead_ends_before_the_sentences_figure_predicate():
    q = "What are world premium (WP) products?"
    s = ("Sales of world premium (WP) products, which are high value-added steel products such as giga steel, "
         "reached 10,254 thousand tons in 2019.")
    assert answer_phrase(q, s) == "high value-added steel products such as giga steel"


def test_an_operation_on_the_answer_is_no_figure_predicate():
    q = "How is annualized base rent calculated?"
    s = "Annualized base rent is calculated as the monthly base rent, multiplied by 12, and excludes abatements."
    assert answer_phrase(q, s) == "the monthly base rent, multiplied by 12, and excludes abatements"


def test_lead_ends_before_the_rule_it_conforms_to():
    q = "How may repurchases be made?"
    s = ("Repurchases may be made through open market purchases or privately negotiated transactions, "
         "in compliance with Rule 10b5-1 under the Exchange Act.")
    assert answer_phrase(q, s) == "through open market purchases or privately negotiated transactions"


def test_extent_is_a_condition_of_when():
    q = "When are deferred tax assets on tax loss carry-forwards recognized?"
    s = ("Deferred tax assets on tax loss carry-forwards are recognized to the extent that it is probable that "
         "they can be utilized against future taxable profits.")
    assert answer_phrase(q, s) == "to the extent that it is probable that they can be utilized against future taxable profits"


def test_only_belongs_to_the_condition():
    q = "When does the company grant NQs?"
    s = "The company grants NQs only upon the stock price closing above a target."
    assert answer_phrase(q, s) == "only upon the stock price closing above a target"


def test_a_contrast_aside_ends_the_lead():
    from rag.extractive.phrase_lead import lead_phrase
    s = "The paper defines a center as a data center built on AI chips, as distinct from CPU data centers."
    assert lead_phrase("How does the paper define a center?", (), (), s) == "a data center built on AI chips"

"""A span ends before an aside that puts a figure on the whole answer or gives its subject a second predicate
(phrase_edges.py); without the embedding model."""

from __future__ import annotations

from rag.extractive.phrase import answer_phrase


def test_an_estimate_or_total_put_on_the_answer_is_no_part_of_it():
    assert answer_phrase("What must the conversion spread cover?", "The conversion spread is the DAP price less raw "
                         "material cost; it must cover energy, labour, maintenance and capital charges, estimated at "
                         "USD 70-90/t for a typical plant.") == "energy, labour, maintenance and capital charges"
    assert answer_phrase("What does order backlog exclude?", "Order backlog excludes unexercised options and framework "
                         "agreements where no call-off order has been placed, which together amount to a further £6.2 "
                         "billion.") == "unexercised options and framework agreements where no call-off order has been placed"


def test_the_subjects_second_predicate_ends_the_definition():
    assert answer_phrase("What is the PVC–EDC spread?", "The PVC–EDC spread is the difference between the contract "
                         "price of suspension PVC and the cost of ethylene dichloride required to produce one tonne of PVC, and is "
                         "the main indicator of vinyl chain margins.") == "the difference between the contract price of "\
        "suspension PVC and the cost of ethylene dichloride required to produce one tonne of PVC"
    assert answer_phrase("What are AI PCs?", "AI PCs - systems with a neural processing unit - accounted for an "
                         "estimated 14% of 2024 shipments.") == "systems with a neural processing unit"

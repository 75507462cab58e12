"""A reason's connective that only joins a clause ('because', 'reflecting') is no part of the reason (phrase.py);
without the embedding model."""

from __future__ import annotations

from rag.extractive.phrase import answer_phrase


def test_a_bare_because_or_reflecting_joins_the_reason_and_is_left_out():
    assert answer_phrase("Why may actual maturities differ from contractual maturities?",
                         "Actual maturities may differ from contractual maturities because certain issuers have the "
                         "right to call or prepay obligations.") == "certain issuers have the right to call or prepay obligations"
    assert answer_phrase("Why did the average fee rate decline?",
                         "The average fee rate declined to 39.8 basis points, reflecting a shift in mix toward "
                         "lower-fee products.") == "a shift in mix toward lower-fee products"


def test_a_prepositional_connective_stays_with_its_reason():
    assert answer_phrase("Why did sales fall?", "Sales fell due to weaker demand in Europe.") == \
        "due to weaker demand in Europe"
    assert answer_phrase("Why did sales fall?", "Sales fell primarily because customers delayed orders.") == \
        "primarily because customers delayed orders"


def test_a_degree_qualified_connective_after_a_full_verb_joins_and_is_left_out():
    assert answer_phrase("Why did sales fall?", "Sales fell primarily due to weaker demand in Europe.") == \
        "weaker demand in Europe"
    assert answer_phrase("Why did sales fall?", "Sales fell mainly because of weaker demand in Europe.") == \
        "weaker demand in Europe"


def test_a_bare_because_of_stays_with_its_reason_after_a_full_verb_too():
    assert answer_phrase("Why will the company reduce capacity?",
                         "The company will reduce capacity because of the closure of its oldest line.") == \
        "because of the closure of its oldest line"


def test_after_a_copula_the_connective_is_the_predicate_and_stays():
    assert answer_phrase("Why did the loss allowance increase?",
                         "The increase in the loss allowance was primarily due to the administration of two "
                         "customers.") == "primarily due to the administration of two customers"


def test_the_question_words_recurring_inside_the_reason_do_not_move_the_fact_past_it():
    from rag.extractive.phrase_lead import lead_phrase
    q = "What drove the increase in average audit fee per client?"
    s = ("Average audit fee per client rose to €1.67 million from €1.59 million, driven by new requirements on group "
         "audits and fee increases linked to wage inflation.")
    assert lead_phrase(q, (), (), s) == "new requirements on group audits and fee increases linked to wage inflation"

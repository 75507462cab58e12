"""phrase: a relative clause closing the sentence that comments on the answer's last noun (a figure, a date, a change
of its owner, where it is reported) is no part of the lead; one closed before its clause's verb is (no embedding model)."""

from __future__ import annotations

from rag.extractive.phrase import answer_phrase
from rag.extractive.phrase_lead import lead_phrase


def test_a_figure_put_on_the_reason_by_a_which_clause_ends_it():
    q = "Why did delivery delays rise in 2024?"
    s = "Delivery delays rose to 4.2 days in 2024, mainly because of a strike at the Hull depot in May 2024, which alone added 1.1 days."
    assert answer_phrase(q, s) == "a strike at the Hull depot in May 2024"


def test_a_whose_clause_on_the_last_noun_ends_the_lead():
    q = "What does the premium tier include?"
    s = "The premium tier includes priority access to the regional lounges, whose usage has doubled since launch."
    assert answer_phrase(q, s) == "priority access to the regional lounges"


def test_where_the_answer_is_reported_is_no_part_of_it():
    q = "What do the headline volumes exclude?"
    s = "Headline volumes exclude intra-group transfers, which are reported in the segment note."
    assert answer_phrase(q, s) == "intra-group transfers"


def test_a_which_clause_closed_before_its_clauses_verb_stays():
    q = "Why did the blended margin decline in 2024?"
    s = ("The blended margin declined in 2024 as sales to large retailers, which pay lower prices, grew faster than "
         "sales to independent stores.")
    assert "which pay lower prices, grew faster" in answer_phrase(q, s)


def test_an_offset_in_a_which_clause_stays_with_the_reason():
    q = "Why did interest expense increase in 2019?"
    s = ("Interest expense increased in 2019 due to higher borrowings from the notes issued in 2018, which was "
         "partially offset by repayments of $2.0 billion.")
    assert answer_phrase(q, s).endswith("repayments of $2.0 billion")


def test_a_second_predicate_after_and_without_a_comma_ends_the_lead():
    q = "What does the asset base represent?"
    s = ("The asset base represents the value of the network on which the regulator allows a return and is the main "
         "measure of the business's value.")
    assert lead_phrase(q, (), (), s) == "the value of the network on which the regulator allows a return"


def test_an_equals_joining_a_term_to_its_formula_is_no_part_of_the_lead():
    q = "How is licence income calculated?"
    s = "Licence income equals active seats multiplied by the average monthly seat fee."
    assert answer_phrase(q, s) == "active seats multiplied by the average monthly seat fee"


def test_things_asked_by_a_plural_noun_keep_that_noun():
    q = "What costs does the programme budget include?"
    s = "The programme budget is set annually and includes costs of both the pilot sites and the central team."
    assert answer_phrase(q, s) == "costs of both the pilot sites and the central team"

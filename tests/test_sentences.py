"""Sentence ends on the smallest inputs: a period that lost its space in extraction still ends one."""

from __future__ import annotations

from ingest.sentences import split_sentences


def _split(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_a_period_between_a_word_and_a_capitalised_one_ends_a_sentence():
    assert _split("Only 16% pay as they go pricing.The core pain points lie in price wars.") == \
        ["Only 16% pay as they go pricing.", "The core pain points lie in price wars."]


def test_abbreviations_initials_and_domains_stay_whole():
    assert _split("Costs fell, etc.The rest held.") == ["Costs fell, etc.The rest held."]
    assert _split("See U.S.Market data at leadleo.com today.") == ["See U.S.Market data at leadleo.com today."]


def test_a_company_legal_form_inside_a_list_ends_no_sentence():
    text = ("Its subsidiaries are Alder Asia Pte. Ltd, Vanto Italia S.p.A. (Italy) and Vanto Iberia S.L. (Spain). "
            "The list is complete. We acquired Foo B.V. The deal closed.")
    assert _split(text) == ["Its subsidiaries are Alder Asia Pte. Ltd, Vanto Italia S.p.A. (Italy) and Vanto Iberia S.L. "
                            "(Spain).", "The list is complete.", "We acquired Foo B.V.", "The deal closed."]

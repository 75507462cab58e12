"""Closed word classes written complete: English interrogatives, the currency codes the reports' figures carry."""

from rag.extractive.lead_owned import unit_other
from rag.extractive.question_names import proper_names
from rag.extractive.units_covered import currency_uncovered
from rag.hurried_typing import corrected_word


def test_every_interrogative_is_a_question_word_not_a_name():
    assert proper_names("Whose revenue grew?") == []
    assert proper_names("Whom did Acme acquire?") == ["Acme"]


def test_whether_is_corrected_to_but_a_real_word_is_not():
    never = lambda w: False  # noqa: E731
    assert corrected_word("whethr", never) == "whether"
    assert corrected_word("wether", never) is None


def test_hong_kong_dollars_need_evidence_in_hong_kong_dollars():
    assert currency_uncovered("What was revenue in HKD?", ["Revenue was $5 million"])
    assert currency_uncovered("What was revenue in HKD?", ["Revenue was HK$5 million"]) is None


def test_a_currency_code_in_parentheses_is_a_unit_asked():
    assert unit_other("What was revenue (EUR millions)?", "Revenue (shares, millions): 12")
    assert unit_other("What was revenue (EUR millions)?", "Revenue (EUR millions): 12") is None

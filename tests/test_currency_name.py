"""A currency code the answer is asked in ('in RMB 100 million') is the unit, not a name to find."""

from __future__ import annotations


def test_a_currency_the_answer_is_asked_in_is_no_name():
    from rag.extractive.question_names import proper_names
    assert proper_names("What is the market size for 2028E, in RMB 100 million?") == []
    assert proper_names("How big is the RMB fund?") == ["RMB"]

"""The kind of answer asked is read from the clause that asks: after a lead-in and a semicolon, and with a
reported verb's -s ('what does the glossary say X means')."""

from rag.extractive.answer_kind import asking_clause
from rag.extractive.slots import parse


def test_the_clause_after_a_semicolon_asks():
    assert asking_clause("The report cites ELO scores; what does ELO mean?") == "what does ELO mean?"
    assert asking_clause("What was revenue in 2019; and in 2020?") == "What was revenue in 2019; and in 2020?"


def test_a_definition_after_a_lead_in_asks_a_description_and_no_unit():
    s = parse("The report refers to ELO scores on its leaderboards; what does its glossary say ELO means?")
    assert s.asks == "description" and s.units == ()


def test_a_reported_verb_with_its_s_asks_a_description():
    assert parse("What does its glossary say ELO means?").asks == "description"
    assert parse("What does the glossary say CAGR stands for?").asks == "description"


def test_an_amount_after_a_lead_in_is_still_an_amount():
    s = parse("Revenue rose 5% in 2023; how much was it in 2024?")
    assert s.asks == "amount" and "money" in s.units

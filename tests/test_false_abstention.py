"""Answerable questions the answerer refused, on the smallest input, without the
embedding model: a ranking's criterion is no unit asked; a money word naming a service asks no amount;
a candidate naming the measure the preferred sentence lacked may take the question's names from its passage."""

from __future__ import annotations

from rag.extractive.fallthrough import supplies
from rag.extractive.slots import parse


def test_a_rank_asked_by_a_money_criterion_asks_the_rank():
    assert parse("Where did MiniMax rank by 2024 model-based revenue?").units == ("rank",)
    assert parse("Among non-U.S. companies, where did X rank by revenue?").units == ("rank",)
    assert parse("What rank did X hold by revenue?").units == ("rank",)
    # the money word is the figure asked, not a criterion: it stays
    assert "money" in parse("What was X's revenue in 2024, and where did it rank?").units


def test_a_money_word_naming_a_service_asks_no_amount():
    assert "money" not in parse("What share of firms use AI in investment advisory?").units
    assert "money" not in parse("What agent coverage has finance reached in customer service and investment advisory?").units
    assert "money" in parse("How much investment did banks receive?").units  # an amount of investment asked
    assert "money" in parse("What was the revenue of the investment banking segment?").units


def _candidate(score: float, **features: float):
    from types import SimpleNamespace
    return SimpleNamespace(score=score, features=features)


def test_a_candidate_naming_the_measure_may_take_the_names_from_its_passage():
    top = _candidate(1.0, names=1.0, passage_names=1.0, overlap=0.4, unit_primary=1.0)
    own = _candidate(0.95, passage_names=1.0, overlap=0.6, unit_primary=1.0)  # the sentence names no name
    assert supplies(own, top, "measure_narrowed")
    assert not supplies(own, top, "metric_covered")  # misses the measure no less than the blocked one
    assert not supplies(own, top, "period_covered")  # a year is no measure: the sentence may be about another subject
    assert not supplies(_candidate(0.95, passage_names=0.5, overlap=0.6, unit_primary=1.0), top, "measure_narrowed")



def test_a_nil_amount_stated_in_words_answers_the_amount_asked():
    from rag.extractive import gates
    from rag.extractive.slots import parse as parse_q
    from rag.extractive.nil import nil_stated
    from tests.test_extractive import decision

    q = "What was the amount of accrued interest or penalties as of December 31, 2019?"
    nil = "As of December 31, 2019 and 2018, the Company had no accrued interest or penalties."
    assert nil_stated(parse_q(q), nil)
    assert gates.unit_figure_for_period(decision(q, nil)) is None
    # none of another thing: still no figure for what is asked
    other = "As of December 31, 2019, the Company had no employees in the division that paid interest."
    assert not nil_stated(parse_q(q), other)
    assert gates.unit_figure_for_period(decision(q, other)) is not None

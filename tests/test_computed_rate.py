"""A rate asked of two years whose figures one sentence gives (computed_rate.py): the smallest
passages built from strings, no model."""

from __future__ import annotations

from rag import compute
from rag.extractive.computed_rate import rate, rate_from_years, rate_operation
from rag.extractive.slots import parse
from tests.test_extractive import evidence

SENTENCE = "China's data storage capacity is projected to rise from 640 EB in 2020 to 1,800 EB by 2025."


def _ask(question, *texts):
    ctx, slots, ev = evidence(question, *texts)
    return rate_from_years(ctx, slots, ev, "extractive")


def test_a_rate_asked_a_year_is_the_compound_rate():
    q = "What annual growth rate is implied by China's data storage capacity rising from 2020 to 2025?"
    assert rate_operation(q, parse(q)) == "cagr"
    q = "By what percentage did China's data storage capacity rise from 2020 to 2025?"
    assert rate_operation(q, parse(q)) == "percent_change"
    assert rate_operation("What was revenue in 2024?", parse("What was revenue in 2024?")) is None


def test_the_compound_rate_over_the_years_between():
    c = rate("cagr", compute.Operand.of("1,800"), compute.Operand.of("640"), 5)
    assert c is not None and c.years == 5 and f"{c.exact:.2f}" == "22.98"


def test_the_rate_of_a_sentences_two_years_figures_of_any_unit():
    a = _ask("What annual growth rate is implied by China's data storage capacity rising from 2020 to 2025?", SENTENCE)
    assert a is not None and a.shape == "computed" and a.figure == "22.98%"
    assert "(1,800 / 640)^(1/5) - 1 = 22.98%" in a.answer and a.derivation["years"] == 5


def test_a_percentage_change_when_no_rate_a_year_is_asked():
    a = _ask("By what percentage did China's data storage capacity rise from 2020 to 2025?", SENTENCE)
    assert a is not None and a.figure == "181.25%"


def test_a_sentence_not_naming_what_the_rate_is_of_gives_none():
    assert _ask("At what annual rate is China's population projected to change between 2020 and 2025?", SENTENCE) is None


def test_the_chart_or_table_the_question_names_is_where_the_figures_are_not_what_they_are_of():
    # a chart's data line need not say 'chart': the rate is of data storage capacity
    a = _ask("By what percentage does the chart say China's data storage capacity rose from 2020 to 2025?", SENTENCE)
    assert a is not None and a.figure == "181.25%"


def test_a_rate_a_year_compounds_over_the_years_between_the_periods():
    from decimal import Decimal
    from rag import compute
    from rag.extractive.computed_rate import per_year
    later, earlier = compute.Operand(Decimal("318.5"), 1, "2030E"), compute.Operand(Decimal("114.6"), 1, "2024")
    assert per_year("the CAGR of PaaS from 2024 to 2030E", "percent_change", [later, earlier]).op == "cagr"
    assert per_year("the growth rate of PaaS from 2024 to 2030E", "percent_change", [later, earlier]).op == "percent_change"
    same = compute.Operand(Decimal("120"), 1, "Q1 2030")
    assert per_year("the CAGR from Q1 2030 to Q3 2030", "percent_change", [later, same]) is None

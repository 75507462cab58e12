"""Measure abbreviations read in either form (rag/extractive/measure_names.py and its readers)."""

from rag.extractive.cells import words
from rag.extractive.features import metric_covered
from rag.extractive.headers import header_words
from rag.extractive.measure_names import (named_measure_blanked, other_forms_said, spelled_blanked,
                                          spelled_measures)
from rag.extractive.measures import metrics_of
from rag.extractive.operations import operation
from rag.extractive.units_covered import granularity_uncovered


def test_spelled_measures_found_with_plural_and_hyphen():
    assert [a for a, _, _ in spelled_measures("average selling prices of OTC devices")] == ["asp"]
    assert [a for a, _, _ in spelled_measures("the twenty-foot equivalent units handled")] == ["teu"]
    assert spelled_measures("the average price") == []


def test_page_definition_extends_the_table():
    table = {"arpob": frozenset({"average revenue per occupied bed day"})}
    assert [a for a, _, _ in spelled_measures("average revenue per occupied bed day in FY2023", table)] == ["arpob"]


def test_measure_word_inside_a_spelled_measure_asks_that_measure():
    assert metrics_of("What was revenue per available room in 2024?") == ("revpar",)
    assert metrics_of("What was revenue in 2024?") == ("revenue",)
    assert metric_covered("urban | revpar (usd) — 2024: 210.96", "revpar")
    assert metric_covered("revenue per available room rose", "revpar")
    assert not metric_covered("occupancy 78.6%", "revpar")


def test_label_and_question_share_the_measure_words():
    assert {"adr"} <= set(words("What was the average daily rate in Q3 2024?"))
    assert {"average", "daily", "rate"} <= set(words("ADR (EUR)"))
    assert header_words("ADR (EUR)") == {"adr", "average", "daily", "rate"}
    assert header_words("Occupancy (%)") == {"occupancy"}


def test_measure_words_ask_no_operation_or_unit():
    assert operation("What was the average selling price of retail chains in 2024?") is None
    assert operation("By how much did the average daily rate increase from Q2 2024 to Q2 2025?") == "change"
    assert operation("What was the average ASP over 2022 and 2024?") == "average"
    assert spelled_blanked("the average daily rate").strip() == "the"


def test_period_word_of_a_written_measure_asks_no_period():
    q = "What was the average daily rate in Q3 2024?"
    assert granularity_uncovered(q, ["Q3 2024 — ADR (EUR): 168.30"]) is None
    assert granularity_uncovered("What was the daily output in 2024?", ["2024: 1,000 tonnes"]) is not None
    assert "daily" not in named_measure_blanked(q, ["ADR 168.30"])
    assert "daily" in named_measure_blanked(q, ["occupancy 88.9"])


def test_other_form_said():
    assert "fcf" in other_forms_said("free cash flow (in millions)").split()
    assert "annual recurring revenue" in other_forms_said("Customers with ARR of $100,000")


def test_share_of_a_movement_is_no_share_of_the_row():
    from rag.extractive.computed_mixed import _MOVED
    from rag.extractive.cells import words as w
    assert set(w("the increase in total AUM")) & _MOVED
    assert not set(w("total AUM")) & _MOVED

"""The year a dated series is at its extreme ('which year had the most deals?'): read off the values dated in
the best sentence and the one that goes on with the series; bold only when every year of the span is given.
Smallest inputs, no model."""

from __future__ import annotations

from rag.extractive.crossing import year_extreme
from tests.test_extractive import evidence

PROSE = ("Since 2015, the number of AI deals rose from 501 to a peak of 1,024 in 2018, before an adjustment. "
         "AI deal activity rebounded to 1,076 in 2021, but declined, reaching 696 in 2024.")
ROW = "AI financing: RMB 301 billion in 2015; RMB 353 billion in 2016; RMB 2,105 billion in 2017; RMB 1,181 billion in 2018"


def _ask(question, *texts):
    ctx, slots, ev = evidence(question, *texts)
    return year_extreme(ctx, slots, ev, "extractive")


def test_the_highest_year_of_a_complete_series_leads():
    a = _ask("In which year was the AI financing amount the highest?", ROW)
    assert a is not None and a.figure == "2017" and a.answer.startswith("**2017**: RMB 2,105 billion")


def test_the_lowest_year_is_asked_by_a_low_word():
    a = _ask("In which year was the AI financing amount the lowest?", ROW)
    assert a is not None and a.figure == "2015"


def test_a_series_going_on_in_the_next_sentence_is_read_whole_but_not_bolded_with_years_missing():
    a = _ask("Which year had the most AI deals?", PROSE)
    assert a is not None and a.figure is None and "2021: 1,076" in a.answer and a.answer.startswith("Not certain")


def test_no_series_no_answer():
    assert _ask("Which year had the most AI deals?", "The number of AI deals was 1,024 in 2018.") is None
    assert _ask("What was the number of AI deals in 2018?", PROSE) is None


def test_a_series_keeps_one_unit_and_a_row_must_name_the_measure():
    row = "Below 3,000 — 2025E: 110; 2026E: 90; 2027E: 70; 2028E: 60; Orderbook as % of fleet: 9.8%"
    ctx, slots, ev = evidence("Which year has the lowest scheduled deliveries?", row)
    assert year_extreme(ctx, slots, ev, "extractive") is None  # one size band's row, the question names none of it
    named = "Scheduled deliveries — 2025E: 110; 2026E: 90; 2027E: 70; 2028E: 95; Orderbook as % of fleet: 9.8%"
    got = _ask("Which year has the lowest scheduled deliveries?", named)
    assert got is not None and got.figure == "2027"
    high = _ask("Which year has the highest scheduled deliveries?", named)
    assert high is not None and high.figure == "2025"  # not 2028 by the 9.8% cell read as its point

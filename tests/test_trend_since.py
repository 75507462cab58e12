"""A trend from a year on ('after 2018', 'since 2018'): the year and every later one are asked, and the other
end quoted is the latest year the next sentence gives. Smallest inputs, no model."""

from __future__ import annotations

from rag.extractive.compose import compose
from rag.extractive.periods import Period, periods_of
from tests.test_extractive import evidence


def test_after_a_year_is_that_year_on():
    assert periods_of("did deals go up or down after 2018?", [2018]) == (Period("since", (2018,)),)
    assert periods_of("how many deals were there in 2018?", [2018]) == (Period("year", (2018,)),)


def test_the_other_end_of_a_trend_since_a_year_is_the_latest_year_given():
    q = "Did the number of AI deals go up or down after 2018?"
    ctx, slots, ev = evidence(q, "The number of AI deals rose from 501 to a peak of 1,024 in 2018, before an adjustment. "
                                 "AI deal activity rebounded to 1,076 in 2021, but declined, reaching 696 in 2024.")
    best = next(e for e in ev if "1,024" in e.text)
    answer = compose(ctx, slots, ev, best, [f for f in best.figures if f.text == "1,024"], 1.0, "extractive", 600)
    assert answer.answer.startswith("**1,024** (2018), **696** (2024)")

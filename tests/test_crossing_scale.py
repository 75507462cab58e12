"""A chart's series compared with a scaled threshold ('USD 1 trillion') when the report's prose states one of
its points (same year, same amount): its unit as read is then confirmed; and a terse question opening with
'First year' asks a year. Smallest inputs, no model."""

from rag.extractive.slots import parse
from rag.extractive.crossing import first_crossing, threshold
from tests.test_extractive import evidence

CHART = ("Market size, 2022-2026E: 3,683 (100 million USD) in 2022; 6,157 (100 million USD) in 2024; "
         "9,895 (100 million USD) in 2026E; 12,647 (100 million USD) in 2027E")
PROSE = "In 2024, the market reached approximately USD 615.7 billion."
OTHER = "In 2024, the market reached approximately USD 700 billion."


def test_a_terse_first_year_question_asks_a_year():
    assert threshold(parse("First year the market passes USD 1 trillion")).value == 1e12
    assert threshold(parse("Year of the market's first pass over USD 1 trillion?")) is None


def test_a_chart_confirmed_by_prose_compares_with_a_scaled_threshold():
    ctx, slots, ev = evidence("First year the market passes USD 1 trillion", PROSE, CHART)
    a = first_crossing(ctx, slots, ev, "extractive")
    assert a is not None and a.figure == "2027E"


def test_an_unconfirmed_chart_is_not_compared_with_a_scaled_threshold():
    ctx, slots, ev = evidence("First year the market passes USD 1 trillion", OTHER, CHART)
    assert first_crossing(ctx, slots, ev, "extractive") is None

"""The singular 'employee' before a counting noun asks the headcount measure, so a table of another measure
(market share by revenue) does not answer it."""

from rag.extractive.measures import metrics_of
from rag.extractive.slots import parse_unframed
from rag.extractive.slots_covered import measure_uncovered


def test_employee_count_names_the_headcount_measure():
    assert metrics_of("What employee count is shown for Company K?") == ("employees",)
    assert metrics_of("How did employee numbers change?") == ("employees",)
    assert metrics_of("What employee benefits did it pay?") == ()


def test_employee_count_is_not_answered_by_a_revenue_share_table():
    s = parse_unframed("What 2024 employee count share is shown for Company K?")
    assert measure_uncovered(s, ["ranking by model-based revenue, 2024", "company k: 0.3%"]) is not None
    assert measure_uncovered(s, ["ranking by employees, 2024", "company k: 0.3%"]) is None

"""A stacked chart's 2N data labels over N years read as two series (ingest/chart_stacks.py). No model."""

from __future__ import annotations

from ingest.chart_stacks import split_stack
from ingest.charts import read_charts

PART = ["402", "706", "880"]
TOTAL = ["653", "1,138", "1,596"]


def test_two_runs_meeting_at_a_line_break_split_with_the_larger_as_total():
    assert split_stack([PART, TOTAL[:1], TOTAL[1:]], 3) == (TOTAL, PART)


def test_runs_not_meeting_at_a_line_break_are_left_alone():
    assert split_stack([PART + TOTAL[:2], TOTAL[2:]], 3) is None


def test_runs_that_cross_are_left_alone():
    assert split_stack([["402", "706", "1,880"], TOTAL], 3) is None


def test_a_chart_of_2n_labels_keeps_its_totals_series_only():
    text = "Patents filed, 2019-2021\n402 706 880\n653 1,138 1,596\n2019 2020 2021\nlicensing"
    out = read_charts(text)
    assert "Patents filed, 2019-2021: 653 in 2019; 1,138 in 2020; 1,596 in 2021" in out
    assert "402" not in out  # the part: which series its label names is not known


def test_the_title_line_just_above_is_carried_by_the_series_line():
    out = read_charts("Patents filed, 2019-2021\n402 706 880\n653 1,138 1,596\n2019 2020 2021")
    assert out.count("Patents filed, 2019-2021") == 1

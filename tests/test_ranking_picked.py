"""Ranking rows read in the column the question names, and rows picked by an attribute their name cells carry
('the two Canadian producers'); one rule per test on the smallest input (no model, no index)."""

from __future__ import annotations

from rag.extractive.ranking import rankings
from rag.extractive.ranking_picked import carries, picked_ranked
from tests.test_ranking import _ask, _ctx

# two figure columns: the last is not what a question about output asks
PRODUCERS = ("Ranking of potash producers by capacity",
             [["Rank", "Producer", "Country", "Capacity 2024", "Output 2024", "Output share"],
              ["1", "Alpha Corp.", "Canada", "22.5", "14.1", "40.0%"], ["2", "Beta Potash", "Russia", "14.0", "11.8", "30.0%"],
              ["3", "Gamma Mining", "China", "12.8", "9.6", "20.0%"], ["4", "Delta Minerals", "Canada", "10.6", "8.9", "10.0%"]])


def test_a_computation_reads_the_column_whose_header_the_question_names():
    r = rankings(_ctx("x", PRODUCERS))[0]
    assert r.measure_asked("What was the combined 2024 output of the top two producers?").endswith("Output 2024")
    assert r.measure_asked("What was the combined output share of the top two producers?").endswith("Output share")
    assert r.measure_asked("What was the combined capacity of the top two producers in 2024?").endswith("Capacity 2024")
    assert r.measure_asked("What did the top two producers add up to?") == r.measure  # none named: the last
    a = _ask("What was the combined 2024 output of the top two producers in the ranking?", PRODUCERS)
    assert a is not None and a.figure.startswith("25.9")  # 14.1 + 11.8, not 40.0% + 30.0%


def test_a_demonym_names_the_rows_whose_name_cell_is_its_country():
    assert carries("Canada", "Canadian") and carries("China", "Chinese") and carries("South Korea", "South Korean")
    assert not carries("Canada", "Chinese") and not carries("South Korea", "Korean")


def test_the_rows_an_attribute_picks_are_summed_only_when_their_count_is_the_one_said():
    q = "What was the combined 2024 output of the two Canadian producers?"
    a = picked_ranked(_ctx(q, PRODUCERS), q, "extractive")
    assert a is not None and a.figure.startswith("23")  # 14.1 + 8.9
    q3 = "What was the combined 2024 output of the three Canadian producers?"
    assert picked_ranked(_ctx(q3, PRODUCERS), q3, "extractive") is None  # two rows carry it, not three

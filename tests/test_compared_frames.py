"""The general grammar of a two-sided comparison question (compared_frames)."""

from rag.extractive.compared_frames import comparison
from rag.extractive.compared_verb import verb_sides


def test_degree_after_subject_asks_a_minus_b():
    f = comparison("By how many tonnes was China's 2023 production higher than Myanmar's?")
    assert (f.op, f.a, f.b) == ("change", "China's 2023 production", "Myanmar's")


def test_degree_first_with_a_unit_and_a_comparative_of_less_swaps():
    f = comparison("How many fewer MW are under construction in Chicago than in Phoenix?")
    assert f.op == "change" and f.a == "in Phoenix" and "Chicago" in f.b
    f = comparison("How many more stores did France open than Spain?")
    assert "France" in f.a and f.b == "Spain"


def test_multiple_with_the_base_after_times_or_after_the_verb():
    f = comparison("How many times the United States' production was China's production?")
    assert (f.op, f.a, f.b) == ("multiple", "China's production", "United States' production")
    f = comparison("Russia's reserves were how many times India's?")
    assert (f.op, f.a, f.b) == ("multiple", "Russia's reserves", "India's")


def test_gap_nouns_and_their_measure():
    f = comparison("What is the gap in rents between Dallas and Houston?")
    assert (f.op, f.a, f.b, f.what, f.apart) == ("change", "Dallas", "Houston", "rents", True)
    assert comparison("What is the spread between the high and low cases?").apart is False


def test_no_frame_for_a_change_of_a_gap_or_a_plain_multiple():
    assert comparison("By how much did the gap between A and B narrow from Q3 to Q4?") is None
    assert comparison("How many times larger is A than B?") is None  # computed_pairs' own _TIMES
    assert comparison("How many times has the company paid a dividend?") is None
    assert comparison("What was revenue in 2019?") is None


def test_exceeds_reads_any_unit_and_that_among():
    assert verb_sides("By how many MW does capacity in Atlanta exceed that in Phoenix?") == \
        ("capacity in Atlanta", "Phoenix")
    assert verb_sides("By how many points did usage among 18-24 year-olds exceed that among those aged 65+?") == \
        ("usage among 18-24 year-olds", "those aged 65+")


def test_an_operation_word_inside_a_compared_side_names_the_measure():
    from rag.extractive.pair_questions import operation_in_sides
    assert operation_in_sides("How many times higher was average spend per buyer in France than in Poland?", "average")
    assert operation_in_sides("How many times the 2020 market size was the 2024 total?", "sum")
    assert not operation_in_sides("What was the average revenue in 2019?", "average")


def test_a_date_closing_one_side_tells_no_column_apart():
    from ingest.tables import Cell, Table
    from rag.extractive.cells import RowHit
    from rag.extractive.computed_pairs import _two_columns
    cols = ["December 31, 2021 › Amortized Cost", "December 31, 2021 › Fair Value",
            "December 31, 2020 › Amortized Cost", "December 31, 2020 › Fair Value"]
    vals = [1577858, 1573315, 1209649, 1211614]
    t = Table(caption=None, columns=cols, rows=["Total"],
              cells=[Cell(row="Total", column=c, text=str(v), value=float(v), unit=None, scale=None) for c, v in zip(cols, vals)],
              unit=None, scale=None)
    q = "What is the difference between total fair value and total amortized cost as of December 31, 2021?"
    pair = _two_columns([(0, t)], "total fair value", "total amortized cost as of December 31, 2021", 2021, q)
    assert [c.value for _, c in pair] == [1573315.0, 1577858.0]

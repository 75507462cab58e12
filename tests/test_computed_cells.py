"""Computed answers' operands, session 26 (rag/extractive/computed*.py): a column named by the header
words no other column has, and a table's nil dash as zero. Each on the smallest table, without the embedding model."""

from __future__ import annotations

from tests.test_compute import _ask, _lead  # one table asked, and its computed lead checked


def test_a_column_is_named_by_the_header_words_no_other_column_has():
    grid = [["", "Balance at Beginning of Period", "Increase / (Decrease)", "Balance at End of Period"],
            ["Deferred revenue (current)", "$5,101", "$(618)", "$4,483"],
            ["Deferred revenue (non-current)", "$3,707", "$(263)", "$3,444"]]
    question = "What is the ratio of current deferred revenue to non-current deferred revenue as of end of period?"
    assert _lead(_ask(question, grid)) == "1.3"
    question = "What is the ratio of current deferred revenue to non-current deferred revenue as of the period?"
    assert _ask(question, grid) is None  # 'period' is in every header: no one column is named


def test_a_column_is_named_by_its_whole_header_path():
    grid = [["", "Balance at Beginning of", "", ""], ["", "Period (1/1/19)", "Increase / (Decrease)", "Balance at End of Period"],
            ["Deferred revenue (current)", "$5,101", "$(618)", "$4,483"],
            ["Deferred revenue (non-current)", "$3,707", "$(263)", "$3,444"]]
    question = "What is the ratio of current deferred revenue to non-current deferred revenue as of end of period?"
    assert _lead(_ask(question, grid)) == "1.3"


def test_a_nil_dash_is_zero_when_the_row_gives_a_figure_in_another_period():
    grid = [["", "2019", "2018"], ["Preferred stock disposition", "(9.9)", "—"], ["Other", "—", "—"]]
    assert _lead(_ask("What was the change in the preferred stock disposition from 2018 to 2019?", grid)) == "-9.9"
    assert _ask("What was the change in other from 2018 to 2019?", grid) is None  # dashes only: no figure


def test_the_checker_reads_a_tables_nil_dash_as_zero():
    from rag.verify import passage_figures

    assert 0.0 in [f.number for f in passage_figures("Preferred stock — 2019: (9.9); 2018: —; 2017: —")]
    assert 0.0 not in [f.number for f in passage_figures("Revenue rose — driven by growth; 2018: 4.1")]


def test_an_annual_average_over_a_range_divides_the_columns_tiling_it_by_its_years():
    grid = [["", "Total", "2020", "2021-2022", "2023-2024", "Thereafter"],
            ["Operating leases", "$19,437", "$4,143", "$7,111", "$3,686", "$4,497"]]
    assert _lead(_ask("What is the average annual operating leases for 2020-2024?", grid)) == "2,988"
    # columns that leave a year of the range out do not answer it
    assert _ask("What is the average annual operating leases for 2020-2025?", grid) is None


def test_the_checker_recomputes_an_annual_average_with_its_years():
    from rag.verify import derived

    good = {"op": "annual_average", "operands": [{"value": "4,143"}, {"value": "7,111"}, {"value": "3,686"}],
            "result": "2,988", "years": 5}
    assert derived(["2,988", "5"], good) == []
    assert derived(["2,988"], {**good, "years": 3}) == ["2,988"]  # wrong divisor: unsupported


def test_a_total_the_table_gives_only_in_its_current_and_non_current_parts_is_their_sum():
    grid = [["", "Balance at Beginning of Period", "Increase / (Decrease)", "Balance at End of Period"],
            ["Accounts receivable", "$90,831", "$7,117", "$97,948"],
            ["Deferred revenue (current)", "$5,101", "$(618)", "$4,483"],
            ["Deferred revenue (non-current)", "$3,707", "$(263)", "$3,444"]]
    assert _lead(_ask("What is the total deferred revenue at the end of the period?", grid)) == "7,927"
    got = _ask("What is the total current deferred revenue at the end of the period?", grid)
    assert got is None or got.shape != "computed"  # one part asked: no sum
    grid = grid + [["Total deferred revenue", "$8,808", "$(881)", "$7,927"]]
    got = _ask("What is the total deferred revenue at the end of the period?", grid)
    assert got is None or got.shape != "computed"  # the table gives the whole: read, not summed

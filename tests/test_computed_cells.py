"""Computed answers from table cells (rag/extractive/computed*.py): a column named by the header words no other
column has, a table's nil dash as zero, per-share amounts, ratios of two rows. Smallest tables, no embedding model."""

from __future__ import annotations

from rag.extractive.headers import _percent_asked
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


def test_per_share_asks_no_percentage():
    # 'earnings per share' is an amount a share, not a share of a whole: the '%' change column
    # does not answer 'the change in X', the two years' figures do
    assert not _percent_asked("What was the change in basic earnings per share?")
    assert not _percent_asked("What was the share-based compensation in 2019?")
    assert _percent_asked("What was the market share of A?")
    grid = [["$ million", "2019", "2018", "Change (%)"], ["Basic earnings per share (cents)", "12.79", "9.14", "39.9"]]
    assert _lead(_ask("What was the change in basic earnings per share?", grid)).startswith("3.65")


def test_a_computed_per_share_figure_takes_no_table_scale():
    # the table is in $ million, a figure a share is not: the computed lead has no 'million'
    grid = [["$ million", "2019", "2018"], ["Basic earnings per share (cents)", "12.79", "9.14"],
            ["Closing cash", "183.2", "121.6"]]
    assert _lead(_ask("What was the average basic earnings per share in 2018 and 2019?", grid)) == "10.97"
    assert _lead(_ask("What was the change in closing cash from 2018 to 2019?", grid)) == "61.6 million"


_SPLIT = [["", "2019", "2019", "2018", "2018"], ["", "Amount", "% of total revenue", "Amount", "% of total revenue"],
          ["License", "64,798", "9%", "35,452", "6%"], ["Services", "243,053", "34%", "246,548", "40%"],
          ["Total", "324,350", "46%", "296,783", "48%"]]


def test_a_ratio_or_share_of_two_rows_divides_their_amounts_not_their_percent_columns():
    # each year has an amount and its '% of total revenue': the ratio asked divides the amounts
    assert _lead(_ask("What is Services as a percentage of Total in 2019?", _SPLIT)) == "74.94%"
    assert _lead(_ask("What is the ratio of License to services in 2018?", _SPLIT)) == "0.14"
    # the question repeating the percentage column's own words asks those cells
    assert _lead(_ask("What is the ratio of services' % of total revenue to license's % of total revenue in 2019?",
                      _SPLIT)) == "3.78"


_DUE = [["", "As of December 31,", ""], ["", "2018", "2019"], ["Ship management creditors", "268", "328"],
        ["Amounts due to related parties", "169", "200"]]


def test_due_to_before_a_noun_is_a_label_not_a_cause_asked():
    from rag.extractive.operations import operation

    assert operation("What was the increase in revenue due to?") is None  # a cause asked
    assert operation("What was the decrease in revenue attributable to in 2019?") is None
    assert operation("What percentage of the leases are due in less than one year?") == "share"  # due in: no cause
    assert operation("What is the change in net income attributable to Acme from 2018 to 2019?") == "change"
    assert _lead(_ask("What is the sum of Ship management creditors and Amounts due to related parties in 2019?",
                      _DUE)) == "528"


def test_a_ratio_of_a_label_holding_to_is_cut_at_the_connector_that_names_two_rows():
    assert _lead(_ask("What is the ratio of Amounts due to related parties to Ship management creditors in 2019?",
                      _DUE)) == "0.61"

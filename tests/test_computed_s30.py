"""Computed answers, session 30 (w-comp10): each rule on the smallest table, without the embedding model."""

from __future__ import annotations

from rag.extractive.headers import _percent_asked
from tests.test_compute import _ask, _lead


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

"""kind_rows and item_rows: the counted kind as a group of rows; wholes, means and residual buckets (no embedding model)."""

from __future__ import annotations

from ingest.tables import read_grid
from rag.extractive.item_rows import item_rows, named_headings
from rag.extractive.kind_rows import kind_head, of_kind
from rag.extractive.residual_rows import unnamed_bucket, whole_of_rest, whole_or_mean

RATIOS = [["", "2020", "2019"], ["Tier 1 capital ratio", "14.5%", "14.3%"], ["Leverage ratio", "5.8%", "5.9%"],
          ["Risk-weighted assets (bn)", "290", "274"]]
PER_SHARE = [["", "2020", "2019"], ["Per share data:", "", ""], ["Book value", "27.9", "26.1"], ["Dividends", "0.96", "0.92"],
             ["Performance ratios:", "", ""], ["Return on equity", "8.9%", "11.3%"], ["Payout ratio", "39.8%", "32.1%"]]


def test_the_kind_asked_keeps_the_rows_whose_head_noun_it_is():
    assert kind_head("How many of the capital ratios were higher in 2020?") == "ratio"
    rows = item_rows(read_grid(RATIOS, None).table, "How many of the capital ratios were higher in 2020 than in 2019?")
    assert rows == ["Tier 1 capital ratio", "Leverage ratio"]
    assert of_kind(["A", "B"], "How many regions grew?") == ["A", "B"]


def test_a_heading_is_named_without_its_container_noun():
    table = read_grid(PER_SHARE, None).table
    assert named_headings(table, "How many of the per share measures were higher in 2020?") == ["Per share data"]


def test_wholes_means_and_unnamed_buckets_are_no_items():
    assert whole_or_mean("World") and whole_or_mean("Unweighted average") and not whole_or_mean("Europe")
    assert unnamed_bucket("Others", "How many of the ranked operators had more than 25?")
    assert unnamed_bucket("Others", "How many products grew?") and not unnamed_bucket("Mobile", "the named vendors")
    assert not unnamed_bucket("Others", "How many countries, including Others, grew?")  # named: counted as asked
    assert not unnamed_bucket("Rest of Europe", "Which regions grew?")  # a place, unless the named items alone are counted


def test_a_figure_summing_the_others_is_their_whole():
    assert whole_of_rest([100, 14, 22, 9, 38, 17]) == 0 and whole_of_rest([30.0, 16.0, 12.6, 5.4]) is None
    assert whole_of_rest([10, 5, 5]) is None  # too few parts to tell a whole from a coincidence

"""A complement no row states is the section's total less the row the question sets aside."""

from decimal import Decimal

from ingest.tables import read_grid
from rag import compute
from rag.extractive.complement_led import complement_led
from rag.extractive.computed_complement import _rows, asked_complement

GRID = [["", "2019", "2018"], ["United States", "$ 2,846.3", "$ 2,611.7"], ["Europe", "1,104.8", "1,087.2"],
        ["Other (1)", "236.1", "221.4"], ["Total net revenue", "$ 4,899.8", "$ 4,569.2"]]


def test_asked_complement_reads_the_part_set_aside():
    assert asked_complement("What was the total non-subscription revenue in 2020?") == "subscription"
    assert asked_complement("What proportion of revenue in 2019 came from outside the United States?") == "United States"
    assert asked_complement("What was revenue other than licenses in 2019?") == "licenses"
    assert asked_complement("What was total revenue in 2019?") is None


def test_rows_total_and_part_of_one_section():
    table = read_grid(GRID).table
    assert _rows(table, "United States") == ("Total net revenue", "United States")
    assert _rows(table, "Asia") is None
    stated = read_grid(GRID + [["Non-U.S. revenue", "2,053.5", "1,957.5"]]).table
    assert _rows(stated, "United States") is None  # the report states the complement: read, not computed


def test_complement_and_its_share():
    whole, part = compute.Operand.of("4,899.8"), compute.Operand.of("2,846.3")
    assert compute.complement(whole, part).exact == Decimal("2053.5")
    share = compute.complement_share(whole, part)
    assert share.text == "41.9%" and compute.recompute("complement_share", ["4,899.8", "2,846.3"], "41.91%")
    assert compute.recompute("complement", ["4,899.8", "2,846.3"], "2,053.5")


def test_computed_complement_is_not_led_from_the_part():
    quotes = ["Subscription — 2020: 612,840"]
    assert complement_led("What was non-subscription revenue?", quotes) is not None
    assert complement_led("What was non-subscription revenue?", quotes, computed=True) is None


def test_asked_complement_reads_an_ordinal_set_aside():
    assert asked_complement("What were 2020 sales excluding the 53rd week?") == "53rd week"


def test_without_complement_cuts_the_one_clause_set_aside():
    from rag.extractive.computed_complement import without_complement
    assert without_complement("What was revenue outside the United States in 2019?").split() == ["What", "was", "revenue", "in", "2019?"]
    assert without_complement("What was total revenue in 2019?") == "What was total revenue in 2019?"

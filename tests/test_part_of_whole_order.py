"""'What proportion / percentage of B in 2019 were A' divides A by B: its 'of B in 2019' is the whole
and its year, not 'the ratio of A in B' (computed_pairs tries the part-of-whole phrasing first)."""

from __future__ import annotations

from tests.test_compute import _ask, _lead  # one table asked, and its computed lead checked

_ROWS = [["", "2019", "2018"], ["Trade receivables", "176.7", "150.0"], ["Total receivables", "308.5", "290.0"]]


def test_the_year_after_the_whole_is_no_connector_between_two_rows():
    assert _lead(_ask("What proportion of total receivables in 2019 were trade receivables?", _ROWS)) == "57.28%"
    assert _lead(_ask("What percentage of total receivables in 2019 were trade receivables?", _ROWS)) == "57.28%"


def test_the_ratio_of_a_to_b_keeps_its_order():
    assert _lead(_ask("What is the ratio of trade receivables to total receivables in 2019?", _ROWS)) == "0.57"

"""'The total of passenger and ancillary revenue' adds 'passenger revenue' and 'ancillary revenue':
a bare modifier before 'and' shares the head written after the second (shared_head, computed_pairs)."""

from __future__ import annotations

from rag.extractive.shared_head import with_shared_head
from tests.test_compute import _ask, _lead  # one table asked, and its computed lead checked


def test_a_bare_modifier_takes_the_second_sides_head():
    assert with_shared_head("passenger", "ancillary revenue in FY2019") == "passenger revenue in FY2019"
    assert with_shared_head("operating", "finance lease payments") == "operating lease payments"
    assert with_shared_head("fixed price contracts", "other") is None  # no bare modifier, no head


_REVENUE = [["", "2019", "2018"], ["Passenger revenue", "6,842", "6,395"], ["Ancillary revenue", "1,274", "1,102"]]
_LEASES = [["", "Operating Leases", "Finance Leases"], ["Present value of lease liabilities", "684.3", "45.2"]]


def test_the_total_of_two_modifiers_of_one_head_adds_both_rows():
    assert _lead(_ask("What was the total of passenger and ancillary revenue in 2019?", _REVENUE)) == "8,116"


def test_two_columns_are_told_apart_by_the_words_the_sides_do_not_share():
    # 'lease liabilities' is said on both sides: 'operating' and 'finance' pick the columns
    assert _lead(_ask("How much larger is the present value of operating lease liabilities than that of "
                      "finance lease liabilities?", _LEASES)) == "639.1"

"""computed_pairs.shared_head: 'passenger and ancillary revenue' names passenger revenue and ancillary revenue."""

from rag.extractive.computed_pairs import shared_head


def test_a_lone_modifier_shares_the_head_noun():
    assert shared_head("passenger", "ancillary revenue in FY2019") == "passenger revenue in FY2019"
    assert shared_head("operating", "finance lease payments due in 2020") == "operating lease payments due in 2020"


def test_two_full_names_share_nothing():
    assert shared_head("gross profit", "operating income") is None
    assert shared_head("revenue", "costs") is None

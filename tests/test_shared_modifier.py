"""A leading modifier shared by two coordinated heads names each head with it."""

from rag.extractive.alt_figures import positions
from rag.extractive.shared_modifier import shared_modifier_spots


def test_a_shared_modifier_names_the_second_head():
    low = "so, smart sorting and route-planning led with 9 units"
    assert shared_modifier_spots(low, "smart route-planning") == [4]
    assert positions(low, "Smart route-planning") == [4]


def test_no_spot_without_the_coordination():
    assert shared_modifier_spots("smart sorting led, route-planning followed", "smart route-planning") == []
    assert shared_modifier_spots("smart sorting and route-planning", "route-planning") == []  # one word: no modifier
    assert shared_modifier_spots("smart sorting or packing and route-planning tools", "smart route-planning") == []

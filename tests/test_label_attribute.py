"""A bracket every ranked label carries is a second attribute, not the name (label_attribute.py, items_asked.py)."""

from __future__ import annotations

from rag.extractive.items_asked import ranked_lead
from rag.extractive.label_attribute import attribute_free


def test_every_label_with_a_place_in_brackets_leads_by_its_name():
    labels = ["Pelican Pass LNG (US)", "Al-Sahel LNG (Middle East)", "Gujarat Urja (India)"]
    assert attribute_free(labels) == ["Pelican Pass LNG", "Al-Sahel LNG", "Gujarat Urja"]
    assert ranked_lead("Which counterparty has the largest volume?", [(l, v) for l, v in zip(labels, [9, 5, 2])]) == \
        "Pelican Pass LNG"


def test_a_bracket_that_may_be_the_names_own_is_kept():
    assert attribute_free(["Polyethylene (PE)", "Polypropylene (PP)", "Nylon (Other)"]) == \
        ["Polyethylene (PE)", "Polypropylene (PP)", "Nylon (Other)"]  # an acronym of the name
    assert attribute_free(["Low-end (<150)", "Mid-range (150-399)", "Premium (800+)"])[0] == "Low-end (<150)"
    assert attribute_free(["Asia-Pacific (excl. Japan)", "Europe (EU)", "Americas (US)"])[0] == \
        "Asia-Pacific (excl. Japan)"  # not every bracket a proper name
    assert attribute_free(["Cedar Hollow (GA)", "Millbrook (OH)"]) == ["Cedar Hollow (GA)", "Millbrook (OH)"]  # two

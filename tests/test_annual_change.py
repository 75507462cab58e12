"""An average annual change between two years is the change from the earlier to the later over the years between
them (compute.annual_change), checkable by the figure checker (compute.recompute), asked as 'the average annual
increase' or 'the average increase per year' (computed_parts._ANNUAL_CHANGE)."""

from __future__ import annotations

from rag.compute import Operand, annual_change, recompute
from rag.extractive.computed_parts import _ANNUAL_CHANGE, asks_average_change
from rag.extractive.derivation import formula_of


def test_the_change_over_the_years_between():
    c = annual_change(Operand.of("4,500"), Operand.of("1,075"), 2)
    assert c.text == "1,712.5" and c.years == 2
    assert recompute("annual_change", ["4,500", "1,075"], "1,712.5", 2)
    assert not recompute("annual_change", ["4,500", "1,075"], "2,787.5", 2)  # the mean of the two is no annual change
    assert formula_of("annual_change", ["4,500", "1,075"], 2) == "(4,500 - 1,075) / 2"


def test_asked_as_an_average_annual_change():
    for q in ("What was the average annual increase in worldwide subscribers between 2022 and 2024?",
              "What was the average increase per year in revenue from 2019 to 2022?"):
        assert asks_average_change(q) and _ANNUAL_CHANGE.search(q), q
    assert not _ANNUAL_CHANGE.search("What was the change in the average revenue between 2018 and 2019?")

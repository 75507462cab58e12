"""A lead naming another measure (a market's size) does not answer the measure asked when another sentence
of its passage names that measure with a figure in the unit asked."""

from __future__ import annotations

from rag.extractive.gates_sibling_measure import measure_in_sibling
from tests.test_extractive import decision

MARKET = "In 2024, the global AI market reached USD 615.7 billion."
FINANCING = "In 2024, global AI financing exceeded RMB 590 billion, with China and the U.S. accounting for 92%."


def test_a_market_size_beside_the_measure_asked_is_blocked():
    d = decision("Global AI financing 2024 in USD billion", f"{MARKET} {FINANCING}")
    assert d.best.text == MARKET
    assert measure_in_sibling(d)


def test_a_lead_naming_no_other_measure_continues_the_passages():
    d = decision("How much AI financing went to B2B scenarios?",
                 "AI financing rose in 2024 to RMB 10 billion. Structurally, analysis led with RMB 2 billion.")
    if "financing" not in d.best.text:
        assert measure_in_sibling(d) is None
    d = decision("How much AI financing went to B2B scenarios?", FINANCING)
    assert measure_in_sibling(d) is None  # the lead names the measure

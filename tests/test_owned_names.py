"""An owner named in a possessive ('xAI's Grok 4') and the topic gate (gates.entities_named); a table row
dated by its caption (gates.month_covered); on the smallest input without the embedding model (helpers from tests/test_extractive.py)."""

from __future__ import annotations

from rag.extractive import gates
from rag.extractive.slots import parse
from tests.test_extractive import decision


def test_an_owner_in_a_possessive_needs_only_the_thing_it_owns():
    # the row labels the owner otherwise ('X'); the product named identifies the row
    d = decision("What does Nimbus's Zeta 4 score on the index?", "Rank: 3; Company name: X; Model: Zeta 4; Index: 65")
    assert gates.on_topic(d) is None


def test_an_owner_not_in_a_possessive_must_be_named():
    d = decision("What does Nimbus score with Zeta 4 on the index?", "Rank: 3; Company name: X; Model: Zeta 4; Index: 65")
    assert gates.on_topic(d) == "the best passage does not mention Nimbus"


def test_an_owner_whose_thing_is_missing_too_must_be_named():
    slots = parse("What does Nimbus's Zeta 4 score on the index?")
    assert not gates.owned_named(slots.text, "Nimbus", list(slots.entities), "Rank: 3; Model: Omega 2; Index: 65")


def test_a_table_row_is_dated_by_its_caption():
    # the row names no date; its caption dates the table by another month of the year asked
    table = "Index of text models, November 7, 2025.\nRank: 5; Model: Zeta 2; Index: 61"
    d = decision("What did Zeta 2 score on the index of October 2025?", table)
    assert d.best.row and d.best.text == "Rank: 5; Model: Zeta 2; Index: 61"
    assert gates.month_covered(d) == "the reports give November 2025, not October 2025"
    d = decision("What did Zeta 2 score on the index of November 2025?", table)
    assert gates.month_covered(d) is None

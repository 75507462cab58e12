"""An anonymised label asked to be unmasked (gates_anonymised.py), on the smallest input, without the
embedding model."""

from __future__ import annotations

from rag.extractive import gates
from rag.extractive.gates_anonymised import label_identity, unmasked_label
from tests.test_extractive import decision


def test_the_label_whose_identity_is_asked():
    assert unmasked_label("Which company is Company A?") == "Company A"
    assert unmasked_label("Which real company is Company B in the 2024 ranking?") == "Company B"
    assert unmasked_label("What is the real name of Vendor C?") == "Vendor C"
    assert unmasked_label("Who is Company D?") == "Company D"
    assert unmasked_label("Company E's true identity?") == "Company E"


def test_a_label_asked_for_its_figures_or_its_rivals_is_not_unmasking():
    assert unmasked_label("What share did Company A hold?") is None
    assert unmasked_label("Which company is bigger: Company A or Company B?") is None
    assert unmasked_label("Which company is Company A's closest rival?") is None
    assert unmasked_label("Who ranks fifth in the ranking?") is None


def test_a_row_giving_the_labels_figures_does_not_say_who_it_is():
    d = decision("Which company is Company A?", "Rank: 1; Company name: Company A; Market share, %: 30.1%")
    assert "Company A" in (label_identity(d) or "")
    assert "label_identity" in gates.SAYS_WHY
    assert label_identity(decision("What share did Company A hold?",
                                   "Rank: 1; Company name: Company A; Market share, %: 30.1%")) is None


def test_numbered_and_lower_case_labels_and_who_is_behind():
    assert unmasked_label("which company is Company C?") == "Company C"
    assert unmasked_label("Who is Player 3?") == "Player 3"
    assert unmasked_label("Who is behind Company C?") == "Company C"
    assert unmasked_label("What is Company C's market share?") is None

"""A lead whose sentence gives a sibling of the entity asked loses its bold (lead_sibling)."""

from rag.extractive.lead_sibling import sibling_led

SENTENCE = "Nearly 50% of C-end large model applications are free, with only 29% adopting subscriptions."


def test_hyphen_sibling_is_doubted() -> None:
    assert sibling_led(["B-end"], SENTENCE) == "the lead's sentence gives C-end, not B-end"


def test_entity_said_is_kept() -> None:
    assert sibling_led(["C-end"], SENTENCE) is None


def test_trailing_tag_sibling_is_doubted() -> None:
    assert sibling_led(["Company A"], "Company D holds 4.7% of the market.")


def test_both_named_is_kept() -> None:
    assert sibling_led(["Company A"], "Company A holds 30.1% and Company D 4.7%.") is None


def test_plain_names_are_left_alone() -> None:
    assert sibling_led(["Alibaba"], SENTENCE) is None


def test_sibling_asked_too_is_kept() -> None:
    assert sibling_led(["Company A", "Company D"], "Company D holds 4.7% of the market.") is None


def test_a_longer_tag_or_another_family_is_no_sibling_match() -> None:
    assert sibling_led(["Company A"], "A-share listings rose 5% in 2024.") is None  # 'A-share' is no 'Company X'
    assert sibling_led(["Company A"], "Company AB holds 4.7%.")  # another company: its figure is not A's
    assert sibling_led(["B-end"], "B-ends pay 5% more than C-ends.") is None  # no whole sibling named

"""What drove something is the driver alone: past the connective, without an offsetting factor."""

from __future__ import annotations

from rag.extractive.driver_asked import as_driver, drivers_asked
from rag.extractive.phrase import answer_phrase


def test_drive_verbs_asked() -> None:
    assert drivers_asked("What drove online sales growth?")
    assert drivers_asked("What was the sales increase driven by?")
    assert drivers_asked("What were the primary drivers of the increase?")
    assert not drivers_asked("What AI-driven GMV does the chapter estimate?")
    assert not drivers_asked("Why did revenue increase?")


def test_driver_past_connective_and_before_offset() -> None:
    s = "Sales grew 4%, driven by higher volumes, partially offset by lower prices."
    assert as_driver("driven by higher volumes, partially offset by lower prices", s) == "higher volumes"
    assert as_driver("mainly due to A and B", "X rose mainly due to A and B.") == "A and B"


def test_fragment_opening_with_connective_kept() -> None:
    s = "Driven by Bars, Food and Accommodation, benefitting from refurbishments."
    assert as_driver("driven by Bars, Food and Accommodation", s) == "driven by Bars, Food and Accommodation"


def test_answer_phrase_drove() -> None:
    q = "What was the comparable sales increase in fiscal 2023 driven by?"
    s = ("The increase in total comparable sales in fiscal 2023 was driven by a 3.6% increase in the number of "
         "transactions, partially offset by a 0.7% decrease in average ticket.")
    assert answer_phrase(q, s) == "a 3.6% increase in the number of transactions"
    q = "What drove the net valuation decrement?"
    s = "The net valuation decrement for the year was $211.6 million, driven by the Office portfolio."
    assert answer_phrase(q, s) == "the Office portfolio"


def test_reason_noun_asks_reason_clause() -> None:
    assert not drivers_asked("What factors drove the hotels sales improvement in the second half?")


def test_what_led_or_contributed_asks_the_agent() -> None:
    assert drivers_asked("What led the growth in average loans?")
    assert drivers_asked("What contributed to the improvement in gross margin?")
    assert not drivers_asked("What led to the decision?")
    s = "Loans grew 3%, led by trade financing and housing loans."
    assert as_driver("by trade financing and housing loans", s) == "trade financing and housing loans"


def test_contributing_and_holding_back_ask_the_agent() -> None:
    assert drivers_asked("What contributed to the improvement in gross margin throughout the year?")
    assert drivers_asked("What held back growth in Ostomy Care?")
    assert not drivers_asked("What factors contributed to the decline?")  # a reason noun: the reason clause
    s = ("Gross margin improved throughout the year as a result of higher factory utilization at our Penang, "
         "Malaysia assembly and test facility, a more favorable product mix and lower excess and obsolete inventory "
         "charges.")
    assert answer_phrase("What contributed to the improvement in gross margin throughout the year?", s) == (
        "higher factory utilization at our Penang, Malaysia assembly and test facility, a more favorable product mix "
        "and lower excess and obsolete inventory charges")
    s = "Ostomy Care growth was held back by the temporary effects of stock reduction among distributors in China."
    assert answer_phrase("What held back growth in Ostomy Care?", s) == \
        "the temporary effects of stock reduction among distributors in China"  # the passive's 'by' is no agent


def test_causes_named_by_their_noun_are_asked_whatever_verb_follows():
    from rag.extractive.driver_asked import causes_named_asked
    assert causes_named_asked("What factors support the growth of X?")
    assert causes_named_asked("What restraints does the report identify?")
    assert causes_named_asked("What does the report identify as the main restraints on shipments?")
    assert not causes_named_asked("What share of firms cite barriers?")
    assert not causes_named_asked("What was revenue in 2024?")


def test_a_factor_naming_a_measure_asks_its_figure():
    from rag.extractive.answer_kind import asks_of
    from rag.extractive.driver_asked import causes_named_asked
    assert not causes_named_asked("What was the seat load factor in Q3 2024?")
    assert not causes_named_asked("What was the capacity factor of the wind fleet?")
    assert asks_of("What was the cargo load factor on the Transpacific lane in 2024?") == "amount"
    assert causes_named_asked("What factors drove the load growth?")
    assert causes_named_asked("What were the main risk factors?")


def test_causes_listed_are_asked_by_a_plural_noun_not_by_driving():
    from rag.extractive.driver_asked import causes_listed_asked
    assert causes_listed_asked("What factors support the growth of X?")
    assert not causes_listed_asked("What is the primary reason for the increase?")
    assert not causes_listed_asked("What factors drove the improvement?")

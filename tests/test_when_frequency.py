"""A regular time with a conditional alternative answers 'when' whole (when_frequency.py); without the embedding model."""

from __future__ import annotations

from rag.extractive.phrase import answer_phrase
from rag.extractive.when_frequency import frequency_alternation


def test_the_regular_time_and_its_alternative_lead_not_the_condition_alone():
    sentence = ("We test goodwill for impairment annually as of the first day of the fourth fiscal quarter, or more "
                "frequently if indicators of impairment exist.")
    assert answer_phrase("When does the company test goodwill for impairment?", sentence) == \
        "annually as of the first day of the fourth fiscal quarter, or more frequently if indicators of impairment exist"
    assert answer_phrase("When are intangible assets reviewed?",
                         "Intangible assets are reviewed on an annual basis or more often when events indicate a loss.") \
        == "on an annual basis or more often when events indicate a loss"


def test_a_condition_without_a_regular_time_is_read_as_before():
    assert frequency_alternation("recognised when it is probable that profits will be available") is None
    assert answer_phrase("When are deferred tax assets recognised?",
                         "Deferred tax assets are recognised when it is probable that taxable profits will be available.") \
        == "when it is probable that taxable profits will be available"

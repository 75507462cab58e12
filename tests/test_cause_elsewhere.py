"""A bold lead giving the cause of a referred-back thing ('This momentum was driven by ...') the sentence before
names, when that thing is not the one asked."""

from __future__ import annotations

from ingest.figures import parse_figures
from rag.extractive.cause_elsewhere import CAUSE_ELSEWHERE_WHY, caused_elsewhere, cause_elsewhere_led
from rag.extractive.features import Evidence
from rag.extractive.slots import parse

_LEAD = "This momentum was driven by cheaper chips, which generated demand in banking."


def _ev(i: int, text: str) -> Evidence:
    return Evidence(0, i, text, parse_figures(text), set(), set(), False, True, features={}, score=0.5)


def test_a_referred_back_subject_naming_nothing_asked_is_caused_elsewhere():
    assert caused_elsewhere(_LEAD, ["robot", "demand", "bank"])
    assert not caused_elsewhere("Robot demand was driven by cheaper chips.", ["robot", "demand"])
    assert not caused_elsewhere("Cheaper chips generated demand in banking.", ["robot", "demand"])


def test_the_bold_comes_off_when_the_sentence_before_names_another_thing():
    lead = _ev(1, _LEAD)
    before = _ev(0, "In 2024, venture funding surged to a record.")
    slots = parse("Why are robots in demand in banking?")
    assert cause_elsewhere_led(slots, f"**{_LEAD}**", lead, [before, lead]) == CAUSE_ELSEWHERE_WHY


def test_the_bold_stays_when_the_sentence_before_names_the_thing_asked():
    lead = _ev(1, _LEAD)
    before = _ev(0, "In 2024, venture funding surged to a record.")
    slots = parse("What drove the surge in venture funding in 2024?")
    assert cause_elsewhere_led(slots, f"**{_LEAD}**", lead, [before, lead]) is None
    assert cause_elsewhere_led(slots, f"**{_LEAD}**", lead, [lead]) is None  # the sentence before unseen

"""A worded trend lead with a sentence close behind that states a direction of more of the subject is
not bolded (trend_rival.py)."""

from rag.extractive.features import Evidence
from rag.extractive.slots import parse
from rag.extractive.trend_rival import WHY, closer_trend_rival


def _sentence(text: str, score: float, direction: bool = True) -> Evidence:
    return Evidence(0, 0, text, [], set(), set(), False, True, {"trend_direction": float(direction)}, score)


def test_a_close_rival_naming_more_of_the_subject_hedges_the_lead():
    slots = parse("How has robot perception evolved?")
    lead = _sentence("The industry is evolving toward multimodal perception.", 0.433)
    rival = _sentence("Robot perception has expanded from vision to touch.", 0.428)
    assert closer_trend_rival(slots, [lead, rival], lead, [], 0.02) == WHY


def test_a_rival_far_behind_or_naming_no_more_leaves_the_lead():
    slots = parse("How has robot perception evolved?")
    lead = _sentence("Robot perception is evolving toward touch.", 0.433)
    assert closer_trend_rival(slots, [lead, _sentence("Robot perception has expanded.", 0.30)], lead, [], 0.02) is None
    assert closer_trend_rival(slots, [lead, _sentence("Perception has expanded.", 0.43)], lead, [], 0.02) is None

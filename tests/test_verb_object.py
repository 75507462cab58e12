"""A question asking its verb's object ('Toward what is X evolving?') does not bold a lead without the verb
when a sentence of its passage close behind writes the verb with that preposition (verb_object.py)."""

from rag.extractive.features import Evidence
from rag.extractive.shown_doubt import shown_by
from rag.extractive.verb_object import WHY, asked_verb, verb_object_elsewhere, writes_verb_then

Q = "Toward what is the robot industry evolving, per the summary?"


def _sentence(text: str, score: float, passage: int = 0) -> Evidence:
    return Evidence(passage, 0, text, [], set(), set(), False, True, {}, score)


def test_the_asked_verb_and_its_preposition():
    assert asked_verb(Q) == ("evolv", {"toward", "towards"})
    assert asked_verb("On what does the margin depend?") == ("depen", {"on"})
    assert asked_verb("What is the robot industry evolving toward?") is None


def test_the_verb_must_be_followed_by_the_preposition():
    assert writes_verb_then("The industry is evolving toward agents.", "evolv", {"toward", "towards"})
    assert not writes_verb_then("The industry is evolving fast toward agents.", "evolv", {"toward", "towards"})


def test_a_lead_without_the_verb_and_a_close_rival_writing_it_is_not_bolded():
    lead = _sentence("As a pathway toward AGI, the robot industry is developing fast.", 0.49)
    rival = _sentence("The industry is evolving toward agents and touch.", 0.457)
    assert verb_object_elsewhere(Q, [lead, rival], lead) == WHY


def test_a_lead_with_the_verb_a_far_rival_or_another_passage_leaves_the_lead():
    rival = _sentence("The industry is evolving toward agents and touch.", 0.457)
    assert verb_object_elsewhere(Q, [rival], rival) is None
    lead = _sentence("As a pathway toward AGI, the robot industry is developing fast.", 0.49)
    assert verb_object_elsewhere(Q, [lead, _sentence(rival.text, 0.30)], lead) is None
    assert verb_object_elsewhere(Q, [lead, _sentence(rival.text, 0.457, passage=1)], lead) is None
    assert verb_object_elsewhere("How is the robot industry evolving?", [lead, rival], lead) is None


def test_a_participle_adjective_is_no_verb():
    assert asked_verb("Toward what is the embodied robot industry evolving?")[0] == "evolv"


def test_the_doubt_carries_the_rival_it_found():
    lead = _sentence("As a pathway toward AGI, the robot industry is developing fast.", 0.49)
    rival = _sentence("The industry is evolving toward agents and touch.", 0.457)
    assert shown_by(verb_object_elsewhere(Q, [lead, rival], lead)) is rival

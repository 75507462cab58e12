"""What changes a thing's pace: 'what will speed up X' asks for a cause of X's pace, and a sentence
saying 'N will accelerate this trend' states one, with the cause as its grammatical subject."""

from __future__ import annotations

import re

# the question asks what will quicken or slow a thing ('what will speed up X', 'what could slow Y'), no amount:
# written once here, and read by shape_cues as one of the explanation shape's cues
PACE_ASKED_FORM = (r"^\s*what (will|would|could|can|might|may|should) (speed up|accelerate|slow( down)?|"
                   r"drive|spur|fuel|boost|propel|hold back|impede|hinder)\b(?!.*\b(much|many)\b)")
_PACE_ASKED = re.compile(PACE_ASKED_FORM, re.I)
# a sentence whose verb quickens or slows something: 'The proliferation of NPUs will accelerate this trend'
_PACE_SAID = re.compile(r"\b(accelerat(e|es|ed|ing)|speed(s|ing)? up|"
                        r"sped up|spur(s|red|ring)?|propel(s|led|ling)?|slow(s|ed|ing)? down|slows|slowed|impede(s|d)?|"
                        r"hinder(s|ed|ing)?|hold(s|ing)? back|held back|fuel(led|ed|ling|ing)|boost(ed|ing)|"
                        r"drive(s)? (the|this|these|its|their) (adoption|spread|trend|growth|proliferation|penetration))\b",
                        re.I)


def pace_asked(question: str) -> bool:
    """The question asks what will quicken or slow a thing: a cause of its pace, in words."""
    return bool(_PACE_ASKED.search(question))


def states_pace(text: str) -> bool:
    """The sentence says what quickens or slows something ('... will accelerate this trend')."""
    return bool(_PACE_SAID.search(text))

"""The method, approach or basis a sentence names for the thing asked (rag.extractive.kind_phrase)."""

from rag.extractive.kind_phrase import kind_phrase

_EPS = ("Diluted net income per share is computed using the treasury stock method for stock options and restricted "
        "stock units and the if-converted method for our 0.375% convertible senior notes due 2025.")


def test_the_method_named_for_the_thing_asked():
    assert kind_phrase("What method is used for the convertible senior notes in computing diluted EPS?", _EPS) == \
        "if-converted method"
    assert kind_phrase("What method is used for stock options in computing diluted EPS?", _EPS) == "treasury stock method"


def test_one_approach_with_its_modifiers():
    s = "The Group adopted IFRS 16 on 1 January 2019 using the modified retrospective approach."
    assert kind_phrase("Which approach did the Group use to adopt IFRS 16?", s) == "modified retrospective approach"
    s = "The fair value of options granted, determined using the Black-Scholes valuation model, was S$1.36."
    assert kind_phrase("Which model was used to determine the fair value of options?", s) == "Black-Scholes valuation model"


def test_not_asked_or_not_told():
    assert kind_phrase("Which model was released first?", "OpenAI released the GPT-4 model.") is None
    assert kind_phrase("What method is used in computing diluted EPS?", _EPS) is None  # two fit alike
    assert kind_phrase("What was revenue?", _EPS) is None

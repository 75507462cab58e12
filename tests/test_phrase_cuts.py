"""The phrase a question asking for words leads with (phrase.py): a cut at a possessive
has not reached the end of the subject; without the embedding model."""

from __future__ import annotations

from rag.extractive.phrase import answer_phrase


def test_a_possessive_at_the_cut_owns_the_noun_before_the_linking_verb():
    sentence = "Ship management creditors’ liability is comprised of cash collected from clients."
    assert answer_phrase("What does ship management creditors consist of?", sentence) == "cash collected from clients"


def test_a_possessive_inside_the_answer_is_kept():
    sentence = "Purchase obligations consist of the Group’s contractual commitments."
    assert answer_phrase("What do purchase obligations consist of?", sentence) == "the Group’s contractual commitments"


def test_a_when_question_is_answered_by_the_fronted_condition():
    from rag.extractive.phrase_lead import lead_phrase
    sentence = "If the service period is not met, then the compensation expense would be reversed."
    assert lead_phrase("When does the compensation expense reverse?", (), (), sentence) == \
        "If the service period is not met"
    # the question's words in the condition itself: what follows is no condition of it
    assert lead_phrase("When does the compensation expense reverse?", (), (),
                       "If the compensation expense reverses, the company restates its results.") is None


def test_capitals_it_is_an_acronym_not_the_pronoun():
    from rag.extractive.phrase_lead import lead_phrase
    s = ("Vocational & professional training includes civil service examination preparation, professional "
         "certification courses and IT skills training.")
    assert lead_phrase("What does vocational & professional training include?", (), (), s).endswith("IT skills training")

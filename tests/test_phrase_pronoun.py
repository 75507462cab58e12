"""A sentence whose subject is 'it'/'they' names the question's subject through the pronoun: the phrase starts after
its verb, and the question's words said later belong to the answer (anaphora.pronoun_cut); no embedding model."""

from __future__ import annotations

from rag.extractive.anaphora import pronoun_cut
from rag.extractive.phrase import answer_phrase
from rag.extractive.phrase_edges import asked_stems


def test_a_pronoun_subject_says_the_question_so_the_answer_follows_its_verb():
    sentence = "They are estimated at between 0.5% and 1.5% of the revenue of completed contracts."
    assert answer_phrase("How are warranty provisions estimated?", sentence) == \
        "at between 0.5% and 1.5% of the revenue of completed contracts"


def test_the_questions_words_after_the_verb_are_part_of_the_answer():
    sentence = "It excludes net investment income, interest expense and corporate expenses."
    assert answer_phrase("What is excluded from underwriting income?", sentence) == \
        "net investment income, interest expense and corporate expenses"


def test_no_cut_when_the_pronouns_verb_is_not_the_questions_or_no_pronoun():
    asked = asked_stems("How are warranty provisions estimated?")
    assert pronoun_cut("They cover the Group's obligations.", asked) is None
    assert pronoun_cut("Warranty provisions are estimated at 1% of revenue.", asked) is None
    assert pronoun_cut("They are generally estimated at 1%.", asked) == len("They are generally estimated")

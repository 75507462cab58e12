from rag.extractive.asked_verb import past_asked_verb
from rag.extractive.phrase import answer_phrase


def test_drops_the_questions_own_verb_and_its_preposition():
    assert past_asked_verb("related to exiting redundant facilities", "What is lease related and other charges?") \
        == "exiting redundant facilities"


def test_keeps_a_verb_the_question_does_not_use():
    assert past_asked_verb("related to exiting facilities", "What are the other charges?") == "related to exiting facilities"
    assert past_asked_verb("based on an annual plan", "How are requirements set?") == "based on an annual plan"


def test_keeps_a_phrase_that_is_only_the_verb():
    assert past_asked_verb("related", "What is related?") == "related"


def test_phrase_cut_skips_the_repeated_verb():
    q = "What is lease related and other charges?"
    s = "Lease related and other charges are related to exiting certain redundant facilities."
    assert answer_phrase(q, s) == "exiting certain redundant facilities"


def test_keeps_a_participle_that_opens_a_name_the_question_repeats():
    s = "Deferred income taxes on the balance sheets result from temporary differences."
    assert past_asked_verb(s, "Why do deferred income taxes appear on the balance sheets?") == s


def test_fragment_opening_with_the_questions_verb():
    assert past_asked_verb("Calculated based on the deferral method", "How was the credit calculated?") \
        == "based on the deferral method"


def test_a_name_or_noun_ending_in_ed_is_no_participle():
    assert past_asked_verb("Fed policy stayed tight", "Why did the Fed pause?") == "Fed policy stayed tight"
    assert past_asked_verb("Speed and cost", "What speed gains did agents bring?") == "Speed and cost"
    assert past_asked_verb("Ahmed in Dubai", "Where is the office Ahmed runs?") == "Ahmed in Dubai"
    assert past_asked_verb("agreed to by both sides", "What terms were agreed?") == "by both sides"

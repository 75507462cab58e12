"""The object a question's verb leaves empty, and a second predicate after 'and' that ends the answer."""

from rag.extractive.phrase import answer_phrase
from rag.extractive.verb_gap import before_second_predicate, gap_object


def test_object_between_verb_and_the_questions_trailing_phrase():
    assert gap_object("What does the ratio exclude from equity?",
                      "The ratio excludes goodwill and intangibles from equity.") == "goodwill and intangibles"


def test_no_gap_when_the_sentence_lacks_the_trailing_phrase():
    assert gap_object("What does the ratio exclude from equity?", "The ratio excludes goodwill.") is None


def test_phrase_leads_with_the_gap():
    assert answer_phrase("What does the ratio exclude from equity?",
                         "The ratio excludes goodwill from equity.", "words") == "goodwill"


def test_second_predicate_after_and_ends_the_answer():
    assert before_second_predicate("the drilling unit and resulted from lower activity") == "the drilling unit"


def test_and_joining_a_passives_verbs_is_kept():
    text = "in earnings and reported in other income"
    assert before_second_predicate(text, "Losses are recognized ") == text


def test_and_before_an_adjective_is_kept():
    text = "higher headcount and increased wafer costs"
    assert before_second_predicate(text) == text


def test_second_predicate_irregular_past_and_which_clause_closed() -> None:
    from rag.extractive.phrase import answer_phrase
    s = ("Network services revenue includes revenue from the leasing of passive network infrastructure to other "
         "operators and grew by 7.4%, supported by the roll-out of 5G.")
    assert answer_phrase("What does Network services revenue include?", s) == (
        "revenue from the leasing of passive network infrastructure to other operators")
    s = ("Mobile revenue, which includes service revenue and device sales under our arrangement, increased as we "
         "added approximately 96,000 mobile lines in 2023.")
    assert answer_phrase("What does Mobile revenue include?", s) == "service revenue and device sales under our arrangement"


def test_a_second_present_predicate_after_and_ends_the_answer_in_the_form_the_question_asks():
    q = "At what temperature do solid oxide electrolysers operate?"
    assert before_second_predicate("at 700-850°C and achieve the highest efficiency", "", q) == "at 700-850°C"
    q = "How do options generally vest?"
    text = "over four years, with 25% vesting first and the remainder vesting in twelve installments, and expire ten years on"
    assert before_second_predicate(text, "", q) == text.split(", and expire")[0]
    # a -s word is no plain verb, nor a noun list's last item; 'does' asks the -s form
    assert before_second_predicate("over four years and options the rest", "", q) == "over four years and options the rest"
    q = "How does the plan work?"
    assert before_second_predicate("through a trust and provides the members a pension", "", q) == "through a trust"
    assert before_second_predicate("through a trust and provides the members a pension") == \
        "through a trust and provides the members a pension"

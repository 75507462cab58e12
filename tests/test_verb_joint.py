"""verb_joint: a phrase answer starts past the 'as'/'of' joining the question's final verb to its complement and ends
before a which-aside on its last noun (no embedding model)."""

from __future__ import annotations

from rag.extractive.phrase import answer_phrase
from rag.extractive.verb_joint import object_complement, past_joint, without_aside


def test_skips_as_after_the_questions_final_verb():
    s = "Net debt is a measure, defined as loans less cash."
    cut = s.index("defined") + len("defined")
    assert s[past_joint(s, cut, "How is net debt defined?"):] == "loans less cash."


def test_skips_an_adverb_and_of_after_the_verb():
    s = "Other consists primarily of Canada and Mexico."
    cut = s.index("consists") + len("consists")
    assert s[past_joint(s, cut, "What does Other consist of?"):] == "Canada and Mexico."


def test_keeps_by_which_gives_the_means_asked():
    s = "EBITDA is calculated by adding back depreciation."
    cut = s.index("calculated") + len("calculated")
    assert past_joint(s, cut, "How is EBITDA calculated?") == cut


def test_keeps_the_cut_when_the_sentence_stops_on_another_word():
    s = "Net debt of the group as reported was low."
    cut = s.index("group") + len("group")
    assert past_joint(s, cut, "How is net debt defined?") == cut


def test_drops_a_passive_or_own_subject_which_clause():
    assert without_aside("training services, which are primarily billed hourly") == "training services"
    assert without_aside("the plant in Galway, which we expect to open in 2021") == "the plant in Galway"
    assert without_aside("two customers, which accounted for £1.1m of the charge") == "two customers"


def test_keeps_a_which_clause_that_says_what_the_answer_is():
    text = "segment operating income, which excludes interest expense"
    assert without_aside(text) == text


def test_phrase_answers_with_the_complement_without_the_aside():
    q = "What does professional services revenue consist of?"
    s = "Professional services revenue consists of training services, which are primarily billed hourly."
    assert answer_phrase(q, s) == "training services"
    assert answer_phrase("How is ARPU calculated?", "ARPU is calculated as revenue divided by three.") \
        == "revenue divided by three"


def test_parallel_asides_on_list_items_keep_the_items():
    text = "A Inc., which was assigned to X, and the B business, which was assigned to Y"
    assert without_aside(text) == "A Inc., and the B business"


def test_aside_without_a_parallel_one_ends_the_text():
    assert without_aside("A, which was assigned to X, and sold later") == "A"


def test_definition_is_the_complement_of_an_active_define_as():
    q = "How does the company define annual recurring revenue?"
    s = "We define annual recurring revenue, or ARR, as the annualized value of all subscription contracts."
    assert answer_phrase(q, s) == "the annualized value of all subscription contracts"


def test_classing_verb_as_names_the_class():
    q = "How does the company classify its marketable securities?"
    assert answer_phrase(q, "We classify all of our marketable securities as available-for-sale.") == "available-for-sale"


def test_no_complement_without_the_object_the_question_names():
    from rag.extractive.verb_joint import object_complement
    assert object_complement("How does the company define churn?", "We define ARR as the annualized value.") is None


def test_a_modal_passive_which_clause_is_an_aside():
    s = "tax allocation reserves in the Swedish subsidiaries, which may be used to defer taxation of profits"
    assert without_aside(s) == "tax allocation reserves in the Swedish subsidiaries"


def test_classing_verb_after_the_subject_and_passive():
    s = "The report defines the silver economy as the sum of activities serving older people."
    assert s[object_complement("How does the report define the silver economy?", s):].startswith("the sum")
    p = "Capacity is measured as critical IT load, excluding cooling."
    assert p[object_complement("How is capacity measured in the report?", p):].startswith("critical IT load")

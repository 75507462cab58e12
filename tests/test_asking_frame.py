"""The frame around a question taken off before it is parsed (asking_frame.py): a purpose lead-in, a
request for the figure to use; the slots then read the question proper."""

from rag.asking_frame import without_frame
from rag.extractive.shape_cues import noun_phrase_names
from rag.extractive.slots import parse


def test_a_purpose_lead_in_before_a_colon_is_no_topic():
    assert without_frame("For a slide: X's revenue in 2024") == "X's revenue in 2024?"  # closed, as typed without its mark
    assert without_frame("In my memo: which banks lead?") == "which banks lead?"
    assert "slide" not in parse("For a slide: the market size in 2024").subject


def test_a_colon_after_a_topic_is_kept():
    assert without_frame("CIC glossary: Chinese term for Token") == "CIC glossary: Chinese term for Token?"


def test_the_number_to_use_asks_the_figure_of_what_follows():
    assert without_frame("What's the number I should use for the lead of A over B?") == "What is the number for the lead of A over B?"
    slots = parse("What's the number I should use for the market size in 2024?")
    assert "use" not in slots.subject and slots.asks == "amount"


def test_a_question_without_a_frame_is_unchanged():
    q = "What number of users should we expect in 2025?"
    assert without_frame(q) == q


def test_the_top_ten_is_no_figure_asked_of_a_noun_phrase():
    assert noun_phrase_names("the Chinese companies in the video-model top 10")
    assert not noun_phrase_names("the Chinese companies with 10 models")


def test_a_closing_per_name_is_the_source_and_per_head_a_rate():
    assert without_frame("What makes X promising, per Frost?") == "What makes X promising, according to Frost?"
    assert "per" not in parse("Where have aligned models improved, per CIC?").subject
    q = "What is the income per head in 2024?"
    assert without_frame(q) == q


def test_a_sentence_of_context_before_the_question_is_no_part_of_it():
    assert without_frame("I'm writing a memo on AI risk. How many incidents were there in 2024?") == \
        "How many incidents were there in 2024?"
    assert "memo" not in parse("We are preparing a deck for the board. What was the market size in 2024?").subject


def test_a_first_sentence_saying_what_is_not_understood_is_the_question():
    q = "I don't get why long task chains trip up agents. What does Frost say?"
    assert without_frame(q) == q


def test_business_shorthand_is_spelled_out_as_reports_print_it():
    assert without_frame("Company A vs Company H: 2024 mkt share") == "Company A vs Company H: 2024 market share?"
    assert without_frame("By how many pct points does A lead D?") == "By how many percentage points does A lead D?"
    assert without_frame("Did it reach USD 5bn or 10 mn users?") == "Did it reach USD 5 billion or 10 million users?"
    assert without_frame("What was y/y growth?") == "What was YoY growth?"
    q = "What is the pct share of MNC banks?"  # 'pct' alone and a name holding 'mn' are kept
    assert without_frame(q) == q


def test_turnover_is_revenue_and_a_firm_a_company():
    assert without_frame("What turnover did the two largest firms have?") == "What revenue did the two largest companies have?"
    assert "firm" not in parse("How many firms hold a 0.3% share?").subject


def test_a_noun_phrase_to_confirm_asks_what_it_is_and_a_clause_is_left_to_the_claim_frame():
    assert without_frame("Can you confirm the market size in 2024?") == "What is the market size in 2024?"
    assert without_frame("Could you check Company E's share?") == "What is Company E's share?"
    q = "Can you confirm Tencent Hunyuan passed 5 million users?"
    assert without_frame(q) == q


def test_a_plural_noun_phrase_to_confirm_asks_what_they_are():
    from rag.asking_frame import is_plural_phrase
    assert without_frame("Can you confirm the three stages of the path?") == "What are the three stages of the path?"
    assert without_frame("Can you confirm the market size in 2024?") == "What is the market size in 2024?"
    assert is_plural_phrase("the KPIs") and is_plural_phrase("the GPUs used by X") and is_plural_phrase("the A and B of C")
    assert not is_plural_phrase("the business status of X") and not is_plural_phrase("Company E's share")


def test_a_clause_to_confirm_is_no_noun_phrase_and_an_apostrophe_s_word_no_name():
    for q in ("Can you confirm the market grew in 2024?", "Can you check it's correct that revenue rose?",
              "Can you confirm Company E's revenue doubled?"):
        assert without_frame(q) == q
    assert without_frame("Can you confirm the GPUs used by X?") == "What are the GPUs used by X?"


def test_turnover_as_a_ratio_and_firm_as_an_adjective_are_kept():
    for q in ("What is the inventory turnover of X?", "What is the staff turnover rate?", "Did demand remain firm in 2024?"):
        assert without_frame(q) == q
    assert without_frame("Which firm led the market?") == "Which company led the market?"


def test_an_abbreviation_ends_no_sentence_of_context():
    assert without_frame("I'm writing a memo on Company E vs. Company F. Which grew faster?") == "Which grew faster?"
    q = "I'm writing a memo on Acme Inc. and Beta Co. Which grew faster?"  # no sentence end but 'Co.': kept whole
    assert without_frame(q) == q

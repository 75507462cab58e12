"""What an answer leads with for a question asking for words: the phrase of the best sentence that
answers (rag/extractive/phrase.py), each rule on the smallest input, without the embedding model."""

from __future__ import annotations

import pytest

from rag.extractive.phrase import answer_phrase
from rag.extractive.phrase_lead import lead_phrase
from rag.extractive.slots import parse


@pytest.mark.parametrize("question, sentence, phrase", [
    # what follows the point where the sentence has said the question's words
    ("What do capital leases reflect?", "Capital leases reflect building and office equipment lease obligations.",
     "building and office equipment lease obligations"),
    ("What does goodwill consist of?", "Goodwill consists of the excess of the consideration over net assets.",
     "the excess of the consideration over net assets"),
    # a linking verb is no part of the answer
    ("What is Trade receivables?", "Trade receivables are amounts due from customers.", "amounts due from customers"),
    # the question's own trailing preposition is skipped
    ("Which countries does the group operate plans in?", "The Group operates plans in Greece and Turkey.",
     "Greece and Turkey"),
    # the answer stops where the sentence names the question's subject again, or at ';'
    ("Which countries does the group operate schemes in?",
     "The Group operates schemes in Germany, Ghana, the UK and the Group operates plans in Greece.",
     "Germany, Ghana, the UK"),
    ("What is the company's involvement limited to?",
     "Our involvement is limited to the remittance of payments; therefore, receivables are excluded.",
     "the remittance of payments"),
    # a footnote mark opening the sentence is not the answer
    ("What does working capital consist of?", "(1) Working capital consists of current assets less current liabilities.",
     "current assets less current liabilities"),
])
def test_the_answer_is_what_the_sentence_says_beyond_the_question(question, sentence, phrase):
    assert answer_phrase(question, sentence) == phrase


def test_a_reason_is_the_clause_after_the_causal_connective():
    q = "Why did operating income decrease in fiscal 2019?"
    s = "Operating income decreased in fiscal 2019 primarily as a result of lower volume, partially offset by costs."
    assert parse(q).words_asked == "reason"
    assert answer_phrase(q, s) == "primarily as a result of lower volume, partially offset by costs"
    assert answer_phrase(q, "Operating income decreased in fiscal 2019.") is None  # no cause stated


def test_when_is_the_date_else_the_condition():
    assert answer_phrase("When did trading commence?", "Trading commenced on March 29, 1988.") == "March 29, 1988"
    assert answer_phrase("When are tax losses not recognised?",
                         "Tax losses are not recognised where future recoverability is uncertain.") == \
        "where future recoverability is uncertain"


def test_who_is_the_agent_after_by():
    assert answer_phrase("Who approved the financial statements?",
                         "The financial statements were approved by the Board of Directors on 6 June 2019.") == \
        "the Board of Directors"


def test_a_sentence_that_repeats_little_of_the_question_gives_no_phrase():
    assert answer_phrase("What does the recorded investment include?", "Revenue rose 5% in the year.") is None


@pytest.mark.parametrize("question, units, years", [
    ("How much was the debt outstanding?", (), ()),         # a quantity: the figure leads
    ("What was the hosting cost in 2018?", ("money",), (2018,)),
    ("What was the increase in cash in 2019?", (), (2019,)),  # what a measure was in a year asked
])
def test_a_question_asking_a_quantity_keeps_its_figure_lead(question, units, years):
    assert lead_phrase(question, units, years, "The debt outstanding was $54.5 million in 2019.") is None


def test_a_table_row_gives_no_phrase():
    assert lead_phrase("What does ship management creditors consist of?", (), (),
                       "Ship management creditors — 2018: 268; 2019: 328") is None


def test_the_answer_leads_with_the_phrase_then_quotes_the_sentence_with_its_citation():
    from test_extractive import context

    from rag.extractive.answerer import ExtractiveAnswerer

    answer = ExtractiveAnswerer(threshold=-5).answer(context(
        "What do capital leases reflect?", "(1) Capital leases reflect building and office equipment lease obligations."))
    assert answer.answer.startswith("**building and office equipment lease obligations**. ")
    assert "Capital leases reflect building" in answer.answer and "[1]" in answer.answer
    assert answer.figure is None  # the footnote mark '(1)' is not a figure lead


def test_a_quoted_term_is_given_without_its_quotes():
    assert answer_phrase("What is the symbol of the common stock?",
                         "Our common stock is listed under the symbol “LWAY.”") == "LWAY"


def test_a_phrase_that_is_only_a_figure_leaves_the_figure_lead():
    from test_extractive import context

    from rag.extractive.answerer import ExtractiveAnswerer

    answer = ExtractiveAnswerer(threshold=-5).answer(context(
        "By what did Zeta boost comprehension?", "Zeta boosted comprehension by 30%."))
    assert answer.answer.startswith("**30%**") and answer.figure == "30%"
    assert lead_phrase("Calls: how much shorter were they?", (), (), "Calls were shorter by 10%.") is None


@pytest.mark.parametrize("question, sentence, phrase", [
    # a reason question without a causal connective: the purpose clause
    ("Why are swaps entered into with different counterparties?",
     "Swaps are entered into with different counterparties to reduce concentration risk.", "to reduce concentration risk"),
    ("Why is net debt analysed as a proportion of EBITDA?",
     "To assess the size of net debt, we analyse net debt as a proportion of EBITDA.", "To assess the size of net debt"),
    # 'What is X?' answered by 'X consists of / includes ...': the definition whole
    ("What is Audit Fees?", "Audit Fees consist of fees billed for the annual audit.",
     "Audit Fees consist of fees billed for the annual audit"),
    # 'What is X?' answered by '... recorded as X': what stands before
    ("What is Goodwill?", "The excess of the consideration over the net assets was recorded as goodwill.",
     "The excess of the consideration over the net assets"),
    # 'Which market ...': the name of one, not what follows the word
    ("Which market is the common stock traded at?",
     "Our common stock is traded on the NASDAQ Global Select Market under the symbol JACK.",
     "NASDAQ Global Select Market"),
    # an aside closed by a comma and a new verb ends the answer
    ("Which product offerings were acquired with the EIS Business?",
     "Two of the product offerings acquired with the EIS Business, Horizon Clinicals and Series2000, were sunset.",
     "Horizon Clinicals and Series2000"),
])
def test_reason_purpose_definition_and_names(question, sentence, phrase):
    assert answer_phrase(question, sentence) == phrase


def test_a_ranking_or_an_amount_due_is_no_words_question():
    assert lead_phrase("In which year were Additions larger?", (), (), "Additions rose to 3.1 in 2019.") is None
    assert parse("What was the amount due to related parties?").words_asked == "words"
    assert parse("What is the increase in inventory due to?").words_asked == "reason"


def test_when_no_phrase_answers_the_sentence_itself_leads_in_bold():
    from test_extractive import context

    from rag.extractive.answerer import ExtractiveAnswerer
    from rag.extractive.phrase_lead import answering_sentence

    q = "Is the defined benefit plan open to new members?"
    answer = ExtractiveAnswerer(threshold=-5).answer(context(q, "The defined benefit plan is closed to new members."))
    assert answer.answer.startswith("**The defined benefit plan is closed to new members.** [1]")
    assert answering_sentence("Why?", "(1) Cash flows: The changes relate to our acquisitions.") == \
        "The changes relate to our acquisitions."
    assert answering_sentence("How much was paid?", "The company paid cash for the shares.") is None
    assert answering_sentence("What does the table show?", "The following table shows the costs:") is None
    # a table row written as header paths (or a piece of one) lists figures: it is no sentence that answers
    assert answering_sentence("What was the reason for the unrealized losses in 2018?",
                              "As of 2018 › Unrealized › Gains: $14,650; As of 2018 › Unrealized › Losses: $6,671") is None
    assert answering_sentence("What was the reason for the losses?", "$73,798; As of 2018 › Gains: $14,234; "
                              "As of 2018 › Losses: $235") is None


def test_a_which_question_is_answered_by_names_or_not_by_a_phrase():
    from test_extractive import context

    from rag.extractive.answerer import ExtractiveAnswerer
    from rag.extractive.phrase_lead import names_like

    assert names_like("Greece and Turkey") and names_like("Germany, Ghana, the UK")
    assert not names_like("capable of delivering coherent answers") and not names_like("agents")
    q = "Which model did Zeta refine into ChatGPT?"
    answer = ExtractiveAnswerer(threshold=-5).answer(context(
        q, "Zeta applied RLHF to refine GPT-3.5 into ChatGPT, which is capable of delivering coherent answers."))
    assert "**capable" not in answer.answer and not answer.answer.startswith("**Zeta applied")
    # 'Leading products' is no product's name
    assert answer_phrase("Which products lead the segment?", "Leading products include Character AI.") != \
        "Leading products"
    assert answer_phrase("What are the major applications of models, according to CIC?",
                         "Major applications of models include productivity and entertainment.") == \
        "productivity and entertainment"


def test_a_figure_after_a_preposition_or_one_common_word_is_no_phrase_lead():
    from test_extractive import context

    from rag.extractive.answerer import ExtractiveAnswerer

    answer = ExtractiveAnswerer(threshold=-5).answer(context(
        "What accuracy does Zeta reach in inspection?", "In inspection, Zeta raises accuracy to 98.7%."))
    assert answer.answer.startswith("**98.7%**") and answer.figure == "98.7%"
    # a reason question: 'to' before an amount is no purpose
    assert answer_phrase("What drove the surge in financing?", "Financing surged to over RMB 590 billion.") is None


def test_a_table_header_line_holds_no_phrase():
    line = "Weighted-Average Useful Lives (in years) | Fair Value Amount"
    assert lead_phrase("What was the other weighted-average useful lives (in years)?", (), (), line) is None


def test_reason_following_event() -> None:
    s = ("Comparative figures for 2020 have been restated following the transfer of the SME customer base from "
         "Consumer to Business as of 1 January 2021.")
    assert answer_phrase("Why were the comparative figures for 2020 restated?", s) == (
        "following the transfer of the SME customer base from Consumer to Business as of 1 January 2021")
    s = "The impairment was recognised following the Board's decision not to progress the project."
    assert answer_phrase("Why was the impairment recognised?", s) == (
        "following the Board's decision not to progress the project")


def test_relation_question_with_year_leads_words() -> None:
    s = "The annual bonus for FY22 was based 70% on adjusted profit before tax and 30% on strategic objectives."
    q = "What was the annual bonus for FY22 based on?"
    assert lead_phrase(q, ("percent",), (2022,), s) == "70% on adjusted profit before tax and 30% on strategic objectives"
    assert lead_phrase("What was the annual bonus for FY22?", ("percent",), (2022,), s) is None

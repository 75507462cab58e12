"""Which part of a prose sentence answers a question asking for words (rag/extractive/phrase.py,
compose.py): each rule on the smallest input, without the embedding model."""

from __future__ import annotations

from rag.extractive.phrase import answer_phrase
from rag.extractive.phrase_lead import lead_phrase
from rag.extractive.slots import parse


def test_a_pointer_to_what_follows_is_no_answer():
    # 'is calculated as follows:' introduces a table: it names nothing the question asked
    assert answer_phrase("How is EBITDA calculated?", "The net debt to EBITDA ratio is calculated as follows:") is None
    assert answer_phrase("How is the fee determined?", "The fee is determined as set out below.") is None


def test_a_colon_after_the_question_words_introduces_the_answer():
    q = "What is the company's five step approach?"
    s = ("To achieve that core principle, the Company applies the following five step approach: (1) identify the "
         "contract, (2) determine the price and (3) recognize revenue.")
    assert answer_phrase(q, s) == "(1) identify the contract, (2) determine the price and (3) recognize revenue"


def test_a_phrase_opening_with_a_conjunction_is_a_fragment():
    q = "What is the change in the benefit obligation of the plans recognized as?"
    s = "The following tables summarize the change in the benefit obligations for the Pension Plan and other plans:"
    assert answer_phrase(q, s) is None


def test_a_date_asked_is_answered_by_the_date():
    q = "What was the maturity date of the Variable Rate Loans?"
    assert parse(q).words_asked == "when"
    s = "The swaps on the Variable Rate Loans had a maturity date of December 2021 and a fixed interest rate of 1.08%."
    assert answer_phrase(q, s) == "December 2021"


def test_a_change_or_an_average_asked_is_a_quantity():
    s = "Autodesk did not recognize any goodwill impairment losses in fiscal 2018 or 2017."
    for q in ("What was the change in Autodesk's goodwill from 2018 to 2019?",
              "What is the average ending goodwill for 2018 and 2019?"):
        assert lead_phrase(q, (), (), s) is None


def test_what_is_done_to_something_is_answered_by_the_sentence_subject():
    # 'What is excluded ...?' asks for what the sentence's passive verb is said of: its subject
    q = "What is excluded when calculating revenue?"
    s = "Taxes collected on behalf of customers, principally sales taxes, are excluded from revenue."
    assert answer_phrase(q, s) == "Taxes collected on behalf of customers, principally sales taxes"


def test_a_scale_note_ending_the_sentence_is_no_part_of_the_answer():
    q = "What does the table show?"
    s = "The following table sets forth certain data derived from our Statements of Operations (in thousands):"
    assert answer_phrase(q, s) == "sets forth certain data derived from our Statements of Operations"


def test_a_sentence_listing_what_a_term_covers_defines_it_whole():
    # 'What is X?' answered by 'X include(s) / consist(s) of ...': the sentence whole, past a ';' too;
    # 'X is / represents ...' is answered by what it is said to be
    assert answer_phrase("What is Tax Fees?", "Tax Fees include fees billed for tax compliance; tax consultations.") == \
        "Tax Fees include fees billed for tax compliance; tax consultations"
    assert answer_phrase("What is Trade receivables?", "Trade receivables are amounts due from customers.") == \
        "amounts due from customers"
    assert answer_phrase("What is aggregate intrinsic value?",
                         "Aggregate intrinsic value represents the value of the closing stock price in excess of the "
                         "exercise price.") == "the value of the closing stock price in excess of the exercise price"


def test_an_aside_putting_a_figure_on_the_last_words_ends_the_answer():
    q = "What is the change in the benefit obligation recognized as?"
    s = ("The change in the benefit obligation was recognized as part of the net actuarial loss, subject to amortization "
         "over the remaining life of participants, which was approximately 16 years as of December 31, 2019.")
    assert answer_phrase(q, s) == \
        "part of the net actuarial loss, subject to amortization over the remaining life of participants"


def test_an_implication_is_what_follows_from_the_condition():
    q = "What is the implication for reserving debit elements?"
    s = "However, if any of the debit elements is reversed, the special reserve may be released for distribution."
    assert answer_phrase(q, s) == "the special reserve may be released for distribution"


def test_how_often_is_answered_by_the_frequency():
    q = "How often does the company review the actuarial assumptions?"
    s = "The benefit cost is based on actuarial assumptions that are reviewed on an annual basis."
    assert lead_phrase(q, (), (), s) == "annual basis"
    assert lead_phrase("How often are dividends paid?", (), (), "Dividends are paid quarterly.") == "quarterly"


def test_a_duration_asked_keeps_its_time_unit_and_a_change_asked_takes_the_percent_given():
    from test_extractive import evidence

    from rag.extractive.pick import pick_figures

    for q, s, want in (("What is the average duration of the accounts receivable?",
                        "The average duration of our accounts receivable is approximately 25 days.", "approximately 25 days"),
                       ("How much did Hotels sales increase by?", "Hotels sales increased by 3.7% in the year.", "3.7%")):
        _, slots, ev = evidence(q, s)
        assert [f.text for f in pick_figures(ev[0].text, ev[0].figures, slots)] == [want]


def test_a_close_rival_quote_makes_way_for_the_best_sentences_phrase():
    from test_extractive import context

    from rag.extractive.answerer import ExtractiveAnswerer

    q = "When is the quantitative impairment test necessary?"
    condition = ("when either the company does not use the optional assessment or, as a result of the optional "
                 "assessment, it is not more likely than not that the fair value of the reporting unit is greater "
                 "than its carrying value")
    best = f"The quantitative impairment test is necessary {condition}."
    rival = ("In situations in which an entity's quantitative impairment test is not necessary, the entity "
             "considers the totality of events and circumstances that affect the fair value of the reporting unit, "
             "including its market capitalization, its carrying value and its expected cash flows in later years.")
    answer = ExtractiveAnswerer(threshold=-5, max_chars=600).answer(context(q, best, rival))
    assert answer.answer.startswith(f"**{condition}**.") and best in answer.answer
    # with room for a window of the rival, it stays, cut to its words nearest the question's
    answer = ExtractiveAnswerer(threshold=-5, max_chars=700).answer(context(q, best, rival))
    assert answer.answer.startswith(f"**{condition}**.") and best in answer.answer
    assert "[2]" in answer.answer and "…" in answer.answer and len(answer.answer) <= 700

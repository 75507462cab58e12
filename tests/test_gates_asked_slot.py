"""Near misses whose uncovered slot a bold figure would hide: a name, a per-month count, an activity, a margin."""

from __future__ import annotations

from rag.extractive.gates_asked_slot import (activities, activity_other, aside_only, count_per_period, margin_named,
                                             name_not_figure, sub_year_periods)
from tests.test_extractive import decision


def test_a_name_asked_is_not_answered_by_a_figure():
    text = "By May 2025, the number of global AI unicorns exceeded 370."
    assert name_not_figure(decision("What database does the paper cite for its count of AI unicorns?", text)) \
        == "the reports give a figure, not the database asked"
    # an amount asked as well, or a sentence naming the kind asked, passes
    assert name_not_figure(decision("How many AI unicorns does the database count?", text)) is None
    named = "The Tianyancha database counts over 370 AI unicorns."
    assert name_not_figure(decision("What database does the paper cite for its count of AI unicorns?", named)) is None


def test_the_sub_year_periods_a_text_states():
    assert sub_year_periods("How many new downloads each month?") == {"month"}
    assert sub_year_periods("15M downloads per day") == {"day"}
    assert sub_year_periods("How many monthly active users?") == set()  # a variant of the count, no rate
    assert sub_year_periods("downloads in 2024") == set()


def test_a_total_answers_no_count_per_month():
    text = "The plug-in has exceeded 15M downloads, with monthly growth of 20-30%."
    assert count_per_period(decision("How many new downloads does the plug-in add each month?", text)) \
        == "the reports give a total, not a count per month"
    monthly = "The plug-in adds 2M downloads a month."
    assert count_per_period(decision("How many new downloads does the plug-in add each month?", monthly)) is None
    # a yearly rate is left alone: a year's figure is written without 'per year'
    assert count_per_period(decision("How many downloads does the plug-in add each year?", text)) is None


def test_data_stored_answers_no_data_generated():
    assert activities("China's data storage capacity") == {"stored"}
    assert activities("How much data will China generate?") == {"generated"}
    stored = "China's data storage capacity is projected to rise to 1,800 EB by 2025."
    assert activity_other(decision("How much data is China expected to generate in 2025?", stored)) \
        == "the reports give the amount stored, not generated"
    both = "In 2024, China generated 41.06 ZB of data but stored only 2.09 ZB."
    assert activity_other(decision("How much data did China generate in 2024?", both)) is None
    assert activity_other(decision("How much data storage will China have in 2025?", stored)) is None


def test_a_margin_asked_needs_a_passage_naming_a_margin():
    assert margin_named(decision("What is the profit margin of C-end applications?", "C end, 50%")) \
        == "the reports do not give the margin asked"
    assert margin_named(decision("What is the profit margin of C-end applications?",
                                 "C-end applications had a margin of 12%.")) is None
    assert margin_named(decision("What share of C-end applications are profitable?", "C end, 50%")) is None
    # a sentence quoted with no figure gives no margin either, unless its passage names one
    plain = "B-end applications are the main commercial battlefield, with strong payment willingness."
    assert margin_named(decision("What profit margin do vendors earn on API calls?", plain)) \
        == "the reports do not give the margin asked"
    assert margin_named(decision("What profit margin do vendors earn on API calls?",
                                 "Vendors earn thin margins on API calls.")) is None



def test_a_margin_between_two_named_things_is_their_difference_not_a_ratio():
    q = "What was the margin between the average realised price and the total unit cost in FY2024?"
    assert margin_named(decision(q, "Average realised price (A$/dmt) — FY2024: 1,520; FY2023: 5,840")) is None


def test_a_term_named_only_in_a_hedged_aside_is_not_what_is_counted():
    text = "Nearly 50% of apps operate on free models (possibly relying on advertising revenue), and 29% on subscriptions."
    assert aside_only(decision("What share of apps rely on advertising revenue?", text)) \
        == "the reports only guess at 'revenue', in an aside"
    plain = "Nearly 50% of apps rely on advertising revenue (possibly with data sales), and 29% on subscriptions."
    assert aside_only(decision("What share of apps rely on advertising revenue?", plain)) is None
    # an aside that does not hedge ('(mainly advertising)') says what is counted
    sure = "Nearly 50% of apps earn from free models (mainly advertising revenue)."
    assert aside_only(decision("What share of apps earn advertising revenue?", sure)) is None

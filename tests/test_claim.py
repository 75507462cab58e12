"""Whose figure, and when (rag/extractive/claim.py), and the gates that read it, on the smallest
input without the embedding model (helpers from tests/test_extractive.py)."""

from __future__ import annotations

import pytest

from ingest.figures import parse_figures
from rag.extractive import gates
from rag.extractive.claim import claim, dated, owner
from tests.test_extractive import decision

FILLER = ("The market grew fast in 2024.", "Robots spread across factories.", "Capital flowed to chips.")


def _fig(text: str, shown: str):
    return next(f for f in parse_figures(text) if f.text == shown)


@pytest.mark.parametrize("before, whose", [
    ("In 2024, global AI financing exceeded ", "world"),
    ("Driven by China and the U.S., the global market grew to ", "world"),
    ("Global financing reached RMB 590B, of which China took ", "China"),
    ("Since 2022, China's AI investment has stabilized at ", "China"),
    # a possessive whose apostrophe extraction dropped ('Chinas') is still the place
    ("The AI market in Chinas algorithm framework reached ", "China"),
    # a world word naming the whole a share is taken of is not the owner
    ("The U.S. dominated with 78% of global AI financing (avg. deal size ", "U.S."),
    ("China's share of the global market reached ", "China"),
    # the world a place leads is what it is ranked against, not the figure's owner
    ("Brazil now leads the world with ", "Brazil"),
    # the pronoun 'us' is no place; 'USD' is no 'US'
    ("Let us note that revenue was ", None),
    ("Revenue was USD ", None),
])
def test_the_scope_named_nearest_before_a_figure_owns_it(before, whose):
    assert owner(before) == whose


@pytest.mark.parametrize("text, shown, year", [
    ("Issued in 2024, by March 2025 a total of 451 services had been filed.", "451", 2025),
    ("The share rose from 72% in 2022 to 86% in 2024.", "86%", 2024),
    ("The share rose from 72% in 2022 to 86% in 2024.", "72%", 2022),
    # a base of a change, or the start of a span, dates no figure
    ("Since 2022, investment has stabilized at RMB 100B.", "RMB 100B", None),
    ("Early rounds accounted for 63% of deals, up 5 pct from 2023.", "63%", None),
    ("The gap narrowed from 10 pct in 2023-2024 to 2 pct.", "10 pct", None),
    # a year in another clause does not date it
    ("Revenue was 2.5 billion in 2023; profit grew to 40 million.", "40 million", None),
])
def test_the_year_a_figure_is_dated_by_its_own_clause(text, shown, year):
    assert dated(text, _fig(text, shown)) == year


def test_a_figure_dated_another_year_does_not_answer_for_the_year_asked():
    d = decision("How many services had been filed by March 2024?",
                 "Under rules issued in 2024, by March 2025 a total of 451 services had been filed.", *FILLER)
    assert d.figures and d.figures[0].text == "451"
    assert gates.figure_period(d) == "the reports give March 2025, not 2024"
    d = decision("How many services had been filed by March 2025?",
                 "Under rules issued in 2024, by March 2025 a total of 451 services had been filed.", *FILLER)
    assert gates.figure_period(d) is None
    # a bare year is no calendar date: fiscal years are labelled apart from the calendar
    d = decision("How many services had been filed in 2024?",
                 "Under rules issued in 2024, by 2025 a total of 451 services had been filed.", *FILLER)
    assert gates.figure_period(d) is None
    # a figure the sentence gives as a rise from a base year is not dated by that base
    d = decision("What share of deals were early rounds in March 2024?",
                 "Early rounds accounted for 63% of deals, up 5 pct from 2023.", *FILLER)
    assert gates.figure_period(d) is None


def test_a_places_figure_does_not_answer_a_global_question():
    d = decision("How much did global AI financing total in 2022?",
                 "Since 2022, Brazil's AI investment has stabilized at RMB 100 billion.", *FILLER)
    assert gates.figure_owner(d) == "the reports give the figure for Brazil, not the global one"
    d = decision("How much did global AI financing total in 2024?",
                 "In 2024, global AI financing exceeded RMB 590 billion.", *FILLER)
    assert gates.figure_owner(d) is None
    # a sentence that speaks of the world too is left to the scores
    d = decision("How much did global AI financing total in 2024?",
                 "Led by Brazil, global AI financing exceeded RMB 590 billion in 2024.", *FILLER)
    assert gates.figure_owner(d) is None


def test_a_place_leading_the_world_names_the_other_place_asked_in_the_same_sentence():
    d = decision("How many models does India have?",
                 "Brazil now leads the world with 1,509 models, while India keeps its edge through depth.", *FILLER)
    assert gates.world_figure(d) is None


def test_a_share_of_the_global_total_belongs_to_the_place_that_holds_it():
    q = "What was the average AI deal size in Brazil in 2024?"
    d = decision(q, "In 2024, Brazil dominated with 78% of global AI financing (average deal size RMB 1.55 billion).",
                 *FILLER)
    assert d.figures and "1.55" in d.figures[0].text
    assert gates.world_figure(d) is None
    assert claim(d.best.text, d.figures[0]).owner == "Brazil"


def test_the_currency_of_a_figure_is_no_other_subject():
    from rag.extractive.claim import without_figures
    text = "The market is expected to grow from RMB 8.5B in 2025 to over RMB 1.1T by 2075."
    assert "RMB" not in without_figures(text, [f for f in parse_figures(text) if f.unit == "money"])
    q = "What growth is forecast for the Zentro market?"
    d = decision(q, "The Zentro market is a new field. The market is expected to grow from RMB 8.5B in 2025 "
                    "to over RMB 1.1T by 2075.", *FILLER)
    assert "1.1T" in d.best.text and gates.named_subject(d) is None
    # a sentence naming another subject still does not answer for the one asked
    d = decision(q, "The Orbis market is expected to grow from RMB 8.5B in 2025 to over RMB 1.1T by 2075.", *FILLER)
    assert "Orbis" in d.best.text and gates.named_subject(d) is not None


@pytest.mark.parametrize("text, shown", [
    ("At December 31, 2019 and 2018, the balance was $5.2 million and $4.1 million.", "$5.2 million"),
    ("In 2018 and 2019, sales were 12 and 14.", "12"),
    ("Sales grew 5% in 2018 to 2019.", "5%"),
])
def test_a_year_in_a_list_or_span_of_years_dates_no_figure(text, shown):
    assert dated(text, _fig(text, shown)) is None


def test_a_qualifier_after_an_auxiliary_is_a_verb_not_a_variant():
    from rag.extractive.slots import parse
    assert parse("How many AI companies were operating worldwide in 2024?").qualifiers == ()
    assert parse("Which labs are training models?").qualifiers == ()
    assert parse("What was the operating income in 2019?").qualifiers == ("operating",)
    # a predicate adjective is still the variant asked
    assert parse("What share of the models filed were open-source models?").qualifiers == ("open-source",)

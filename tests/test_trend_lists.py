"""Trend, explanation and list answers on the smallest inputs (strings written for the test, not gold
wording; no embedding model, no index):

- a trend asked over a period is answered by the metric's levels at both ends of it (a figure dated
  each end, not a change 'up 2.1 from 2019');
- a direction word (rise, decline, slow, stabilise, recover) in a sentence answers a trend question
  even without a figure: the unit asked is no gap in it, and no unit gate fires on it;
- an outlook asked with no year is answered by the sentence stating the future direction;
- a 'how does X <verb>' question asks a manner or a mechanism (an explanation), even when it names
  two things with 'between A and B'; 'how does X compare' and 'how did X change' do not;
- a clause after a means connective ('through ...', 'thereby ...'), a difficulty located ('the pain
  points lie in ...') or a mechanism stated ('the core mechanism involves ...') explains;
- a sentence opening with a pronoun ('They ...') continues the one before it;
- of two enumerations within reach, the one naming more of what is asked lists it;
- a hyphenated name ('B-before-C') is found hyphenated or spaced;
- a list asked by a heading's own words is answered by the short title lines under that heading;
- a row line 'Label: a; b; c' whose label the question names lists that label's items;
- a clause 'In <scope>, <subject> offer A, B and C' lists what the subject offers in that scope."""

from __future__ import annotations

import pytest

from ingest.figures import parse_figures
from rag.extractive.answerer import ExtractiveAnswerer
from rag.extractive.explaining import explaining, explains
from rag.extractive.features import Evidence
from rag.extractive.listing import heading_items, row_items
from rag.extractive.slots import parse
from rag.extractive.trend import ends_asked, gives_ends, states_direction
from test_extractive import context, evidence


# -- a trend over a period: the levels at both ends ----------------------------------------------------
def test_the_ends_of_a_period_asked():
    assert ends_asked(parse("How has the fleet size changed between 2019 and the end of 2023?")) == (2019, 2023)
    assert ends_asked(parse("How has the fleet size evolved since 2019?")) is None  # an open end: two sentences answer as well
    assert ends_asked(parse("What was the fleet size in 2023?")) is None  # no trend asked


@pytest.mark.parametrize("text, ends, gives", [
    ("By the end of 2023, registered vehicles reached 310.2 million, up from 260.1 million in 2019.", (2019, 2023), True),
    ("The registration rate stood at 45.0% in 2023, up 2.1 from 2019.", (2019, 2023), False),  # one level and a change
    ("Sales are expected to rise from EUR 4.1B in 2025 to EUR 9.9B by 2030.", (2025, 2030), True),
    ("Sales are expected to reach EUR 9.9B by 2030.", (2025, 2030), False),  # one end only
    ("Sales rose from EUR 4.1B in 2019 to EUR 6.3B in 2024.", (2019, None), True),  # since 2019: any later year
])
def test_a_sentence_gives_the_levels_at_both_ends(text, ends, gives):
    assert gives_ends(text, parse_figures(text), ends) is gives


def test_the_sentence_with_both_ends_answers_a_trend_over_a_period():
    q = "How has the number of registered vehicles changed between 2019 and 2023?"
    rate = "The registration rate of vehicles stood at 45.0% in 2023, up 2.1 from 2019."
    levels = "By the end of 2023, registered cars reached 310.2 million, marking an increase from 260.1 million in 2019."
    _, _, ev = evidence(q, f"{rate} {levels}")
    assert ev[0].text == levels


# -- a direction stated in words -----------------------------------------------------------------------
@pytest.mark.parametrize("text, said", [
    ("The country's real wage growth slowed sharply in 2020 and 2021, but is expected to recover.", True),
    ("Growth of per capita income is expected to decline in the future due to an ageing population.", True),
    ("Output will stabilize over the coming years.", True),
    ("Per capita disposable income, urban and rural, 2020-2029E", False),  # a chart title
    ("The survey covered 1,200 households in 2023.", False),
])
def test_a_direction_word_states_a_trend(text, said):
    assert states_direction(text) is said


def test_a_trend_stated_in_words_answers_without_a_figure():
    q = "How has the country's real wage growth behaved since 2019?"
    words = "The country's real wage growth slowed sharply in 2020 and 2021, but is expected to recover in the future."
    title = "Real wage growth rates, 2019-2028E"
    a = ExtractiveAnswerer(threshold=-5).answer(context(q, f"{title}\n{words}"))
    assert not a.abstained, a.answer
    assert words in a.answer


def test_an_outlook_is_the_sentence_stating_the_future_direction():
    q = "What is the outlook for growth in household income in the country?"
    past = "Household income per head increased by 4.6% to EUR 54.2 thousand in 2024."
    ahead = "The growth rate of household income is expected to slow in the future due to an ageing population."
    _, _, ev = evidence(q, f"{past} {ahead}")
    assert ev[0].text == ahead


# -- explanations ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("question, shape", [
    ("How does the hybrid setup split tasks between servers and phones?", "explanation"),
    ("How do edge devices share the load between local chips and the cloud?", "explanation"),
    ("How does Model A compare with Model B on the index?", "comparison"),
    ("How does the share of open models change between 2022 and 2024?", "comparison"),  # a trend of two ends
])
def test_how_does_x_verb_asks_a_manner_even_between_two_things(question, shape):
    assert parse(question).shape == shape


@pytest.mark.parametrize("text", [
    "The platform, through dynamic task scheduling, combines both: servers handle heavy jobs while phones answer fast.",
    "This approach guides models to solve problems proactively, thereby enhancing their reasoning.",
    "The core pain points lie in users' low willingness to pay for basic functions.",
    "The core mechanism involves generating reward signals for model outputs.",
])
def test_a_means_a_difficulty_or_a_mechanism_explains(text):
    assert explains(text)


@pytest.mark.parametrize("text", [
    "Revenue grew through 2024.",  # a period, not a means
    "The market reached USD 5 billion in 2024.",
])
def test_plain_statements_do_not_explain(text):
    assert not explains(text)


def _ev(i: int, text: str, score: float, overlap: float = 0.3) -> Evidence:
    return Evidence(0, i, text, parse_figures(text), set(), set(), False, True, features={"overlap": overlap}, score=score)


def test_a_sentence_opening_with_a_pronoun_continues_the_one_before():
    best = _ev(0, "Although drafting is a basic capability, firms remain cautious in using it.", 0.53)
    they = _ev(1, "They mostly use it for reports, but wider use is restricted by errors and other problems.", 0.44)
    got = explaining([best, they], best, lambda e: True, 0.85)
    assert got.text == they.text and got.score == best.score


# -- a list under a heading ---------------------------------------------------------------------------
HEADED = ("Entry barriers\nScale of the installed base\n- Incumbents serve most sites, which lowers their unit costs.\n"
          "Service networks\n- A dense service network takes years to build.\nRegulatory approvals\n"
          "- Each robot model must be certified.")


def test_the_title_lines_under_a_heading_the_question_names_are_its_items():
    got = heading_items(HEADED, parse("What are the entry barriers in the robotics industry?").terms)
    assert got is not None
    assert got[1] == ["Scale of the installed base", "Service networks", "Regulatory approvals"]
    assert heading_items(HEADED, parse("What are the main growth drivers of robotics?").terms) is None


def test_a_list_question_is_answered_by_the_items_under_its_heading_not_by_a_notice_scoring_higher():
    q = "What are the entry barriers in the robotics industry according to Acme?"
    notice = ("Robotics Industry Report\nThis document contains highly confidential information and is the sole "
              "property of Acme.\nNo part of it may be circulated, quoted, copied or otherwise reproduced without "
              "the written approval of Acme.")
    a = ExtractiveAnswerer(threshold=-5).answer(context(q, notice, HEADED, publisher="Acme"))
    assert not a.abstained and "confidential" not in a.answer
    for item in ("Scale of the installed base", "Service networks", "Regulatory approvals"):
        assert item in a.answer


def test_of_two_enumerations_the_one_naming_more_of_what_is_asked_is_quoted():
    from rag.extractive.explaining import enumerating

    top = _ev(0, "Edge computing is becoming a key direction.", 0.47, overlap=0.49)
    vendors = _ev(1, "Providers such as Acme, Beta, and Gamma also offer edge services.", 0.42, overlap=0.36)
    fields = _ev(2, "It is reshaping service models in retail, logistics, and mining.", 0.40, overlap=0.44)
    subject = tuple(parse("In which fields is edge computing reshaping service models?").subject)
    assert enumerating([top, vendors, fields], top, lambda e: True, 0.8, subject) is fields


@pytest.mark.parametrize("text, named", [
    ('the industry adopted a "b before c" strategy', True),
    ("the industry adopted a b-before-c strategy", True),
    ("b2b sales came before consumer sales", False),
])
def test_a_hyphenated_name_is_found_hyphenated_or_spaced(text, named):
    from rag.extractive.names import mentions

    assert mentions(text, "B-before-C") is named


def test_a_shift_towards_something_states_where_a_trend_heads():
    """'Where is X heading' is answered by a sentence saying what X is moving towards, figure or not."""
    from rag.extractive.trend import states_direction

    assert states_direction("The overall trend is shifting from simple code completion towards coding agents.")
    assert states_direction("Buyers are moving away from pilots toward production deployments.")
    assert not states_direction("The team moved to Shanghai in 2021.")  # a move to a place, no direction of a trend
    assert not states_direction("Coding assistants are used by 40% of developers.")


def test_a_row_line_lists_the_items_of_the_label_the_question_names():
    text = "Retail\nUse cases\nRetail: Demand forecasting; Shelf monitoring\nDemand forecasting\n- Predicting sales."
    assert row_items(text, parse("Which retail use cases does the slide list?").terms) == (
        "Retail", ["Demand forecasting", "Shelf monitoring"])
    assert row_items(text, parse("Which energy use cases does the slide list?").terms) is None  # another label
    assert row_items("Revenue: 4,411; 4,044", parse("What was revenue?").terms) is None  # figures, no items
    assert row_items("Rank: 10; Company name: MiniMax", parse("Which company has rank 10?").terms) is None  # a table row


def test_a_clause_in_the_scope_asked_lists_what_its_subject_offers():
    from rag.extractive.scoped import scoped_items
    text = ("For example: In retail, service robots offer shelf scanning, guided shopping and night patrols, "
            "thereby cutting costs; In logistics, service robots offer sorting, loading and tracking.")
    got = scoped_items(text, parse("Which services do service robots provide in retail?").terms)
    assert got == ("In retail, service robots offer shelf scanning, guided shopping and night patrols",
                   "shelf scanning, guided shopping and night patrols")
    assert scoped_items(text, parse("Which services do drones provide in retail?").terms) is None  # another subject
    assert scoped_items("In retail, robots offer scanning.", parse("What do robots offer in retail?").terms) is None  # one item

"""'In which year did X ...' asks a date: the time of one event, answered by the year its sentence gives,
not a list of the plural it names nor a phrase of the sentence."""

from rag.extractive.answerer import ExtractiveAnswerer
from rag.extractive.phrase import answer_phrase
from rag.extractive.slots import parse
from tests.test_extractive import context


def test_a_year_asked_is_a_time_of_figure_shape():
    for q in ("In which year did models like Midjourney impress the world?",
              "Around what year did leading models approach real photographs?", "What year did the fund close?"):
        s = parse(q)
        assert (s.shape, s.asks) == ("figure", "time"), q
    assert parse("Which year had higher revenue, 2019 or 2018?").shape == "which"  # years ranked
    assert parse("What years does the plan cover?").asks != "time"  # a plural asks a span, not one date


def test_the_year_of_the_sentence_answers_a_year_asked():
    q = "In which year did models like Midjourney impress the world?"
    assert answer_phrase(q, "In 2022, models like Midjourney impressed the world with striking outputs.") == "2022"
    answer = ExtractiveAnswerer(threshold=0.0).answer(
        context(q, "In 2022, models like Midjourney impressed the world with striking outputs, sparking growth."))
    assert answer.answer.startswith("**2022**")


def test_the_year_a_series_peaks_is_not_an_event_date():
    assert parse("In which year did the country's financing peak between 2015 and 2024?").asks != "time"
    assert parse("In which year was revenue highest?").asks != "time"


def test_the_date_leading_a_time_answer_is_its_figure():
    q = "In which year did models like Midjourney impress the world?"
    answer = ExtractiveAnswerer(threshold=0.0).answer(
        context(q, "In 2022, models like Midjourney impressed the world with striking outputs, sparking growth."))
    assert answer.figure == "2022"

"""A lead the answer check doubts most for its date (the figure is of another year than the one asked)
is no answer: the reports give another year, and the answer says so instead of hedging the figure."""

from rag.extractive.answerer import ExtractiveAnswerer
from rag.extractive.verify import SAYS
from tests.test_extractive import context

# the passage names 2024 elsewhere, so no period gate refuses it: the lead's own date does
OTHER_YEAR = "In 2024, 300 models were released. By July 2025, 9 of the top 10 models on the trending list were developed in China."


def test_a_figure_of_another_year_than_asked_abstains_saying_so():
    ctx = context("How many of the top 10 models on the trending list were Chinese at the end of 2024?", OTHER_YEAR)
    answer = ExtractiveAnswerer(threshold=-5).answer(ctx)
    assert answer.abstained and SAYS["claim_year_other"] in answer.answer


def test_the_year_asked_answers():
    ctx = context("How many of the top 10 models on the trending list were Chinese in July 2025?", OTHER_YEAR)
    answer = ExtractiveAnswerer(threshold=-5).answer(ctx)
    assert not answer.abstained and "9" in answer.answer

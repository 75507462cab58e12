"""Comparison and which-is-larger composition (session 28): the smallest questions and sentences, no model."""

from __future__ import annotations

import pytest

from rag.extractive.choice import answer_choice, coordinated
from tests.test_extractive import evidence

SPENDING = ("In 2024, urban residents' spending increased by 4.7%, reaching RMB 34.5 thousand, while rural "
            "residents' consumption grew by 6.1%, surpassing RMB 19 thousand.")
FILED = "Of the 309 models filed, language/vision/multimodal models accounted for 78%, 12%, and 10%."


@pytest.mark.parametrize("question, names, kind", [
    ("How did urban and rural per capita consumption in China compare in 2024?", ("urban", "rural"), "comparison"),
    ("Which grew faster in 2024, urban or rural per capita consumption in China?", ("urban", "rural"), "choice"),
    ("What were the shares of general versus vertical models among the filed models?", ("general", "vertical"),
     "comparison"),
])
def test_modifiers_sharing_a_noun_are_the_alternatives(question, names, kind):
    alt = coordinated(question)
    assert alt is not None and alt.names == names and alt.kind == kind


@pytest.mark.parametrize("question", [
    "Which ranks higher, Kling or Runway Gen 4?",  # a name going on capitalised shares no noun
    "How do Grok 4 and Claude 4.5 Sonnet compare on the index?",
    "What was revenue in 2024?",
])
def test_no_shared_noun(question):
    assert coordinated(question) is None


def _ask(question, *texts):
    ctx, slots, ev = evidence(question, *texts)
    return answer_choice(ctx, slots, ev, "extractive")


def test_a_comparison_of_coordinated_modifiers_leads_with_each_figure():
    a = _ask("How did urban and rural per capita consumption growth compare in 2024?", SPENDING)
    assert a is not None and a.answer.startswith("**4.7% vs 6.1%** (urban: 4.7% [1] vs rural: 6.1% [1])")


def test_a_choice_of_coordinated_modifiers_leads_with_the_larger():
    a = _ask("Which grew faster in 2024, urban or rural per capita consumption?", SPENDING)
    assert a is not None and a.figure == "rural"


def test_slashed_items_take_their_figures_in_order():
    a = _ask("How did the shares of language and vision models among filed models compare?", FILED)
    assert a is not None and a.answer.startswith("**78% vs 12%**")

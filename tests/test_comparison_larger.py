"""Comparison and which-is-larger composition: the smallest questions and sentences, no model."""

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


# -- a joint figure, a missing side ----------------------------------------------------------------
from rag.extractive.lead_doubt import joint_figure  # noqa: E402
from rag.extractive.pick import pick_figures  # noqa: E402
from rag.extractive.slots import parse  # noqa: E402

JOINT = "In 2024, global AI financing doubled, with China and the United States together representing 92%."
EACH = "In 2024, the United States took 78% of global AI financing and China 14%."


def _lead(question, text):
    ctx, slots, ev = evidence(question, text)
    best = ev[0]
    return slots, best, pick_figures(best.text, best.figures, slots)


def test_a_figure_of_the_compared_sides_together_is_doubted():
    assert joint_figure(*_lead("How did the U.S. and China compare in their share of AI financing in 2024?", JOINT))


@pytest.mark.parametrize("question, text", [
    ("How did the U.S. and China compare in their share of AI financing in 2024?", EACH),  # each its own figure
    ("What share of AI financing did China and the U.S. hold together in 2024?", JOINT),  # the joint share asked
])
def test_no_joint_doubt(question, text):
    assert joint_figure(*_lead(question, text)) is None


# -- a superlative over a list the next sentence dates --------------------------------------------
from rag.extractive.superlative import largest_listed  # noqa: E402

GAPS = ("In 2023, top models outperformed others by 17.5%, 13.5%, and 31.6% on benchmarks such as MMLU, MATH, and "
        "HumanEval. By the end of 2024, these gaps had narrowed to 0.3%, 8.1%, and 3.7%, respectively.")


@pytest.mark.parametrize("question, name", [
    ("Which benchmark showed the smallest gap by the end of 2024?", "MMLU"),
    ("Which benchmark showed the widest gap at the end of 2024?", "MATH"),
    ("Which benchmark showed the widest gap in 2023?", "HumanEval"),
])
def test_a_superlative_of_a_year_reads_the_list_of_that_year(question, name):
    ctx, slots, ev = evidence(question, GAPS)
    a = largest_listed(ctx, slots, ev, "extractive", 0.0)
    assert a is not None and a.figure == name


def test_a_list_of_another_year_with_no_sentence_for_the_year_asked_answers_nothing():
    ctx, slots, ev = evidence("Which benchmark showed the widest gap in 2025?", GAPS.split(" By the end")[0])
    assert largest_listed(ctx, slots, ev, "extractive", 0.0) is None


# -- shapes: the low end, an owner before the amount, a gap between two sides, two places each ----------------
@pytest.mark.parametrize("question, shape", [
    ("Which scenario got the least investment, knowledge Q&A or digital humans?", "which"),
    ("Which country has fewer AI enterprises, the U.S. or China?", "which"),
    ("What shares of the world's AI companies were in the U.S. and in China as of 1H 2024?", "comparison"),
    ("What was the U.S. lead over Chinese models on HumanEval at the end of 2024?", "figure"),
    ("What was the gap between U.S. and Chinese models on MMMU at the end of 2024?", "figure"),
    ("What models lead the video arena?", "list"),
])
def test_shapes(question, shape):
    assert parse(question).shape == shape


# -- a sentence referring back to a list -------------------------------------------------------------
from rag.extractive.carried import carried_figure  # noqa: E402


def test_a_sentence_referring_back_gives_the_figure_at_the_place_of_the_name_asked():
    ctx, slots, ev = evidence("What was the gap on HumanEval at the end of 2024?", GAPS)
    later = next(e for e in ev if e.text.startswith("By the end"))
    figs = carried_figure(("HumanEval",), ev, later)
    assert figs is not None and figs[0].text == "3.7%"
    assert carried_figure(("GPQA",), ev, later) is None  # a name the list does not hold
    first = next(e for e in ev if e.text.startswith("In 2023"))
    assert carried_figure(("HumanEval",), ev, first) is None  # refers back to nothing


from rag.extractive.sides import no_alternative_led  # noqa: E402


@pytest.mark.parametrize("question, shown, doubted", [
    ("Which drew less investment, knowledge Q&A or digital humans?", "**over 700 million yuan**. Overall ...", True),
    ("Which drew less investment, knowledge Q&A or digital humans?", "**knowledge Q&A** (knowledge Q&A: 158 ...", False),
    ("Which drew less investment, knowledge Q&A or digital humans, and by how much?", "**12 million yuan** ...", False),
    ("How did investment in knowledge Q&A compare with digital humans?", "**158 million** ...", False),  # no choice
])
def test_a_choice_led_by_neither_alternative_is_doubted(question, shown, doubted):
    assert bool(no_alternative_led(question, shown)) == doubted


# -- years compared, figures before their names, the shorter side coordinated -----------------------
PROJECTS = ("The market disclosed 92 projects with 790 million yuan in funding in 2023, while this figure rose to "
            "1,520 projects with 6.47 billion yuan in 2024.")
UNICORNS = "Europe: About 20 in the UK and 6-8 in Israel."


def test_a_choice_of_years_compares_the_figures_the_sentence_dates_each_year():
    a = _ask("Which year had more funding disclosed, 2023 or 2024?", PROJECTS)
    assert a is not None and a.figure == "2024"


def test_figures_written_before_their_names_are_theirs():
    a = _ask("Which has more AI unicorns, the UK or Israel?", UNICORNS)
    assert a is not None and a.figure == "UK" and "UK: 20 [1] vs Israel: 6-8" in a.answer


def test_the_shorter_side_names_the_modifier_of_the_longer():
    alt = coordinated("Which was higher in 2024, urban per capita income growth or rural?")
    assert alt is not None and alt.names == ("urban", "rural")


def test_a_comparative_word_narrows_no_measure():
    from rag.extractive.gates_measure import narrowing_words
    assert narrowing_words(parse("Which year saw more AI financing deals in China, 2021 or 2024?")) == []
    assert narrowing_words(parse("What was the urbanization rate of the U.S.?")) == [["urbanization"]]


# -- one alternative's name inside another's ---------------------------------------------------------
from rag.extractive.alt_figures import longest_mentions  # noqa: E402
from rag.extractive.choice import alternatives, figures_for  # noqa: E402


def test_a_longer_alternative_named_is_no_mention_of_the_shorter():
    assert longest_mentions([(9, "Grok 4"), (9, "Grok 4 Fast"), (40, "Grok 4")]) == [(9, "Grok 4 Fast"), (40, "Grok 4")]


def test_each_model_takes_its_own_row_when_one_name_holds_the_other():
    q = "Which model scores higher on the index, Grok 4 or Grok 4 Fast?"
    ctx, slots, ev = evidence(q, "Rank: 7; Model: Grok 4 Fast; Index: 60\nRank: 3; Model: Grok 4; Index: 65")
    found = figures_for(alternatives(q).names, ev, slots)
    assert [f.text for f, _ in found] == ["65", "60"]

"""One item of a group asked, the group's figure given, on the smallest input without the embedding
model: an example in brackets or one of several things a figure is said of together answers nothing
of that one item."""

from __future__ import annotations

from rag.extractive import gates
from rag.extractive.gates_group import item_of_group
from tests.test_extractive import decision

FILLER = ("The market grew fast in 2024.", "Robots spread across factories.", "Capital flowed to chips.")


def test_an_example_in_brackets_is_not_given_the_category_figure():
    row = "In 2024, 32.7% of incidents stemmed from flaws in systems (such as data leaks, drift, and bias)."
    d = decision("What share of incidents in 2024 stemmed from data leaks?", row, *FILLER)
    assert "data leaks" in (item_of_group(d) or "")
    assert gates.first_gate(d)[0] == "item_of_group"
    # the category the figure is of is asked: answered
    assert item_of_group(decision("What share of incidents in 2024 stemmed from flaws in systems?", row, *FILLER)) is None


def test_one_of_several_things_a_figure_is_said_of_together():
    pair = "Under the lead of Zembla and Borvia, their share of new models rose to 86% in 2024."
    assert "Zembla" in (item_of_group(decision("What share of new models came from Zembla in 2024?", pair, *FILLER)) or "")
    listed = "The 850 models serve four scenarios: search, coding, dubbing and gaming, with a total investment of 700 million yuan."
    assert "gaming" in (item_of_group(decision("How much was invested in gaming among the 850 models?", listed, *FILLER)) or "")


def test_the_group_asked_or_figures_for_each_are_answers():
    pair = "Zembla and Borvia together held 92% of financing in 2024."
    assert item_of_group(decision("What share of financing did Zembla and Borvia hold together in 2024?", pair, *FILLER)) is None
    each = "Zembla and Borvia held 34% and 15% of financing, respectively."
    assert item_of_group(decision("What share of financing did Zembla hold?", each, *FILLER)) is None
    # an example list not in brackets names what the figures are of ('on benchmarks such as A, B and C')
    bare = "The gap was 17.5%, 13.5% and 24.3% on benchmarks such as MMLU, MATH and HumanEval."
    assert item_of_group(decision("What was the gap on MATH?", bare, *FILLER)) is None

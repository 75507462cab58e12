"""Parallel diagram labels asked by count: each opens with the same word, broken over short lines."""

from rag.extractive.parallel_labels import asked_count, parallel_labels
from rag.extractive.shape_cues import counted_items_asked

_DIAGRAM = ("Prose before the figure, long enough to be a sentence of its own here.\n"
            "Classification of things kind By colour\nshade\nRed\nthings\n"
            "By size class\nSmall\nthings\nBig\nthings\nBy use\narea\nTool\nthings")


def test_a_count_after_a_preposition_asks_a_list():
    assert counted_items_asked("Along which three dimensions does the paper classify things?")
    assert counted_items_asked("Into which two groups are the models divided?")


def test_asked_count():
    assert asked_count("Along which three dimensions are things classified?") == 3
    assert asked_count("Which dimensions are things classified by?") is None


def test_labels_open_with_the_same_word_and_go_on_in_lower_case():
    assert parallel_labels(_DIAGRAM, 3) == ["By colour shade", "By size class", "By use area"]


def test_no_labels_when_the_count_differs():
    assert parallel_labels(_DIAGRAM, 5) is None
    assert parallel_labels("One sentence of prose.\nAnother sentence of prose here.", 2) is None


def test_a_glued_label_counts():
    assert parallel_labels(_DIAGRAM, 2) is None  # three labels, the first glued to the title


def test_a_count_after_what_are_the_asks_labels():
    assert asked_count("What are the three panels of the demo?") == 3
    assert asked_count("What are the panels of the demo?") is None
    panels = "Panel 1: Chat view\nSome text here.\nPanel 2: Setup screen\nOk\nPanel 3: Voice menu\nConfirm"
    assert parallel_labels(panels, 3) == ["Panel 1: Chat view", "Panel 2: Setup screen", "Panel 3: Voice menu"]


def test_labels_differing_only_in_figures_are_values_not_items():
    fields = "Beijing hub\nNumber of firms: 116,000\nShanghai hub\nNumber of firms: 288,000\nOther\nNumber of firms: 95,000"
    assert parallel_labels(fields, 3) is None

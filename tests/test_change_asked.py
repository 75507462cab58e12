"""A change asked ('by how much did X rise', 'how many points') on the smallest inputs: the figure a
sentence gives as the change leads, not the level reached; 'points' and 'times' are no counted things."""

from __future__ import annotations

import pytest

from ingest.figures import parse_figures
from rag.extractive.gates import counted_named
from rag.extractive.pick import CHANGE_ASKED, is_change, pick_figures
from rag.extractive.slots import parse
from tests.test_extractive import evidence


@pytest.mark.parametrize("question, asked", [
    ("By how many points did the urbanization rate rise between 2020 and 2024?", True),
    ("How much did the share of early rounds change in 2024 versus 2023?", True),
    ("How far has the per-token cost fallen since GPT-4?", True),
    ("How much did global AI financing increase from 2023 to 2024?", True),
    ("How much did an urban resident spend in 2024, and how fast did it grow?", False),  # an amount, then a rate
    ("How much was revenue in 2024?", False),
])
def test_a_change_asked(question, asked):
    assert bool(CHANGE_ASKED.search(question)) == asked


@pytest.mark.parametrize("text, figure, change", [
    ("standing at 67.0% in 2024, up 3.1 from 2020", "3.1", True),
    ("standing at 67.0% in 2024, up 3.1 from 2020", "67.0%", False),
    ("spending increasing nominally by 4.7%, reaching RMB 34.5 thousand", "4.7%", True),
    ("with an increase of RMB 300 billion", "RMB 300 billion", True),
    ("the per-token cost dropping by over 99% since", "99%", True),
])
def test_a_figure_given_as_a_change(text, figure, change):
    f = next(f for f in parse_figures(text, with_years=False) if figure in text[f.start:f.end] or text[f.start:f.end] in figure)
    assert is_change(text, f) == change


def test_the_change_leads_over_the_level_of_the_year_asked():
    text = "The urbanization rate stood at 67.0% in 2024, up 3.1 from 2020."
    slots = parse("By how many points did the urbanization rate rise between 2020 and 2024?")
    picked = pick_figures(text, parse_figures(text), slots)
    assert picked and picked[0].text == "3.1"


def test_points_and_times_are_no_counted_things():
    ctx, slots, ev = evidence("By how many points did the urbanization rate rise?", "The rate rose 3.1 points to 67.0%.")
    assert counted_named(ctx, slots, ev[0]) is None

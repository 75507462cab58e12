"""plan_meeting: the items whose actual figure came out below (or above) their plan (no embedding model)."""

from __future__ import annotations

from ingest.tables import read_grid
from rag.extractive.plan_meeting import _SIDE, _pair

GRID = [["EUR million", "2024 Plan", "2024 Actual", "Variance", "2025 Budget"], ["Lines", "1,240", "1,118", "(122)", "1,460"],
        ["Substations", "780", "846", "66", "905"], ["Total", "2,020", "1,964", "(56)", "2,365"]]


def test_the_plan_side_asked_and_the_columns_of_the_year_named():
    assert _SIDE.search("How many categories spent less than planned in 2024?").group("down")
    assert _SIDE.search("How many revenue items came in below plan?").group("down")
    assert _SIDE.search("Which units exceeded their budget?").group("up")
    assert _SIDE.search("How many units had sales below a plan of 40?") is None
    t = read_grid(GRID, None).table
    assert _pair(t, "How many categories spent less than planned in 2024?") == ("2024 Actual", "2024 Plan")
    assert _pair(t, "How many categories spent less than planned?") is None  # two plans: no year, no one pair

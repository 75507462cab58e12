"""ranked.moved_years: the years a row's figure moved the way asked from the year just before (no embedding model)."""

from __future__ import annotations

from rag.extractive.cells import RowHit
from rag.extractive.passage_tables import tables_of
from rag.extractive.ranked import moved_years
from tests.test_shape_cues import _table_ctx

MARKET = [["Segment", "2019", "2020", "2021", "2022", "2023", "2024", "2030E"],
          ["K-12", "1,286", "2,034", "1,412", "386", "342", "358", "452"],
          ["Total", "3,440", "4,939", "4,889", "4,259", "4,643", "5,099", "8,133"]]


def _ask(question, years):
    ctx = _table_ctx(question, MARKET)
    passage, table = tables_of(ctx)[0]
    return moved_years(ctx, RowHit(passage, table, "Total", 1.0), question, years, "extractive")


def test_a_decline_year_on_year_counts_the_years_below_the_one_before_within_the_range():
    got = _ask("In how many years between 2019 and 2024 did the total market decline year on year?", (2019, 2024))
    assert got is not None and got.figure == "2" and "2021 and 2022" in got.answer
    got = _ask("In how many years between 2019 and 2024 did the total market grow?", (2019, 2024))
    assert got is not None and got.figure == "3"


def test_a_bound_or_a_gap_in_the_years_is_no_move_counted_here():
    assert _ask("In how many years did the total market grow by more than 10%?", (2019, 2024)) is None
    assert _ask("In how many years between 2023 and 2024 did the total market decline?", (2023, 2024)) is None

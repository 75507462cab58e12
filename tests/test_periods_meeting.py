"""periods_meeting: periods counted where the named row meets a bound or beats another row (no embedding model)."""

from __future__ import annotations

from rag.extractive.passage_tables import tables_of
from rag.extractive.periods_meeting import periods_meeting
from tests.test_shape_cues import _table_ctx

YEARS = [["", "2021", "2022", "2023", "2024", "2030E"], ["China", "1,150", "1,760", "2,720", "3,580", "9,800"],
         ["Europe", "360", "480", "640", "850", "2,900"], ["World", "1,510", "2,240", "3,360", "4,430", "12,700"]]
QUARTERS = [["", "Q1 2024", "Q2 2024", "Q3 2024", "Q4 2024", "2024", "2023"], ["Nuvora", "58.2", "53.6", "57.9", "78.4", "248.1", "235.0"],
            ["Kestrel", "60.1", "54.3", "55.8", "62.0", "232.2", "226.7"], ["Total", "118.3", "107.9", "113.7", "140.4", "480.3", "461.7"]]


def _ask(question, grid):
    ctx = _table_ctx(question, grid)
    return periods_meeting(ctx, question, tables_of(ctx), "extractive")


def test_years_in_the_range_asked_counted_for_the_row_named():
    got = _ask("In how many years from 2021 to 2024 did Europe have more than 400?", YEARS)
    assert got is not None and got.figure == "3"  # 2022, 2023, 2024; 2030E is outside the range
    assert _ask("In how many of the years shown did Europe have more than 400?", YEARS).figure == "4"


def test_quarters_of_a_year_counted_a_total_row_named_by_total():
    got = _ask("In how many quarters of 2024 did total shipments exceed 110?", QUARTERS)
    assert got is not None and got.figure == "3"  # the full-year columns are no quarter


def test_one_row_against_another_period_by_period():
    got = _ask("In how many quarters of 2024 did Nuvora ship more units than Kestrel?", QUARTERS)
    assert got is not None and got.figure == "2"


def test_no_row_named_or_no_period_kind_gives_none():
    assert _ask("In how many years did Japan have more than 400?", YEARS) is None
    assert _ask("How many regions had more than 400 in 2024?", YEARS) is None

"""period_rank: periods ranked by a row's consecutive changes, the first period meeting a bound (no embedding model)."""

from __future__ import annotations

from rag.extractive.cells import RowHit
from rag.extractive.passage_tables import tables_of
from rag.extractive.period_rank import fastest_year, first_met, percent_line
from tests.test_shape_cues import _table_ctx

MARKET = [["", "2019", "2020", "2021", "2022", "2023", "2024"], ["B-end", "181.5", "204.8", "262.1", "318.6", "372.4", "418.9"],
          ["Total", "100.0", "150.0", "180.0", "200.0", "260.0", "280.0"]]
PEN = [["", "2023", "2024", "2025E", "2026E"], ["Sales (units)", "2,606", "2,757", "2,860", "2,940"],
       ["Penetration rate", "2.01%", "5.32%", "11.21%", "17.69%"]]


def _fast(question, years):
    ctx = _table_ctx(question, MARKET)
    _, table = tables_of(ctx)[0]
    return fastest_year(ctx, RowHit(0, table, "Total", 1.0), question, years, "extractive")


def test_growth_ranks_the_change_on_the_period_before_within_the_span_asked():
    got = _fast("In which year did the total market grow fastest?", ())
    assert got is not None and got.figure == "2020"  # +50%
    got = _fast("In which year between 2020 and 2024 did the total market grow fastest?", (2020, 2024))
    assert got is not None and got.figure == "2023"  # +30% (2020's own change is outside the span)
    low = _fast("In which year between 2020 and 2024 did the total grow slowest?", (2020, 2024))
    assert low is not None and low.figure == "2024"
    assert _fast("In which year was the total largest?", ()) is None  # a level, no growth, ranked
    rates = [["", "2019", "2020", "2021"], ["Same-store sales growth (%)", "2.1%", "6.9%", "2.8%"]]
    ctx = _table_ctx("In which year was same-store sales growth the highest?", rates)
    hit = RowHit(0, tables_of(ctx)[0][1], "Same-store sales growth (%)", 1.0)
    assert fastest_year(ctx, hit, "In which year was same-store sales growth the highest?", (), "extractive") is None


def test_the_first_period_meeting_a_bound_is_the_earliest_column_meeting_it():
    assert first_met("In which year is penetration first expected to exceed 10%?", ["2025E", "2026E"]) == ["2025E"]
    assert first_met("In which years did penetration exceed 10%?", ["2025E", "2026E"]) == ["2025E", "2026E"]
    ctx = _table_ctx("In which year is penetration first expected to exceed 10%?", PEN)
    hit = percent_line(tables_of(ctx), "In which year is penetration first expected to")
    assert hit is not None and hit.row == "Penetration rate"

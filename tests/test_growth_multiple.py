"""A growth asked as a multiple ('the growth multiple of X from A to B', 'by what multiple is X expected to
grow') is the later figure over the earlier (operations.operation), and the words of the multiple and of a
forecast name the computation, not a row (cells.OPERATION_WORDS)."""

from __future__ import annotations

from ingest.tables import read_grid
from rag.extractive.cells import best_row
from rag.extractive.derivation import calculate
from rag.compute import Operand
from rag.extractive.operations import operation

GRID = [["Segment", "2024", "2025E", "2030E"],
        ["Alkaline", "1,286.3", "1,712.8", "6,845.2"],
        ["Anion exchange membrane (AEM)", "27.9", "51.3", "812.6"],
        ["Total", "1,314.2", "1,764.1", "7,657.8"]]


def test_a_growth_multiple_is_a_multiple_not_a_change():
    assert operation("What is the growth multiple of edge and sovereign cloud between 2024 and 2030E?") == "multiple"
    assert operation("By what multiple is the logistics segment expected to grow from 2024 to 2030E?") == "multiple"
    assert operation("How many times did revenue grow from 2019 to 2024?") == "multiple"
    assert operation("What was the change in revenue from 2019 to 2024?") == "change"
    assert operation("How many times larger was A than B in 2024?") is None  # a comparison of two things: its own path


def test_the_multiple_is_the_later_figure_over_the_earlier():
    later, earlier = Operand.of("812.6", "2030E"), Operand.of("27.9", "2024")
    result = calculate("multiple", [later, earlier])
    assert result is not None and result.derivation.startswith("812.6 / 27.9")


def test_multiple_and_forecast_words_name_no_row():
    table = read_grid(GRID, "").table
    hit = best_row([(0, table)], "What is the growth multiple of AEM revenue between 2024 and 2030E?")
    assert hit is not None and hit.row == "Anion exchange membrane (AEM)"
    hit = best_row([(0, table)], "By what multiple is alkaline expected to grow from 2024 to 2030E?")
    assert hit is not None and hit.row == "Alkaline"


def test_a_multiple_stated_in_times_is_the_multiple_asked():
    from rag.extractive.computed_doubt import stated

    assert stated("multiple", "15.5 times", None)
    assert not stated("multiple", "1,520", None)
    assert not stated("multiple", "52%", None)

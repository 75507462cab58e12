"""moved_items: items counted or named by how they moved, read in the change column named or two period columns."""

from __future__ import annotations

from rag.extractive.moved_items import moved_items
from rag.extractive.passage_tables import tables_of
from tests.test_shape_cues import _table_ctx

FORMATS = [["", "Value share (%)", "", "Change vs year ago (%)", ""], ["Format", "2024", "2025", "Value", "Volume"],
           ["Supermarkets", "45.5", "46.2", "5.8", "1.9"], ["Hypermarkets", "13.9", "13.1", "(1.8)", "(3.1)"],
           ["Online", "3.7", "4.1", "15.6", "(0.8)"], ["Total", "100.0", "100.0", "4.2", "0.9"]]
FOUNDRIES = [["Rank", "Company", "Q1 2025 revenue", "Q2 2025 revenue", "QoQ change"],
             ["1", "Alpha", "100", "112", "12.0%"], ["2", "Beta", "50", "49", "(2.0%)"], ["3", "Gamma", "40", "43", "7.5%"],
             ["", "Others", "30", "33", "10.0%"], ["", "Total", "220", "237", "7.7%"]]
CAPACITY = [["Region", "2020", "2024", "2028F", "CAGR 2020-2024 (%)", "CAGR 2024-2028F (%)"],
            ["East", "78.0", "76.5", "77.0", "(0.5)", "0.2"], ["South", "30.5", "36.8", "41.2", "4.8", "2.9"],
            ["Africa", "12.4", "15.7", "20.7", "6.1", "7.2"], ["World", "120.9", "129.0", "138.9", "1.6", "1.9"]]
TAKE_UP = [["", "Take-up (MW)", ""], ["Market", "2024", "2025E"], ["Tokyo", "185", "210"], ["Singapore", "45", "40"],
           ["Johor", "230", "310"], ["Total", "460", "560"]]


def _ask(question, grid):
    ctx = _table_ctx(question, grid)
    return moved_items(ctx, question, tables_of(ctx), "extractive")


def test_a_direction_reads_the_change_column_whose_measure_is_named():
    got = _ask("How many formats saw volumes decline?", FORMATS)
    assert got is not None and got.figure == "2"


def test_a_span_named_picks_its_change_column_and_a_bracketed_percent_is_a_fall():
    got = _ask("How many of the three ranked companies increased revenue by more than 5% quarter on quarter?", FOUNDRIES)
    assert got is not None and got.figure == "2"


def test_a_rate_a_year_over_a_span_reads_that_spans_cagr_column():
    got = _ask("How many regions are forecast to expand capacity by more than 3% a year over 2024-2028F?", CAPACITY)
    assert got is not None and got.figure == "1"


def test_two_period_columns_of_the_measure_named_give_the_change_into_the_year_asked():
    got = _ask("How many markets are forecast to see take-up fall in 2025?", TAKE_UP)
    assert got is not None and got.figure == "1"


def test_no_movement_asked_a_figure_to_equal_or_a_list_asked_gives_none():
    assert _ask("How many formats recorded volume growth of 1.9%?", FORMATS) is None
    assert _ask("How many markets had take-up above 100 MW in 2025?", TAKE_UP) is None
    assert _ask("How many formats had a value share of more than 10%?", FORMATS) is None


def test_which_names_the_items_moved_when_the_kind_is_the_tables_rows():
    got = _ask("Which markets saw take-up rise in 2025?", TAKE_UP)
    assert got is not None and got.figure == "Tokyo and Johor"
    got = _ask("Which formats recorded a fall in value sales?", FORMATS)  # the 'Value' change column, said word for word
    assert got is not None and got.figure == "Hypermarkets"


def test_which_asking_causes_an_extreme_or_an_undecided_measure_gives_none():
    assert _ask("Which weather events reduced take-up in 2025?", TAKE_UP) is None  # causes: no kind of the rows
    assert _ask("Which market recorded the largest rise in take-up in 2025?", TAKE_UP) is None
    assert _ask("Which formats recorded a fall in sales?", FORMATS) is None  # neither change column said: undecided
    assert _ask("Which is forecast to see more take-up in 2025: Tokyo or Johor?", TAKE_UP) is None  # a choice named


def test_a_row_a_line_passage_gives_its_label_column_header_by_the_key_of_a_row_label():
    from rag.extractive.moved_items import _label_key
    from ingest.tables import Table
    table = Table(caption=None, columns=["Rank", "Share (%)"], rows=["Campeiro", "FarejoPet"])
    assert _label_key("Rank: 2; Brand: FarejoPet; Share (%): 11.4", table) == "Brand"
    assert _label_key("Rank | Share (%)", table) == ""


REGIONS = [["Region", "2020", "2024", "CAGR 2020-2024 (%)"], ["East", "78.0", "76.5", "(0.5)"], ["South", "30.5", "36.8", "4.8"],
           ["Europe", "17.6", "16.1", "(2.2)"], ["World", "126.1", "129.4", "0.6"]]


def test_a_span_of_years_after_over_is_no_bound():
    got = _ask("Which regions saw output decline over 2020-2024?", REGIONS)
    assert got is not None and got.figure == "East and Europe"
    got = _ask("How many regions saw output decline over 2020-2024?", REGIONS)
    assert got is not None and got.figure == "2"


def test_the_kind_owning_its_measure_names_the_rows_with_no_header_saying_it():
    got = _ask("Which countries' outputs fell in 2024?", [["", "2020", "2024"], *[r[:3] for r in REGIONS[1:]]])
    assert got is not None and got.figure == "East and Europe"


GROUP_REGIONS = [["(US$ million)", "", "", "", ""], ["Region", "2021", "2022", "2023", "Growth 2023 (%)"],
           ["North America", "1,480", "1,562", "1,655", "6.0"], ["Europe", "912", "948", "971", "2.4"],
           ["Asia Pacific", "640", "705", "798", "13.2"], ["Latin America", "215", "231", "240", "3.9"],
           ["Total", "3,247", "3,446", "3,664", "6.3"]]


def test_a_rival_rows_change_is_the_bound_read_in_the_growth_column_or_computed():
    got = _ask("How many regions grew faster than the group total in 2023?", GROUP_REGIONS)
    assert got is not None and got.figure == "1" and "against Total" in got.answer
    got = _ask("How many regions grew more slowly than Europe in 2023?", GROUP_REGIONS)
    assert got is not None and got.figure == "0"
    got = _ask("How many regions grew faster than the group as a whole in 2023?", [r[:4] for r in GROUP_REGIONS])
    assert got is not None and got.figure == "1"  # (no growth column: each % change from 2022 to 2023)
    assert _ask("How many regions grew faster than their peers in 2023?", GROUP_REGIONS) is None  # no row named


def test_a_rival_with_a_second_condition_or_names_asked_is_no_count_read():
    assert _ask("How many regions ranked below Europe but grew faster than the total in 2023?", GROUP_REGIONS) is None
    assert _ask("Which regions grew faster than the total in 2023?", GROUP_REGIONS) is None

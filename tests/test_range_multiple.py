"""Arithmetic over a range of periods (every period between the two ends the question names) and multiples in
their general grammar (the base the grammar names divides). Smallest inputs, no embedding model."""

from __future__ import annotations

from rag.extractive.operations import multiple_asked, multiple_base_year
from rag.extractive.periods import Period, counted_span
from rag.extractive.question_names import proper_names
from rag.extractive.slots import parse
from tests.test_compute import _ask, _lead

_GRID = [["", "2017", "2018", "2019", "2020", "2021"],
         ["Sales", "23,455", "23,896", "24,513", "26,217", "27,103"],
         ["Free cash flow", "41.0", "60.0", "97.5", "120.0", "188.2"]]


def test_two_years_joined_by_a_span_word_are_a_range_whatever_preposition_leads():
    for q in ("Average finance lease payments due in 2020 to 2024?", "Sum of payments due in Fiscal 2027 through Fiscal 2029?",
              "Total demand over 2025E-2027F?", "the average balance for fiscal 2021 to 2023?"):
        assert parse(q).periods[0].kind == "range", q
    assert parse("Revenue in 2019 compared to 2018?").periods[0].kind == "versus"


def test_a_count_of_years_ending_in_one_is_a_range():
    assert counted_span("Total revenue in the three years to 2024?") == (2022, 2024)
    slots = parse("Average market size in the five years to 2024?")
    assert slots.periods == (Period("range", (2020, 2024)),) and set(slots.years) == {2020, 2024}
    assert counted_span("revenue in 2024") is None


def test_a_forecast_mark_is_no_name():
    assert proper_names("Total global lithium demand over 2025E-2027F?") == []


def test_a_cumulative_or_total_figure_over_a_range_adds_every_period():
    assert _lead(_ask("Cumulative sales over 2017-2019?", _GRID)) == "71,864"
    assert _lead(_ask("What was the total free cash flow in 2019 to 2021?", _GRID)) == "405.7"


def test_the_multiple_grammar_and_its_base():
    cases = {"Free cash flow in 2021 was how many times that of 2019?": 2019,
             "The 2021 price was how many times the 2024 price?": 2024,
             "How many times the 2024 shipments are 2028E shipments expected to be?": 2024,
             "Book value in 2020 was how many times larger than in 2017?": 2017,
             "China's 2030E market size as a multiple of its 2024 size?": 2024,
             "Lithium carbonate price in 2022 relative to 2024 (x)?": 2024,
             "By what factor did the market grow from 2019 to 2024?": 2019}
    for q, base in cases.items():
        assert multiple_asked(q) and multiple_base_year(q) == base, q
    assert not multiple_asked("Revenue in 2022 relative to 2021?")


def test_a_multiple_of_one_row_divides_by_the_base_the_grammar_names():
    assert _lead(_ask("Free cash flow in 2021 was how many times that of 2019?", _GRID)).startswith("1.93")
    assert _lead(_ask("Free cash flow in 2019 was how many times that of 2021?", _GRID)).startswith("0.52")
    assert _lead(_ask("Free cash flow in 2017 relative to 2020 (x)?", _GRID)).startswith("0.34")


def test_an_average_of_a_year_given_only_by_its_quarters_is_their_mean():
    grid = [["", "2019", "", "", ""], ["", "Q1", "Q2", "Q3", "Q4"], ["Broadband ARPU", "$72.18", "$73.05", "$73.62", "$74.40"]]
    assert _lead(_ask("What was the average broadband ARPU in 2019?", grid)) == "73.31"


def test_how_many_times_counts_no_rows():
    from rag.extractive.row_sets import HOW_MANY_ROWS
    assert not HOW_MANY_ROWS.search("How many times larger is the total pipeline than the capacity in 2030?")
    assert HOW_MANY_ROWS.search("How many countries had more than 50 GWh in 2024?")


def test_two_ends_of_a_range_of_three_periods_lead_no_bold():
    from rag.extractive.lead_form import RANGE_WHY, pair_for_one
    shown = "**810 and 640** (thousand)."
    assert pair_for_one("Scheduled deliveries of large vessels over 2025E-2027E?", shown) == RANGE_WHY.format(lead="810 and 640")
    assert pair_for_one("Deliveries in 2025 and 2027?", shown) is None  # two periods asked: their two figures
    assert pair_for_one("Deliveries from 2025 to 2026?", shown) is None

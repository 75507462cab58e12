"""A plan against its outturn: the actual and plan columns of one period, and a year's actual figure by default."""

from rag.extractive.plan_actual import plan_operation
from rag.extractive.plan_columns import actual_column, kind
from rag.extractive.years_covered import named
from tests.test_compute import _ask, _lead

COUNCIL = [["(£ thousand)", "Budget 2023/24", "Actual 2023/24", "Variance"],
           ["Adult social care", "48,210", "51,046", "(2,836)"], ["Waste collection", "9,860", "9,512", "348"]]
TARGETS = [["KPI", "2024 target", "2024 actual", "2023 actual"], ["Emissions", "410", "432", "455"]]


def test_a_header_names_a_plan_or_an_actual():
    assert kind("Budget 2023/24") == "plan" and kind("2024 target") == "plan" and kind("Actual 2023/24") == "actual"
    assert kind("2024") is None and kind("Plan vs actual") == "actual"


def test_a_years_figure_with_no_plan_asked_is_the_actual_one():
    assert actual_column(["2024 target", "2024 actual"], "the change in emissions from 2023 to 2024") == "2024 actual"
    assert actual_column(["2024 target", "2024 actual"], "the 2024 target for emissions") is None


def test_the_operation_a_plan_question_asks():
    assert plan_operation("By how much did spending exceed its budget in 2023/24?", None) == "change"
    assert plan_operation("What was the overspend as a percentage of budget?", "share") == "percent_change"
    assert plan_operation("What percentage of the budget was spent in 2023/24?", "share") == "share"
    assert plan_operation("What was the underspend on waste in 2023/24?", None) == "change"
    assert plan_operation("What percentage of the 2024 budget went to waste?", "share") is None  # a part of a budget
    assert plan_operation("What was the average budget in 2023/24?", "average") is None


def test_actual_against_plan_of_one_year():
    assert _lead(_ask("By how much did actual spending on adult social care exceed its budget in 2023/24?",
                      COUNCIL)) == "2,836 thousand"
    assert _lead(_ask("What was the underspend on waste collection in 2023/24?", COUNCIL)) == "348 thousand"
    assert _lead(_ask("What percentage of the waste collection budget was spent in 2023/24?", COUNCIL)) == "96.47%"
    assert _lead(_ask("By how much did emissions exceed the 2024 target?", TARGETS)) == "22"


def test_a_change_over_years_reads_the_actual_column():
    assert _lead(_ask("What was the change in emissions from 2023 to 2024?", TARGETS)) == "-23"


def test_a_split_fiscal_year_with_a_hyphen_names_the_year_it_ends_in():
    assert named("Revenue FY2023-24: 7,126", 2024) and named("the 2022-23 season", 2023)
    assert not named("2022-23 season", 2024) and named("2023-2024", 2024)


def test_a_share_of_plan_achieved_may_pass_a_hundred_percent():
    from rag.extractive.computed_doubt import _implausible
    ops = [{"row": "Highways", "column": "Actual 2023/24"}, {"row": "Highways", "column": "Budget 2023/24"}]
    assert _implausible({"op": "share", "result": "103.67%", "operands": ops}) is None
    assert _implausible({"op": "share", "result": "103.67%", "operands": ops[::-1]}) is not None  # a plan over an actual


def test_a_range_of_split_fiscal_years_is_every_year_between():
    from rag.extractive.slots import parse
    assert parse("What was the average fuel duty over 2021/22 to 2023/24?").periods[0].years == (2022, 2024)
    assert parse("What was the average fuel duty over 2021/22 to 2023/24?").periods[0].kind == "range"


def test_a_fiscal_year_with_a_hyphen_is_the_one_year_it_ends_in():
    from rag.extractive.slots import parse
    assert parse("What was revenue per staff member in FY2022-23?").years == (2023,)
    grid = [["", "FY2022-23", "FY2021-22"], ["Passenger revenue (AUD million)", "612", "498"],
            ["Staff numbers", "3,100", "2,950"]]
    assert _lead(_ask("What was passenger revenue per staff member in FY2022-23?", grid)) == "0.2"


def test_one_cell_as_it_stands_is_no_difference_against_a_plan():
    """'The variance between actual and planned distribution capex' led by the total's actual cell is not bolded; a
    lead read from a variance column is the difference itself."""
    from dataclasses import replace
    from rag.extractive.plan_actual import plan_read
    capex = [["(CAD million)", "2024 plan", "2024 actual"], ["Distribution", "910", "874"],
             ["Total capital expenditures", "1,930", "1,929"]]
    read = _ask("What were total capital expenditures in 2024?", capex)
    assert plan_read("What was the variance between actual and planned distribution capex in 2024?", read)
    assert plan_read("What were total capital expenditures in 2024?", read) is None
    variance = replace(read, answer="**(36)** (Variance). Distribution — 2024 plan: 910; 2024 actual: 874")
    assert plan_read("What was the variance between actual and planned distribution capex in 2024?", variance) is None
    computed = _ask("By how much did emissions exceed the 2024 target?", TARGETS)
    assert plan_read("By how much did emissions exceed the 2024 target?", computed) is None
    words = replace(read, answer="**Participants must meet a service condition.**", figure=None)
    assert plan_read("Are there requirements to gain the rights under the share plan?", words) is None  # words led

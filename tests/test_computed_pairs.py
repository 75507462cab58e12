"""A part's share of a whole (computed_pairs.items): the words after 'what share of' name the whole, those
after the linking verb the part; the part over the whole, in percent, on the smallest tables."""

from __future__ import annotations

from rag.extractive.pair_questions import PART_OF, part_named
from tests.test_compute import _ask, _lead

_GEO = [["", "2021", "2020"], ["United States and Canada", "12,408", "9,851"], ["Europe", "5,217", "3,960"],
        ["Rest of World", "3,999", "2,837"], ["Total revenue", "21,624", "16,648"]]
_COSTS = [["", "2021", "2020"], ["Wages and salaries", "410,000", "398,190"], ["Pension costs", "63,313", "57,612"],
          ["Other", "90,000", "85,000"], ["Total employee benefit expenses", "563,313", "540,802"]]
_SEGMENTS = [["", "North America BD", "South America BD", "Consolidated"], ["Net sales", "10,000", "5,000", "15,000"],
             ["Adjusted EBITDA", "1,907", "3,868", "5,775"]]
_ROLL = [["", "Land and buildings", "Rolling stock", "Other", "Total"], ["Additions", "27", "96", "12", "135"],
         ["Depreciation", "(34)", "(88)", "(11)", "(133)"]]
_CUSTOMERS = [["", "2021", "2020"], ["Total customers", "14,250", "11,870"],
              ["Customers with ARR of $100,000 or more", "1,318", "962"]]


def _sides(question):
    m = PART_OF.search(question)
    return part_named(m), m.group("b")


def test_the_whole_follows_of_and_the_part_follows_the_linking_verb():
    assert _sides("What percentage of total revenue in 2021 came from the United States and Canada?") == \
        ("United States and Canada", "total revenue in 2021")
    assert _sides("What proportion of total additions related to rolling stock?") == ("rolling stock", "total additions")
    assert _sides("What share of total costs did wages and salaries account for in 2020?") == \
        ("wages and salaries", "total costs")
    assert _sides("What proportion of total customers had ARR of $100,000 or more?") == \
        ("customers with ARR of $100,000 or more", "total customers")


def test_a_share_of_a_total_row_is_the_part_over_the_total_in_percent():
    assert _lead(_ask("What percentage of total revenue in 2021 came from the United States and Canada?", _GEO)) == "57.38%"
    assert _lead(_ask("What proportion of the total revenue in 2020 was Europe?", _GEO)) == "23.79%"
    assert _lead(_ask("What share of total employee benefit expenses did wages and salaries account for in 2020?",
                      _COSTS)) == "73.63%"
    assert _lead(_ask("What proportion of total customers had ARR of $100,000 or more in 2021?", _CUSTOMERS)) == "9.25%"


def test_a_share_of_a_total_column_is_the_part_column_over_it():
    assert _lead(_ask("What percentage of consolidated Adjusted EBITDA came from the North America BD?",
                      _SEGMENTS)) == "33.02%"
    assert _lead(_ask("What proportion of total additions related to rolling stock?", _ROLL)) == "71.11%"


def test_a_ratio_of_two_rows_is_unchanged():
    assert _lead(_ask("What is the ratio of Europe to Rest of World in 2021?", _GEO)) == "1.3"
    assert _lead(_ask("What is the proportion of Europe over total revenue in 2021?", _GEO)) == "0.24"


_OPTIONS = [["", "2019", "2018"], ["Outstanding at 31 March", "13,984", "14,820"],
            ["Exercisable at 31 March", "8,516", "9,177"]]


def test_a_balance_date_written_once_on_the_whole_dates_the_part_row_too():
    assert _lead(_ask("What percentage of options outstanding at 31 March 2019 were exercisable?", _OPTIONS)) == "60.9%"


ABSTRACTION = ["\t2022/23\t\t\t2023/24\t\t", "Sector (Ml/d)\tSurface water\tGroundwater\tTotal\tSurface water\tGroundwater\tTotal",
               "Public water supply\t2,840\t1,460\t4,300\t2,910\t1,420\t4,330",
               "Electricity generation\t1,920\t15\t1,935\t1,610\t14\t1,624", "Total\t6,942\t2,029\t8,971\t6,655\t1,955\t8,610"]


def test_a_part_and_its_whole_row_are_read_in_one_column():
    from conftest import cells_answer
    got = cells_answer("What share of total abstraction in 2023/24 was for public water supply?", ABSTRACTION)
    assert got is not None and got.answer.startswith("**50.29%")  # 4,330 / 8,610, not / 6,655 (Total's 'Surface water')


def test_two_columns_neither_or_both_said_compare_no_rows():
    from ingest.tables import read_grid
    from rag.extractive.cells import RowHit
    from rag.extractive.pair_column import one_column
    table = read_grid([row.split("\t") for row in ABSTRACTION]).table
    rows = [r for r in table.rows if r.endswith(("Public water supply", "Total"))]
    hits = [RowHit(0, table, r, 1.0) for r in rows]
    cells = [next(c for c in table.cells if c.row == rows[0] and c.column.endswith("2023/24 › Total")),
             next(c for c in table.cells if c.row == rows[1] and c.column.endswith("2023/24 › Surface water"))]
    assert one_column(*hits, cells, "What share of abstraction in 2023/24 was for public supply?") is None
    same = one_column(*hits, cells, "What share of total abstraction in 2023/24 was for public water supply?")
    assert [c.value for c in same] == [4330, 8610]


_ARR = [["($ in millions)", "Q4 FY24", "FY2024"], ["Beginning ARR", "470.8", "412.6"], ["  New logo ARR", "18.4", "61.5"],
        ["  Expansion", "16.0", "54.0"], ["  Churn", "(5.1)", "(18.7)"], ["Ending ARR", "496.5", "496.5"]]


def test_a_whole_defined_by_its_parts_in_a_bracket_is_their_sum():
    a = _ask("What share of FY2024 gross new ARR (new logo plus expansion) came from expansion?", _ARR)
    assert _lead(a) == "46.75%"  # 54.0 / (61.5 + 54.0), not 54.0 / 61.5 ('New logo ARR' is a part, not the whole)
    assert "61.5 + 54.0" in a.answer


def test_a_share_of_parts_recomputes_as_the_part_over_their_sum():
    from rag.compute import recompute
    assert recompute("share_of_parts", ["54.0", "61.5", "54.0"], "46.75%")
    assert not recompute("share_of_parts", ["54.0", "61.5"], "87.8%")  # a whole needs two parts or more

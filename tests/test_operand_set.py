"""The rows a table lead reads against the rows the question's total names (rag/extractive/operand_set.py); on the
smallest inputs, no model."""

from __future__ import annotations

from rag.extractive.operand_set import (half_of_total, mean_of_ends, operand_rows, points_of_amounts, sum_over_years,
                                       whole_for_part)
from rag.types import Answer, AnswerContext, Citation

TABLE = ("Contractual obligations\n"
         "Convertible senior notes – principal — Total: 287,500; 3-5 Years: 287,500\n"
         "Convertible senior notes – interest — Total: 25,157; 3-5 Years: 3,594\n"
         "Total — Total: 423,649")


def _answer(text: str, quote: str, derivation: dict | None = None, table: str = TABLE) -> Answer:
    cite = Citation(n=1, doc_id="r", title="r", publisher="", date="", source="", page=1, section=None,
                    chunk_id="c", text=table, quote=quote)
    return Answer(question="q", answer=text, figure=None, abstained=False, citations=[cite], derivation=derivation)


def _derived(op: str, *cells: tuple[str, ...]) -> dict:
    """A computed lead's derivation: each operand a table cell (row label, column label, figure as written, and the
    column header path where it is more than the label), its unit '%' where the cell writes one."""
    return {"op": op, "operands": [{"value": fig.rstrip("%"), "label": label, "citation": 1, "row": row,
                                    "column": column or label, "unit": "%" if fig.endswith("%") else None, "scale": None}
                                   for row, label, fig, column in ((*c, "")[:4] for c in cells)]}


def _ctx(question: str) -> AnswerContext:
    return AnswerContext(question=question, passages=[])


PRINCIPAL = _answer("**287,500**. Convertible senior notes – principal — Total: 287,500 (USD thousands)",
                    "Convertible senior notes – principal — Total: 287,500; 3-5 Years: 287,500")


def test_the_rows_a_lead_reads():
    assert operand_rows(PRINCIPAL) == ["Convertible senior notes – principal"]
    computed = _answer("**-53.13%** — percentage change: (150 - 320) / 320 = -53.13%. From Hybrid bonds › Commercial "
                       "paper (2020): 150 [1]; Hybrid bonds › Commercial paper (2019): 320 [1].", "",
                       _derived("percent_change", ("Hybrid bonds › Commercial paper", "2020", "150"),
                                ("Hybrid bonds › Commercial paper", "2019", "320")))
    assert operand_rows(computed) == ["Commercial paper", "Commercial paper"]
    # the fields, not the text: a column label with its own brackets is read too; a figure of prose is no cell
    rates = _answer("**1.61** — change: 4.72 - 3.11 = 1.61. From Total assets (Average rate (%)): 4.72 [1]; Total "
                    "liabilities (Average rate (%)): 3.11 [1].", "",
                    _derived("change", ("Total assets", "Average rate (%)", "4.72"),
                             ("Total liabilities", "Average rate (%)", "3.11")))
    assert operand_rows(rates) == ["Total assets", "Total liabilities"]
    prose = _answer("**74** — change: 14,834 - 14,760 = 74. From 2023: 14,834 [1]; 2022: 14,760 [1].", "",
                    {"op": "change", "operands": [{"value": v, "label": y, "citation": 1, "row": "", "column": ""}
                                                  for v, y in (("14,834", "2023"), ("14,760", "2022"))]})
    assert operand_rows(prose) == []


def test_a_total_of_two_things_read_from_one_of_them_is_hedged():
    q = "What are the total principal and interest payments on the convertible senior notes?"
    assert half_of_total(_ctx(q), PRINCIPAL) is not None
    # one thing asked, or both read: no doubt
    assert half_of_total(_ctx("What are the total principal payments on the convertible senior notes?"), PRINCIPAL) is None
    summed = _answer("**312,657** — total: 287,500 + 25,157 = 312,657. From Convertible senior notes – principal (Total): "
                     "287,500 [1]; Convertible senior notes – interest (Total): 25,157 [1].", "",
                     _derived("sum", ("Convertible senior notes – principal", "Total", "287,500"),
                              ("Convertible senior notes – interest", "Total", "25,157")))
    assert half_of_total(_ctx(q), summed) is None


def test_the_other_thing_must_be_a_row_of_the_table():
    q = "What are the total principal and penalty payments on the convertible senior notes?"
    assert half_of_total(_ctx(q), PRINCIPAL) is None  # no row names penalties: the question's pair is not the table's


def test_a_share_of_total_is_not_read_from_the_total_row():
    q = "By how many percentage points did the modules' share of total capex decline from 2020 to 2024?"
    whole = _answer("**0%** — change: 100.0% - 100.0% = 0%. From Total capex (2024, % of total): 100.0% [1]; "
                    "Total capex (2020, % of total): 100.0% [1].", "",
                    _derived("change", ("Total capex", "2024, % of total", "100.0%", "2024 › % of total"),
                             ("Total capex", "2020, % of total", "100.0%", "2020 › % of total")))
    assert whole_for_part(q, whole) is not None
    part = _answer("**-14%** — change: 24.0% - 38.0% = -14%. From Hardware › Modules (2024, % of total): 24.0% [1]; "
                   "Hardware › Modules (2020, % of total): 38.0% [1].", "",
                   _derived("change", ("Hardware › Modules", "2024, % of total", "24.0%", "2024 › % of total"),
                            ("Hardware › Modules", "2020, % of total", "38.0%", "2020 › % of total")))
    assert whole_for_part(q, part) is None
    # a total asked as such reads the total row
    assert whole_for_part("What was the change in total capex from 2020 to 2024?", whole) is None
    share = _answer("**71.89%** — share: 304,556 / 423,649 = 71.89%. From Total (3-5 Years): 304,556 [1]; Total (Total): "
                    "423,649 [1].", "", _derived("share", ("Total", "3-5 Years", "304,556"), ("Total", "Total", "423,649")))
    assert whole_for_part("What proportion of total contractual obligations is due in 3-5 years?", share) is None


def test_a_gap_between_two_rows_read_from_one_of_them_is_hedged():
    table = "Grade A occupancy (%) — Q1 2024: 92.1; Q3 2025: 96.3\nGrade B occupancy (%) — Q1 2024: 84.6; Q3 2025: 89.6"
    one = _answer("**5** — change: 89.6 - 84.6 = 5. From Grade B occupancy (%) (Q3 2025): 89.6 [1]; Grade B occupancy (%) "
                  "(Q1 2024): 84.6 [1].", "", _derived("change", ("Grade B occupancy (%)", "Q3 2025", "89.6"),
                                                     ("Grade B occupancy (%)", "Q1 2024", "84.6")), table)
    q = "By how many percentage points did the gap between grade A and grade B occupancy narrow from Q1 2024 to Q3 2025?"
    assert half_of_total(_ctx(q), one) is not None
    both = _answer("**7.5** — difference: 92.1 - 84.6 = 7.5. From Grade A occupancy (%) (Q1 2024): 92.1 [1]; Grade B "
                   "occupancy (%) (Q1 2024): 84.6 [1].", "",
                   _derived("difference", ("Grade A occupancy (%)", "Q1 2024", "92.1"),
                            ("Grade B occupancy (%)", "Q1 2024", "84.6")), table)
    assert half_of_total(_ctx("What was the gap between grade A and grade B occupancy in Q1 2024?"), both) is None


def test_a_total_in_one_year_is_not_one_row_added_over_years():
    lead = _answer("**1622** — total: 880 + 742 = 1622. From Platform SaaS › Data and analytics (FY2023/24): 880 [1]; "
                   "Platform SaaS › Data and analytics (FY2022/23): 742 [1].", "",
                   _derived("sum", ("Platform SaaS › Data and analytics", "FY2023/24", "880"),
                            ("Platform SaaS › Data and analytics", "FY2022/23", "742")))
    assert sum_over_years("What was the combined market for security SaaS and data and analytics in FY2023/24?", lead)
    # a span of years asked, or columns of one year (quarters): the row's sum is the total asked
    assert sum_over_years("What was the total data and analytics market from FY2022/23 to FY2023/24?", lead) is None
    quarters = _answer("**1,207** — total: 559 + 648 = 1,207. From Value sales (Q1 2025): 559 [1]; Value sales (Q2 2025): "
                       "648 [1].", "", _derived("sum", ("Value sales", "Q1 2025", "559"), ("Value sales", "Q2 2025", "648")))
    assert sum_over_years("What were total value sales in the first half of 2025?", quarters) is None


def test_percentage_points_are_not_a_difference_of_amounts():
    q = "By how many percentage points did Thailand's CAGR 2021-2024 exceed that of the United Kingdom?"
    amounts = _answer("**690 million** — change: 4,060 - 3,370 = 690. From Thailand (2024): 4,060 [1]; Thailand (2021): "
                      "3,370 [1].", "", _derived("change", ("Thailand", "2024", "4,060"), ("Thailand", "2021", "3,370")))
    assert points_of_amounts(q, amounts) is not None
    shares = _answer("**1.2%** — change: 24.5% - 23.3% = 1.2%. From Thailand (Share 2024): 24.5% [1]; Thailand "
                     "(Share 2021): 23.3% [1].", "",
                     _derived("change", ("Thailand", "Share 2024", "24.5%"), ("Thailand", "Share 2021", "23.3%")))
    assert points_of_amounts(q, shares) is None
    assert points_of_amounts("What was the change in Thailand's volume from 2021 to 2024?", amounts) is None
    bare = _answer("**8.2** — change: 10.3 - 2.1 = 8.2. From 2024 (2024): 10.3 [1]; 2020 (2020): 2.1 [1].", "",
                   _derived("change", ("2024", "2024", "10.3"), ("2020", "2020", "2.1")))
    assert points_of_amounts("By how many percentage points did the carbon-plate share rise?", bare) is None  # bare cells


def test_an_average_over_a_range_takes_every_period_of_it():
    row = "Total gross issuance — FY2022/23: 92.0; FY2023/24: 98.4; FY2024/25: 110.0"
    ends = _answer("**101 billion** — average: (92.0 + 110.0) / 2 = 101. From Total gross issuance (FY2022/23): 92.0 [1]; "
                   "Total gross issuance (FY2024/25): 110.0 [1].", row,
                   _derived("average", ("Total gross issuance", "FY2022/23", "92.0"), ("Total gross issuance", "FY2024/25", "110.0")))
    assert mean_of_ends("What was the average total gross issuance over FY2022/23-FY2024/25?", ends) is not None
    # the two years named, not a range: their mean
    assert mean_of_ends("What was the average total gross issuance in FY2022/23 and FY2024/25?", ends) is None
    two = _answer("**95.2 billion** — average: (92.0 + 98.4) / 2 = 95.2. From Total gross issuance (FY2022/23): 92.0 [1]; "
                  "Total gross issuance (FY2023/24): 98.4 [1].", row,
                  _derived("average", ("Total gross issuance", "FY2022/23", "92.0"), ("Total gross issuance", "FY2023/24", "98.4")))
    assert mean_of_ends("What was the average total gross issuance from FY2022/23 to FY2023/24?", two) is None

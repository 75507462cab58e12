"""Computed answers from cells, one rule per test on the smallest input (no model): a
period column a question names in words ('less than one year') over the table's total column, rows
counted under a total ('how many categories are there under X'), a threshold's scale read from the
sentence introducing the table."""

from __future__ import annotations

from ingest.index import Chunk
from ingest.tables import read_grid, tables_to_json
from rag.extractive.shapes import answer_by_cells
from rag.extractive.slots import parse
from rag.types import AnswerContext, Passage


def _ask(question: str, grid, caption: str | None = None, intro: str = ""):
    read = read_grid(grid, caption)
    text = "\n".join(([intro] if intro else []) + [read.header_line] + read.lines)
    chunk = Chunk("c1", "d1", text, "Report", "Pub", "2020", "r.html", 1, 1, None, 0, len(text),
                  tables_json=tables_to_json([read.table]))
    return answer_by_cells(AnswerContext(question, [Passage(chunk, 1.0)]), parse(question), "extractive")


OBLIGATIONS = [["Contractual Obligations", "Less Than 1 Year", "2-5 Years", "Total"],
               ["Operating Lease Obligations", "$773", "$2,055", "$2,828"],
               ["Blue future commitment", "2,000", "2,000", "4,000"],
               ["Total", "$2,773", "$4,055", "$6,828"]]


def test_a_period_column_named_in_words_is_read_not_the_total_column():
    a = _ask("What is the value of operating lease obligations that are due in less than one year as a "
             "percentage of the total contractual obligations?", OBLIGATIONS, "(in thousands)")
    assert a is not None and a.figure == "27.88%"  # 773 / 2,773, both in the 'Less Than 1 Year' column
    assert "773" in a.answer and "2,773" in a.answer


def test_the_total_column_stays_when_no_other_column_is_named():
    a = _ask("What is the value of operating lease obligations as a percentage of the total contractual "
             "obligations?", OBLIGATIONS, "(in thousands)")
    assert a is None or a.figure == "41.42%"  # 2,828 / 6,828: no period named, the totals


COMPENSATION = [["", "2019", "2018"], ["Cost of revenues", "2,193", "2,315"], ["Sales and marketing", "6,812", "6,596"],
                ["Research and development", "4,804", "6,137"], ["Total stock-based compensation expense", "13,809", "15,048"]]


def test_how_many_categories_are_there_under_a_total_counts_its_addends():
    a = _ask("How many categories are there under total stock-based compensation expense?", COMPENSATION)
    assert a is not None and a.figure == "3" and a.shape == "computed"


def test_a_threshold_in_millions_against_a_table_the_intro_sentence_puts_in_thousands():
    intro = "The following table sets forth the stock-based compensation expense (in thousands):"
    q = "From 2018 to 2019, how many of the years was the research and development more than 5 million?"
    a = _ask(q, COMPENSATION, intro=intro)
    assert a is not None and a.figure == "1"  # 6,137 thousand only; 4,804 thousand is under 5 million
    unscaled = _ask(q, COMPENSATION)
    assert unscaled is None or unscaled.figure == "2"  # no scale said anywhere: the figures as written


CARRYFORWARDS = [["(dollars in thousands)", "Last Fiscal Year of Expiration", "Amount"],
                 ["Income tax net operating loss carryforwards:(1)", "", ""],
                 ["Domestic–state", "2039", "$57,299"], ["Foreign", "2039 or indefinite", "$565,609"],
                 ["Tax credit carryforwards:(1)", "", ""], ["Domestic–federal", "2029", "$39,784"],
                 ["Domestic–state", "2027", "$3,313"], ["Foreign(2)", "2027 or indefinite", "$15,345"]]


def test_the_sum_of_all_rows_under_a_heading_in_the_column_they_all_fill():
    a = _ask("What was the sum of all Tax credit carryforwards?", CARRYFORWARDS)
    assert a is not None and a.figure.startswith("58,442") and a.derivation["op"] == "sum"
    assert len(a.derivation["operands"]) == 3  # the income-tax rows are under another heading


def test_no_sum_of_all_when_the_heading_is_not_in_the_table():
    assert _ask("What was the sum of all foreign tax credits?", CARRYFORWARDS) is None


def test_a_column_of_years_is_no_amount_of_the_row():
    a = _ask("What was the domestic-state tax credit carryforwards as a ratio of domestic-federal tax credit "
             "carryforwards?", CARRYFORWARDS)
    assert a is not None and a.figure == "0.08"  # 3,313 / 39,784 in 'Amount', not 2027 / 2029


SHARES = [["", "2019", "2018", "2017"], ["Revenue", "100%", "100%", "100%"], ["Cost of revenue", "43%", "50%", "55%"],
          ["Gross profit", "57%", "50%", "45%"]]


def test_an_average_of_a_row_that_states_shares_averages_them():
    a = _ask("What is the average proportion of cost of revenue as a percentage of the total revenue in 2017 and "
             "2018?", SHARES)
    assert a is not None and a.figure == "52.5%" and a.derivation["op"] == "average"


def test_a_share_the_row_states_is_read_not_computed():
    a = _ask("What was cost of revenue as a percentage of revenue in 2018?", SHARES)
    assert a is not None and a.figure.startswith("50%")


INCOME = [["", "2019", "2018", "2017"], ["United States", "$65.8", "$62.8", "$45.6"], ["Foreign", "0.3", "0.1", "(0.1)"],
          ["Total", "$66.1", "$62.9", "$45.5"]]


def test_a_total_over_a_range_of_three_years_adds_each_year():
    a = _ask("What is the total income between 2017 to 2019?", INCOME, "(in millions)")
    assert a is not None and a.figure.startswith("174.5") and len(a.derivation["operands"]) == 3


def test_a_total_row_in_two_years_gives_both_figures():
    a = _ask("What is the total income in 2019 and 2018?", INCOME, "(in millions)")
    assert a is not None and a.shape == "comparison"


DEFERRED = [["", "2019", "2018"], ["Deferred tax assets:", "", ""], ["Net operating loss carry forward", "$183,297", "$119,259"],
            ["Receivables", "6,165", "7,111"], ["Accrued expenses", "81,731", "81,912"],
            ["Total deferred tax assets before valuation allowances", "271,193", "208,282"],
            ["Less valuation allowances", "(287,604)", "(223,487)"], ["Net deferred tax assets", "$202,085", "$222,298"]]


def test_components_above_a_bound_are_the_rows_above_their_total():
    a = _ask("How many components of deferred tax assets exceeded $50,000 thousand in 2019?", DEFERRED, "(in thousands)")
    assert a is not None and a.figure == "2"  # not the net row below the total, which adjusts it


SALES = [["Net sales (in thousands)", "2018", "2019"], ["Ceramic Components", "$226,204", "$421,849"],
         ["Total Electronic Components", "1,235,173", "1,289,962"], ["Interconnect Devices", "327,301", "501,828"],
         ["Total Net Sales", "$1,562,474", "$1,791,790"]]


def test_one_year_said_on_both_sides_of_a_share_is_one_period_of_two_rows():
    a = _ask("How much is the 2018 net sales from total electronic components as a percentage of the 2018 total "
             "net sales?", SALES)
    assert a is not None and a.figure == "79.05%"  # 1,235,173 / 1,562,474, both 2018


def test_a_scale_note_in_a_lower_header_row_over_one_column_scales_the_whole_table():
    grid = [["", "December 31", ""], ["", "2019", "2018"], ["", "U.S. $ in thousands", ""],
            ["Operating loss carryforward", "73,260", "57,768"]]
    table = read_grid(grid).table
    assert table.columns == ["December 31 › 2019", "December 31 › 2018"]
    assert {(c.unit, c.scale) for c in table.cells if c.value is not None} == {("USD", "thousand")}


RECEIVABLE = [["", "Accounts Receivable, Gross", "Allowance for Losses", "Accounts Receivable, Net"],
              ["December 31, 2019", "", "", ""], ["Transaction related", "$12,863", "$(238)", "$12,625"],
              ["Total", "$19,731", "$(238)", "$19,493"], ["December 31, 2018", "", "", ""],
              ["Transaction related", "$14,704", "$(168)", "$14,536"], ["Total", "$15,568", "$(168)", "$15,400"]]


def test_years_meeting_a_bound_read_from_periods_written_as_row_groups():
    a = _ask("How many years did the total net Accounts Receivable exceed $15,450 thousand?", RECEIVABLE, "(in thousands)")
    assert a is not None and a.figure == "1"  # 19,493 (2019) only; the net column, the total rows


def test_cagr_names_the_computation_not_a_thing_a_passage_must_name():
    from rag.extractive.computed_rate import COMPOUND
    from rag.extractive.question_names import proper_names

    q = "What is the CAGR of China's nominal GDP from 2019 to 2024?"
    assert "CAGR" not in proper_names(q) and "GDP" in proper_names(q)
    assert COMPOUND.search(q)  # a rate of change compounded a year, computed from a sentence's two years (computed_text)

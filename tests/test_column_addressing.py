"""Which column holds an operand: a header named by its initials, and two rows compared in one period read in one
column (rag/extractive/cells.py column_for, period_cells.same_column); tiny tables, no model."""

from ingest.tables import read_grid
from rag.extractive.cells import RowHit
from rag.extractive.column_choice import column_for
from rag.extractive.computed_pairs import _two_rows_named

OFFICERS = [["", "Chief Executive Officer", "", "Chief Financial Officer", ""],
            ["", "FY22", "FY21", "FY22", "FY21"],
            ["Salary", "985", "812", "560", "468"],
            ["Total variable pay", "3,919", "1,204", "1,752", "503"],
            ["Total remuneration", "5,040", "2,133", "2,392", "1,041"]]

BOARD = [["", "2021", "", "2020", ""],
         ["CHF thousand", "CEO", "Executive Committee total", "CEO", "Executive Committee total"],
         ["Base salary", "1,150", "5,420", "1,100", "5,260"],
         ["Short-term incentive (cash)", "1,035", "3,896", "660", "2,487"],
         ["Total remuneration", "3,829", "14,807", "3,333", "13,020"]]


def test_a_header_is_named_by_its_initials():
    table = read_grid(OFFICERS).table
    question = "What was the CFO's salary in FY22?"
    assert column_for(table, 2022, question, "Salary") == "Chief Financial Officer › FY22"
    assert column_for(table, 2022, "What was the CEO's salary in FY22?", "Salary") == "Chief Executive Officer › FY22"


def test_a_part_and_its_whole_are_read_in_one_column():
    table = read_grid(BOARD).table
    question = "What percentage of the CEO's total remuneration in 2021 was the short-term incentive?"
    pair = _two_rows_named([(0, table)], "the short-term incentive", "CEO's total remuneration in 2021", "", 2021,
                           question, whole=True)
    assert [c.text for _, c in pair] == ["1,035", "3,829"]



def test_a_quarter_asked_in_words_names_the_column_headed_by_its_code():
    """'the second quarter of 2023' names 'Q2 2023' (and '2023 › Q2'); 'Q2 2023' names 'Second quarter 2023'."""
    from ingest.tables import read_grid
    from rag.extractive.column_choice import column_for, part_codes

    assert part_codes("the second quarter of 2023") == {"q2"} and part_codes("2Q24, first-half") == {"q2", "h1"}
    assert part_codes("H2O emissions") == set()
    for head in (["", "Q1 2023", "Q2 2023", "FY 2023"], ["", "2023 › Q1", "2023 › Q2", "2023 › Full year"]):
        table = read_grid([head, ["Monthly churn", "4.8%", "6.1%", "4.9%"], ["Revenue", "1", "2", "3"]]).table
        assert column_for(table, 2023, "What was monthly churn in the second quarter of 2023?") == head[2]
    worded = read_grid([["", "First quarter 2023", "Second quarter 2023"], ["Churn", "4.8%", "6.1%"]]).table
    assert column_for(worded, 2023, "What was churn in Q2 2023?") == "Second quarter 2023"

"""'Net' said of an operation ('the net difference in sale of systems') names no row: 'Net sales' does not outrank 'Systems'."""

from ingest.tables import read_grid
from rag.extractive.cells import best_row
from rag.extractive.net_operation import without_operation_net
from rag.extractive.row_lookup import row_named

GRID = [["", "2019", "2018"], ["Modules", "1,460", "502"], ["Systems", "1,603", "1,742"], ["Net sales", "3,063", "2,244"]]


def test_net_before_an_operation_word_is_taken_out():
    assert without_operation_net("the net difference in sale of systems") == "the difference in sale of systems"
    assert without_operation_net("the change in net sales") == "the change in net sales"


def test_the_row_named_is_the_one_the_operation_is_of():
    table = read_grid(GRID).table
    question = "What is the net difference in sale of systems between 2018 and 2019?"
    assert row_named([(0, table)], question).row == "Systems"
    assert best_row([(0, table)], question).row == "Systems"


def test_a_net_row_is_still_named_when_the_question_says_it_elsewhere():
    table = read_grid(GRID).table
    assert row_named([(0, table)], "What is the net change in net sales between 2018 and 2019?").row == "Net sales"

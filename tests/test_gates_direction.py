"""A row naming the opposite direction of the amount asked ('owed by' for 'owed to') is another row."""
from rag.extractive.gates_direction import opposite_word, row_label


def test_a_label_of_the_opposite_direction_is_another_row():
    assert opposite_word("What was Amounts owed to members of Peel in 2019?", "Amounts owed by members of Peel") == "owed by"
    assert opposite_word("What were trade payables in 2019?", "Trade receivables") == "receivables"
    assert opposite_word("What was interest income in 2018?", "Interest expense") == "expense"


def test_a_label_saying_the_asked_direction_too_or_a_question_saying_both_is_not():
    assert opposite_word("What was interest expense?", "Interest income and other expense, net") is None
    assert opposite_word("What was other income (expense), net?", "Other income (expense), net") is None
    assert opposite_word("What was income tax expense?", "Income tax expense") is None
    assert opposite_word("What was revenue in 2019?", "Revenue") is None


def test_the_row_label_is_the_last_part_of_its_path():
    assert row_label("Operating expenses › Interest income — 2019: 5; 2018: 4") == "Interest income"


def test_a_row_without_a_path_is_labelled_by_its_first_cell():
    assert row_label("Company: X; Net income: 5; Revenue: 9") == "Company: X"

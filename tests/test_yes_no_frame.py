"""An executive's yes/no question asks what the X is (yes_no_frame.py): the quoted figure or name is dropped."""

from rag.asking_frame import without_frame
from rag.yes_no_frame import as_asked_question


def test_a_quoted_figure_is_dropped_and_the_x_asked_as_what():
    assert as_asked_question("Was the X market in 2024 615.7 billion?") == "What was the X market in 2024?"
    assert as_asked_question("Did Acme's share in 2023 pass 4.2%?") == "What was Acme's share in 2023?"
    assert as_asked_question("Does the report put the deal size above RMB 2.33B, according to Frost?") == \
        "What is the deal size, according to Frost?"
    assert as_asked_question("Will the Y market in 2030 be 5 trillion?") == "What will the Y market in 2030 be?"


def test_a_quoted_name_is_dropped_and_the_x_asked_as_which():
    assert as_asked_question("Is Acme the largest player in 2024?") == "Which is the largest player in 2024?"
    assert as_asked_question("Is Acme the leader or Beta?") is None  # a choice, no claim


def test_a_year_a_second_figure_or_no_figure_is_no_claim():
    assert as_asked_question("Was the X in 2024 20% and 30% in 2025?") is None
    assert as_asked_question("Is the market expected to grow?") is None
    assert as_asked_question("Is it 5%?") is None  # a clause, no noun phrase
    assert as_asked_question("Was the X 2024?") is None  # a bare year is a date
    assert as_asked_question("What was the X in 2024?") is None


def test_without_frame_reads_the_yes_no_question_as_its_question():
    assert without_frame("Did the X in 2024 pass 10%?") == "What was the X in 2024?"


def test_a_name_with_an_inner_capital_opens_a_subject():
    assert as_asked_question("Was xAI's round in May 2024 USD 6.0B?") == "What was xAI's round in May 2024?"
    assert as_asked_question("Was it 6.0B?") is None

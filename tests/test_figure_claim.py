"""A fact-check quoting a figure asks what the figure is (figure_claim.py): the quoted figure is dropped."""

from rag.asking_frame import without_frame
from rag.figure_claim import as_figure_question


def test_a_quoted_figure_is_dropped_and_the_claim_asked_as_what():
    assert as_figure_question("Is it right that the X market in 2024 was 615.7 billion?") == "What was the X market in 2024?"
    assert as_figure_question("Some say Acme's share was 4.2%; is that right?") == "What was Acme's share?"
    assert as_figure_question("Is it true that the deal size was RMB 2.33B, according to Frost?") == \
        "What was the deal size, according to Frost?"
    assert as_figure_question("Can you confirm that the Y market is worth RMB 1.1T in 2050?") == "What is the Y market in 2050?"
    assert as_figure_question("I've heard the Z market will be 5 trillion yuan by 2030") == "What will the Z market be by 2030?"
    # any currency mark ingest.figures reads before a number
    assert as_figure_question("Is it right that Acme's revenue was HK$ 1,234.5 million in 2024?") == \
        "What was Acme's revenue in 2024?"


def test_a_claim_without_a_figure_as_its_value_is_left_to_the_claim_frame():
    assert as_figure_question("Is it right that A is rated above B?") is None
    assert as_figure_question("Is it right that China accounts for 18% of world population?") is None
    assert as_figure_question("Is it right that the X was 5% higher than the Y?") is None  # more after the figure
    assert as_figure_question("What was the X in 2024?") is None


def test_without_frame_reads_the_fact_check_as_its_question():
    assert without_frame("Some say the X in 2024 was 923.6 billion; is that right?") == "What was the X in 2024?"


def test_a_claim_to_confirm_without_that_is_a_claim_and_a_noun_phrase_is_not():
    assert as_figure_question("Can you confirm the market was 5 billion in 2024?") == "What was the market in 2024?"
    assert as_figure_question("Can you confirm the market size in 2024?") is None
    assert without_frame("Can you confirm the market was 5bn in 2024?") == "What was the market in 2024?"


def test_a_second_figure_or_question_after_the_date_is_no_single_claim():
    assert as_figure_question("I have read that the market was 5bn in 2024, so why did it fall in 2025?") is None
    assert as_figure_question("Some say the share is 20% for Company E and 30% for F; is that right?") is None
    assert as_figure_question("Is it right that the X was 20% in Q3 2024?") == "What was the X in Q3 2024?"

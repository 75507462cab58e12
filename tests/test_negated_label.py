"""negated_label: a row labelled with the negation of a word asked holds the complement asked."""

from rag.extractive.negated_label import negates_asked
from rag.extractive.weights import DEFAULT


def test_nonvested_row_is_not_the_vested_shares():
    row = "Nonvested as of December 31, 2019 — Number of Shares (thousands): 6,148"
    assert negates_asked(row, "How many shares have been vested as of December 31, 2019?")


def test_hyphenated_negation_and_other_inflection():
    assert negates_asked("Non-current — 2019: 120", "What were the current assets in 2019?")
    assert negates_asked("Unrealized losses — 2019: 6.4", "What were the realized losses in 2019?")


def test_question_asking_the_negated_word_names_the_row():
    assert not negates_asked("Nonvested as of December 31, 2019 — Number of Shares: 6,148",
                             "How many nonvested shares were there in 2019?")
    assert not negates_asked("Non-current — 2019: 120", "What were the non-current assets in 2019?")
    assert not negates_asked("Noncurrent — 2019: 120", "What were the non-current assets in 2019?")


def test_words_merely_starting_with_un_or_non_are_no_negation():
    assert not negates_asked("United States — 2019: 5", "What was the revenue of the states in 2019?")
    assert not negates_asked("Under one year — 2019: 5", "What is due in one year?")


def test_only_the_label_counts_not_the_column_headers():
    assert not negates_asked("Granted — Unvested awards: 3,288", "How many awards were vested?")


def test_the_feature_lowers_the_score():
    assert DEFAULT.negated_label < 0

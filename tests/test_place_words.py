"""place_words: a place named by another form of its name is read as the table labels it."""

from ingest.tables import read_grid
from rag.extractive.place_words import place_named

COUNTRIES = read_grid([["Country", "2021 (%)", "2024 (%)"], ["United Kingdom", "21", "31"], ["Japan", "24", "36"],
                       ["Middle East", "5", "7"], ["West Africa(1)", "3", "4"]]).table


def test_other_forms_of_a_place_are_written_as_the_table_labels_it():
    tables = [(0, COUNTRIES)]
    assert place_named(tables, "Robot adoption among UK hospitals in 2024?") == \
        "Robot adoption among United Kingdom hospitals in 2024?"
    assert place_named(tables, "What share of Japanese hospitals had a robot?") == "What share of Japan hospitals had a robot?"
    assert place_named(tables, "Middle Eastern and West African buyers?") == "Middle East and West Africa buyers?"
    assert place_named(tables, "the UK's share") == "the United Kingdom's share"


def test_a_place_the_tables_do_not_label_or_label_in_the_form_asked_is_left():
    tables = [(0, COUNTRIES)]
    assert place_named(tables, "Tell us about US sales") == "Tell us about US sales"  # no 'United States' label
    uk = read_grid([["", "2024"], ["UK", "5"], ["United Kingdom (excl. NI)", "4"]]).table
    assert place_named([(0, uk)], "UK sales in 2024?") == "UK sales in 2024?"  # a table writes 'UK' itself
    assert place_named([], "UK sales") == "UK sales"


def test_a_form_a_passage_writes_with_the_next_word_asked_stays_as_written():
    tables = [(0, COUNTRIES)]
    prose = "Heavy rains cut West African output by almost a fifth."
    assert place_named(tables, "What cut West African output in 2023/24?", prose) == "What cut West African output in 2023/24?"
    assert place_named(tables, "West African production in 2024?", prose) == "West Africa production in 2024?"

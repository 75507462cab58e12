from rag.extractive.dated_clause import clauses
from rag.extractive.phrase import answer_phrase

_BONDS = ("Issued bonds comprise a EUR 500 million bond maturing in November 2022 with a fixed coupon of 1.50%, a EUR "
          "750 million bond maturing in October 2024 with a fixed coupon of 1.75%, and a NOK 1,000 million bond "
          "maturing in September 2025.")


def test_the_date_of_the_clause_that_says_the_verb_asked():
    s = ("In February 2019, our Board of Directors authorized a program to repurchase up to $5.0 billion of our "
         "common stock, and in January 2021 the Board approved an increase of an additional $3.0 billion.")
    assert answer_phrase("When did the Board of Directors authorize the share repurchase program?", s) == "February 2019"
    assert answer_phrase("When did the Board approve an increase?", s) == "January 2021"


def test_an_opening_date_belongs_to_the_clause_after_it():
    s = "In 2019, a new plan was adopted, and the old plan was closed in March 2020."
    assert [s[a:b] for a, b in clauses(s)][0] == "In 2019, a new plan was adopted"


def test_list_items_are_clauses_a_plural_question_takes_each_item_naming_it():
    assert answer_phrase("When do the EUR bonds mature?", _BONDS) == "November 2022 and October 2024"
    assert answer_phrase("When does the EUR 750 million bond mature?", _BONDS) == "October 2024"


def test_a_tie_a_singular_question_does_not_break_reads_the_sentence_whole():
    s = "The bond matured in May 2020, and the note matured in June 2021."
    assert answer_phrase("When did the loan mature?", s) == "May 2020"


def test_one_dated_clause_keeps_the_date_it_gives():
    assert answer_phrase("When did trading commence?", "Trading commenced on March 29, 1988.") == "March 29, 1988"

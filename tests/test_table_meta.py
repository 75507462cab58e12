"""A question about a table itself ('What does the table show?') on the smallest inputs: its words
for the table and for showing are how it asks, and the sentence introducing the table says what
the table holds (w-tat11)."""

from __future__ import annotations

from rag.extractive.phrase_lead import lead_phrase
from rag.extractive.table_meta import how_table_asked, table_asked, table_subject


def test_a_question_about_the_table_itself():
    assert table_asked("What does the table show?")
    assert table_asked("What financial information does the table show?")
    assert table_asked("What information is presented in the table?")
    assert not table_asked("What items are shown in the table?")  # the rows, a list
    assert not table_asked("What does the table show about revenue?")  # a topic named
    assert not table_asked("What do Other items in the table represent?")
    assert "table" in how_table_asked("What does the table show?")
    assert not how_table_asked("What is the revenue in the table?")


def test_the_sentence_introducing_a_table_says_what_it_holds():
    assert table_subject("Aggregate emoluments of the Directors were as follows:") == "Aggregate emoluments of the Directors"
    assert table_subject("Accrued expenses consisted of the following:") == "Accrued expenses"
    assert table_subject("Revenue grew 5% in 2019.") is None
    assert lead_phrase("What does the table show?", (), (), "Accrued expenses consisted of the following:") == \
        "Accrued expenses"

"""'When do the bonds mature?' (rag/extractive/dated_clause.py): a plural asked 'when' is answered by each
instance's date the sentence lists in parallel; a code the question names leaves out another code's instance."""

from __future__ import annotations

from rag.extractive.dated_clause import dates_of_each
from rag.extractive.phrase import DATE, answer_phrase

BONDS = ("Issued bonds comprise a EUR 500 million bond maturing in November 2022 with a fixed coupon of 1.50%, a EUR "
         "750 million bond maturing in October 2024 with a fixed coupon of 1.75%, and a NOK 1,000 million "
         "floating-rate bond maturing in September 2025.")


def test_each_instance_of_the_plural_asked_gives_its_date():
    notes = "The senior notes comprise the 2.5% notes due March 15, 2027 and the 3.1% notes due September 1, 2031."
    assert answer_phrase("When do the senior notes mature?", notes) == "March 15, 2027 and September 1, 2031"
    assert dates_of_each("When were the dividends paid?", "Dividends were paid in May 2019 and November 2019.", 0,
                         DATE) == "May 2019 and November 2019"


def test_the_code_asked_leaves_out_another_codes_instance():
    assert answer_phrase("When do the EUR bonds mature?", BONDS) == "November 2022 and October 2024"
    euro = "The Group issued two EUR bonds in 2023: a €500 million bond maturing on 14 June 2028 and a €750 million " \
           "bond maturing on 3 October 2033."
    assert answer_phrase("When do the EUR bonds mature?", euro) == "14 June 2028 and 3 October 2033"


def test_one_thing_asked_or_dates_not_parallel_give_one_date():
    assert dates_of_each("When does the EUR bond mature?", BONDS, 0, DATE) is None
    issued = "The notes were issued in March 2019 and mature in March 2029."
    assert dates_of_each("When were the notes issued?", issued, 0, DATE) is None

"""The amount before a change a sentence states as an amount: the amount reached less an increase, plus a decrease."""

from rag.extractive.before_amount import amount_before


def _got(text, year, beginning=False):
    got = amount_before(text, year, beginning)
    return got and (got[0].text, got[1].text, got[2])


def test_a_decrease_compared_with_the_year_asked():
    text = "Unit sales in FY2020 were 8,958 thousand units, a decrease of 19 thousand units compared with FY2019."
    assert _got(text, 2019) == ("8,958 thousand", "19 thousand", -1)


def test_additional_items_bringing_a_total_to():
    text = "The expansion passed 18,600 additional homes in 2019, bringing total homes passed to 402,300 at December 31, 2019."
    assert _got(text, 2018) == ("402,300", "18,600", 1)


def test_the_beginning_of_the_year_the_sentence_is_of():
    text = "We added approximately 96,000 mobile lines in 2023, ending the year with 312,000 lines."
    assert _got(text, 2023, beginning=True) == ("312,000", "approximately 96,000", 1)
    assert _got(text, 2023) is None  # the end of 2023 is the amount written, no change to back out


def test_no_change_word_or_two_changes_reads_nothing():
    assert _got("Revenue was $5 million in 2020 and $4 million in 2019.", 2019) is None
    assert _got("Sales rose $5 million in 2020 after falling $4 million.", 2019) is None

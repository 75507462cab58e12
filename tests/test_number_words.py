"""One table of number words (rag/number_words.py) read in each site's own range."""

from rag.number_words import CARDINALS, ORDINALS, cardinals, ordinals


def test_number_word_ranges():
    assert cardinals(2, 4) == {"two": 2, "three": 3, "four": 4}
    assert ordinals(1, 2) == {"first": 1, "second": 2}
    assert CARDINALS[20] == "twenty" and ORDINALS[19] == "twentieth"


def test_each_site_reads_its_old_range():
    from eval.metrics import digits_for_words
    from eval.tatqa.normalise import _NUMBER_WORDS
    from rag.extractive.count_words import counts_in_words
    from rag.extractive.rank_words import last_of_top
    assert digits_for_words("twentieth") == "20" and digits_for_words("seven months") == "7 months"
    assert _NUMBER_WORDS["zero"] == 0 and _NUMBER_WORDS["twenty"] == 20
    assert counts_in_words("over the past twelve months") and not counts_in_words("over the past thirteen months")
    assert last_of_top("the last of the top twelve") == 12


def test_top_n_and_last_of_top_n_read_one_range():
    from rag.extractive.rank_words import asked, last_of_top
    assert asked("Which are the top twelve firms?", None).ranks == tuple(range(1, 13))
    assert asked("Which are the top 12 firms?", None).ranks == tuple(range(1, 13))
    assert asked("Which firm ranks twelfth?", None).ranks == (12,)
    assert last_of_top("the last of the top twelve") == 12 and last_of_top("the last of the top one") is None

"""Items of the kind asked that open parallel sentences, one each (parallel_openings.py)."""

from rag.extractive.parallel_openings import parallel_items

_TEXT = ("Most of our contracts are fixed-price type contracts. "
         "On a fixed-price type contract, we perform the work for a set price. "
         "On a cost-plus type contract, we are paid our costs plus a profit. "
         "On a time-and-material type contract, we are paid by the hour. The table below shows sales.")


def test_the_differing_words_of_a_shared_opening_are_the_items_named_with_the_kind():
    quote, items = parallel_items(_TEXT, "type")
    assert items == ["fixed-price type", "cost-plus type", "time-and-material type"]
    assert quote.startswith("On a fixed-price") and quote.endswith("by the hour.")


def test_a_frame_without_the_kind_asked_lists_nothing():
    assert parallel_items(_TEXT, "segment") is None


def test_openings_that_share_only_a_first_word_list_nothing():
    text = "In 2019, revenue rose on a new product. In 2018, revenue fell as a contract ended."
    assert parallel_items(text, "year") is None


def test_table_rows_are_no_sentences_opening_items():
    text = ("Rank: 1; Company name: Company A; Market share, %: 30.1%\n"
            "Rank: 2; Company name: Company D; Market share, %: 4.7%")
    assert parallel_items(text, "rank") is None


"""Word pairs in the keyword index: a passage saying the question's phrase outranks one scattering its words."""
import numpy as np

from ingest.keyword import KeywordIndex, tokenize, word_pairs


def test_word_pairs_join_adjacent_words_not_numbers():
    assert word_pairs(tokenize("global AI financing in 2024")) == ["global_ai", "ai_financ"]


def test_phrase_outranks_scattered_words_and_length_counts_words_only():
    index = KeywordIndex.build(["financing of AI rose; global demand fell", "global AI financing rose; demand fell"])
    assert list(index.doc_len) == [len(tokenize("financing of AI rose; global demand fell"))] * 2
    words, both = index.scores("global AI financing", pairs=False), index.scores("global AI financing")
    assert words[0] == words[1] and both[1] > both[0] == words[0]


def test_a_chunk_is_found_by_its_section_heading_once():
    from ingest.keyword import keyword_text

    assert keyword_text("Revenue rose 5%.", "Investment Intensity") == "Investment Intensity\nRevenue rose 5%."
    assert keyword_text("Investment Intensity\nRevenue rose 5%.", "Investment Intensity").count("Intensity") == 1
    assert keyword_text("Revenue rose 5%.", None) == "Revenue rose 5%."

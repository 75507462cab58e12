"""Key terms found abbreviated or spelled out (rag/extractive/abbreviated.py), as the coverage gate reads them."""

from __future__ import annotations

from ingest.keyword import tokenize
from rag.extractive.abbreviated import abbreviated_terms


def _terms(text: str) -> set[str]:
    return set(tokenize(text))


def test_an_abbreviation_in_the_passage_covers_the_words_the_question_spells_out():
    asked = _terms("What compound growth rate is forecast for the market?")
    assert _terms("compound growth rate") <= abbreviated_terms(asked, _terms("Market size, CAGR 44.9%"))


def test_the_abbreviation_alone_covers_nothing_the_question_does_not_spell_out_in_full():
    # 'growth' alone is no spelled-out form of CAGR: the passage's 'CAGR' does not cover it
    asked = _terms("How fast did the market's growth slow?")
    assert abbreviated_terms(asked, _terms("Market size, CAGR 44.9%")) == set()
    # and no abbreviation in the passage: nothing is found
    assert abbreviated_terms(_terms("What compound growth rate is forecast?"), _terms("Market size 2029")) == set()


def test_a_spelled_out_form_in_the_passage_covers_the_abbreviation_asked():
    asked = _terms("From when did AI coding apps grow?")
    assert _terms("apps") <= abbreviated_terms(asked, _terms("AI coding applications experienced growth"))
    assert abbreviated_terms(asked, _terms("AI coding experienced growth")) == set()

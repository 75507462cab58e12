"""One word in different forms is one term: a closed compound and its open or hyphenated form, an acronym
whose initials keep or skip its joining words."""

from __future__ import annotations

from rag.extractive.gates_measure import measure_narrowed
from rag.extractive.mention import mention_test
from rag.extractive.names import mentions, spelled_out
from rag.query_terms import asked_forms, found_among, found_as_asked, written_closed, written_open
from tests.test_extractive import decision

FILLER = ("Robots spread across factories.", "Capital flowed to chips.")


def test_a_closed_compound_is_found_written_open_or_hyphenated():
    assert written_open("dataset", {"data", "set", "demand"})  # 'data set', 'data-set'
    assert found_as_asked(["dataset"], {"data", "set"}, None) == {"dataset"}
    assert not written_open("dataset", {"data", "demand"})
    assert not written_open("income", {"in", "come"})  # each half is a word of three letters or more


def test_a_narrowed_measure_written_open_in_the_passage_is_not_missing():
    q = "What share of the dataset spending goes to labelling services?"
    d = decision(q, "Data-set spending by buyers: labelling services 41.5%, storage 22.0%.", *FILLER)
    assert measure_narrowed(d) is None
    d = decision(q, "Spending by buyers: labelling services 41.5%, storage 22.0%.", *FILLER)
    assert measure_narrowed(d) is not None


def test_an_acronym_matches_its_initials_with_or_without_joining_words():
    assert spelled_out("cogs", "cost of goods sold rose")       # 'of' is one of the initials
    assert spelled_out("icbc", "industrial and commercial bank of china")  # 'and', 'of' are not
    assert not spelled_out("cogs", "cost of services sold")
    assert not spelled_out("tam", "the average market price")  # a joining word does not start an acronym
    assert not spelled_out("roi", "rapid output in europe")  # nor end one
    assert mentions("the cost of goods sold was $5m", "COGS")
    assert mention_test("COGS")("the cost of goods sold was $5m")
    assert not mentions("industrial output of china", "ICBC")


def test_a_three_letter_acronym_is_spelled_by_content_words_of_one_clause():
    assert spelled_out("gwp", "gross written premiums rose 8%")
    assert spelled_out("aum", "total assets under management")      # a preposition inside carries its letter
    assert spelled_out("tts", "a text-to-speech engine")             # 'to' inside a compound too
    assert spelled_out("cic", "according to china insights consultancy")
    assert spelled_out("ppe", "property, plant and equipment")         # three words listed
    assert not spelled_out("gpt", "rapid growth, projected to rise")   # never across punctuation
    assert not spelled_out("gdp", "new growth drivers.policy support")
    assert not spelled_out("tam", "there are more agents")            # a pronoun or auxiliary carries no letter
    assert not spelled_out("api", "a pioneer in intelligent driving")
    assert not spelled_out("tam", "to accomplish more tasks")          # 'to' never starts one
    assert not spelled_out("pis", "presented in the statement")        # joining words all kept or all left out
    assert not mentions("growth, projected to rise", "GPT")
    assert not mention_test("GPT")("growth, projected to rise")


def test_open_or_hyphenated_words_asked_are_found_written_closed():
    assert found_as_asked(["multi", "modal", "model"], {"multimodal", "model"}, None) == {"multi", "modal", "model"}
    assert found_among(asked_forms(["end", "cloud"], None), {"endcloud"}) == {"end", "cloud"}
    assert found_as_asked(["multi", "lingual"], {"multimodal"}, None) == set()
    assert written_closed(["dall", "e", "3"]) == {}  # a letter or a number is no half of a word

"""One word in different forms is one term: a closed compound and its open or hyphenated form, an acronym
whose initials keep or skip its joining words."""

from __future__ import annotations

from rag.extractive.mention import mention_test
from rag.extractive.names import mentions, spelled_out
from rag.query_terms import found_as_asked, written_open
from tests.test_extractive import decision

FILLER = ("Robots spread across factories.", "Capital flowed to chips.")


def test_a_closed_compound_is_found_written_open_or_hyphenated():
    assert written_open("toolchain", {"tool", "chain", "demand"})
    assert found_as_asked(["toolchain"], {"tool", "chain"}, None) == {"toolchain"}
    assert not written_open("toolchain", {"tool", "demand"})
    assert not written_open("income", {"in", "come"})  # each half is a word of three letters or more


def test_a_narrowed_measure_written_open_in_the_passage_is_not_missing():
    from rag.extractive.gates_measure import measure_narrowed
    q = "What share of the toolchain demand do model training tools represent among developers?"
    d = decision(q, "The tool chain demand of developers: model training tools 36.2%, data tools 38.1%.", *FILLER)
    assert measure_narrowed(d) is None
    d = decision(q, "Developers' demand: model training tools 36.2%, data tools 38.1%.", *FILLER)
    assert measure_narrowed(d) is not None


def test_an_acronym_matches_its_initials_with_or_without_joining_words():
    assert spelled_out("cogs", "cost of goods sold rose")       # 'of' is one of the initials
    assert spelled_out("icbc", "industrial and commercial bank of china")  # 'and', 'of' are not
    assert not spelled_out("cogs", "cost of services sold")
    assert mentions("the cost of goods sold was $5m", "COGS")
    assert mention_test("COGS")("the cost of goods sold was $5m")
    assert not mentions("industrial output of china", "ICBC")

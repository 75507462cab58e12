"""A derived common word ('Recognition') that no passage writes is read as an ordinary word, not a name."""

from rag.extractive.derived_words import derived_word, unwritten, unwritten_derived
from rag.extractive.ordinary_names import ordinary_names
from rag.extractive.slots import parse
from rag.types import Chunk, Passage


def _passage(text: str) -> Passage:
    return Passage(Chunk("c1", "d1", text, "Report", "Pub", "2020", "r.html", 1, 1, None, 0, len(text)), 1.0)


def test_derived_endings_mark_common_words_not_names():
    assert derived_word("Recognition") and derived_word("Equity") and derived_word("Financial")
    assert not derived_word("Talespin") and not derived_word("Teekay") and not derived_word("Unity")


def test_a_word_written_in_any_case_is_not_unwritten():
    assert not unwritten("Recognition", ["revenue recognition rose"])
    assert unwritten("Recognition", ["the performance rights sub-plan"])
    assert not unwritten_derived("Teekay", ["the performance rights sub-plan"])


def test_an_unwritten_derived_word_of_the_question_is_no_name():
    info = parse("What are the requirements under the Recognition share plan?")
    page = [_passage("Participants are required to meet a service condition to gain access to the performance rights.")]
    assert "Recognition" in info.names
    assert ordinary_names(info, page) == ["Recognition"]


def test_an_unwritten_proper_name_stays_a_name():
    info = parse("What was the revenue of Talespin in 2019?")
    assert ordinary_names(info, [_passage("Revenue rose in 2019.")]) == []


def test_a_derived_word_the_question_writes_as_an_owner_stays_a_name():
    info = parse("What was Accenture's revenue in 2024?")
    page = [_passage("Participants are required to meet a service condition to gain access to the performance rights.")]
    assert "Accenture" in info.names
    assert ordinary_names(info, page) == []

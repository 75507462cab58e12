"""A name no indexed passage writes is not answered from another's figure; a name written anywhere,
an acronym or a place is left to the other gates."""

from __future__ import annotations

from rag.extractive.gates_unknown import known, name_unknown
from rag.extractive.question_names import Entity
from tests.test_extractive import decision

ROWS = ("Artificial Analysis Intelligence Index (evaluation of text models). "
        "Rank: 7; Company name: Google; Model: Gemini 2.5 Pro; Index: 60")


def test_a_name_the_index_never_writes_is_refused():
    d = decision("What is Kimi K2's Intelligence Index score?", ROWS)
    assert name_unknown(d) == "the reports never mention Kimi"


def test_a_name_the_index_writes_passes():
    assert name_unknown(decision("What is Gemini 2.5 Pro's Intelligence Index score?", ROWS)) is None


def test_acronyms_and_any_known_word_of_a_form_count_as_known():
    vocab = {"gemini": 0, "pro": 1}
    assert known(Entity("ICBC"), vocab)                     # may be spelled out in the reports
    assert known(Entity("Gemini Ultra"), vocab)             # another version: version_other's business
    assert known(Entity("Hexa", ("Gemini",)), vocab)
    assert not known(Entity("Kimi K2"), vocab)

from types import SimpleNamespace

from rag.extractive.gates_longer_name import embedded, name_in_longer, variant_of
from rag.extractive.slots import parse


def _decision(question: str, text: str):
    return SimpleNamespace(slots=parse(question), best=SimpleNamespace(text=text), figures=[])


def test_a_versioned_name_given_only_with_more_words_is_a_variant():
    row = "Rank: 10; Company name: Runway; Model: Runway Gen 3 Alpha Turbo; Arena ELO: 1,005"
    assert variant_of(("Runway", "Gen", "3", "Alpha"), row) == ("Runway", "Gen", "3", "Alpha", "Turbo")
    assert variant_of(("Runway", "Gen", "3", "Alpha"), "Model: Runway Gen 3 Alpha; Arena ELO: 1,005") is None
    assert name_in_longer(_decision("What Arena ELO did Runway Gen 3 Alpha get?", row))


def test_a_longer_name_the_question_names_too_is_asked():
    row = "Rank: 7; Company name: X; Model: Grok 4 Fast; Index: 60"
    assert name_in_longer(_decision("Which scores higher, Grok 4 or Grok 4 Fast?", row)) is None


def test_an_of_name_inside_a_longer_institution_name_is_another_institution():
    text = "(e.g., Industrial and Commercial Bank of China reduced the average call duration by 10%)"
    assert embedded("Bank of China", text)
    assert not embedded("Bank of China", "In 2024 Bank of China reduced call duration by 10%.")
    assert not embedded("Bank of China", "The Bank of China reduced call duration by 10%.")
    assert name_in_longer(_decision("By how much did Bank of China reduce call duration?", text))
    assert name_in_longer(_decision("By how much did ICBC reduce call duration?", text)) is None

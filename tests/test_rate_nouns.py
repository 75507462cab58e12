from types import SimpleNamespace

from rag.extractive.rate_nouns import asks_rate, rate_terms_unwritten
from rag.extractive.slots import parse

_PASSAGE = "The financial sector achieved coverage exceeding 75% across customer service and investment advisory."


def _decision(question: str, text: str = _PASSAGE):
    chunk = SimpleNamespace(text=text)
    return SimpleNamespace(slots=parse(question), best=SimpleNamespace(text=text, passage_index=0),
                           ctx=SimpleNamespace(passages=[SimpleNamespace(chunk=chunk)]), figures=[])


def test_a_rate_noun_asked_reads_as_a_percent():
    assert parse("What agent coverage has the financial sector achieved?").units == ("percent",)
    assert parse("What adoption has the energy industry reached?").units == ("percent",)


def test_a_rate_noun_before_another_noun_or_in_a_description_asks_no_percent():
    assert not asks_rate("Why can agents lower the adoption barrier?")
    assert parse("Which scenarios does agent coverage include?").units == ()
    assert parse("How many firms report AI adoption?").units[0] == "count"  # another unit asked leads


def test_a_measure_word_the_passage_never_writes_blocks_a_rate_read_from_a_rate_noun():
    asked = "What agent coverage has the financial sector achieved across customer service and {} advisory?"
    assert rate_terms_unwritten(_decision(asked.format("investment"))) is None
    assert rate_terms_unwritten(_decision(asked.format("headcount")))  # 'headcount advisory' is not written
    # a question asking a percent in other words as well is left to the other gates
    assert rate_terms_unwritten(_decision("What share of coverage is in headcount advisory?")) is None


def test_a_measure_word_inside_another_word_is_not_written():
    # 'ships' inside 'partnerships' writes no ships: the word is read at a word start, as in the question
    q = "What adoption have ships reached in autonomous navigation?"
    assert rate_terms_unwritten(_decision(q, "Partnerships reached 40% adoption in autonomous navigation."))
    assert rate_terms_unwritten(_decision(q, "Cargo ships reached 40% adoption in autonomous navigation.")) is None


def test_a_rate_noun_before_a_measure_of_its_own_asks_no_rate():
    assert not asks_rate("What were AI adoption costs in 2024?")
    assert not asks_rate("How much is coverage spending?")
    assert asks_rate("What adoption has the energy industry reached?")

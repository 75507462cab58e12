from rag.extractive.gates_amount import amount_only, row_amount
from rag.extractive.slots import parse


def test_amount_is_the_only_money_word():
    assert amount_only("What is the amount of affordable housing credit in 2019?")
    assert not amount_only("What is the amount of revenue in 2019?")  # revenue asks money
    assert not amount_only("What was the affordable housing credit in 2019?")  # no money word at all


def test_a_dated_row_answers_an_amount_asked_only_by_the_word_amount():
    s = parse("What is the amount of affordable housing credit in 2019?")
    assert row_amount(s, row=True, dated=True)
    assert not row_amount(s, row=False, dated=True)  # a sentence's percentage is no amount
    assert not row_amount(s, row=True, dated=False)
    assert not row_amount(parse("What was the amount of revenue in 2019?"), row=True, dated=True)

"""Items a question sets aside ('apart from A and B, what other X'): the rest is asked (set_aside.py)."""

from rag.extractive.set_aside import asks_rest, lists_rest, set_aside
from rag.extractive.slots import parse


def test_a_leading_clause_sets_items_aside_and_the_rest_is_asked():
    rest, aside = set_aside("Apart from web browsing and code execution, what other tool uses does it mention?")
    assert rest == "What other tool uses does it mention?"
    assert aside == ("web browsing", "code execution")
    assert set_aside("Besides A, B or C, which sectors grew?")[1] == ("A", "B", "C")


def test_a_clause_holding_a_figure_is_a_period_not_items_set_aside():
    q = "Beyond 2030, what growth is expected?"
    assert set_aside(q) == (q, ())
    q = "What share of financing went to sectors other than AIGC?"
    assert set_aside(q) == (q, ())  # no leading clause


def test_the_unit_is_read_without_the_items_set_aside():
    slots = parse("Beyond performance and cost, what secondary factors do buyers weigh?")
    assert "money" not in slots.units  # 'cost' is set aside, not asked
    assert slots.aside == ("performance", "cost")


def test_a_sentence_lists_the_rest_by_the_word_asked_and_names_none_set_aside():
    word = asks_rest("What secondary factors do buyers weigh?")
    assert word == "secondary"
    assert lists_rest("Secondary considerations include security, compliance, and customer support.", word, ())
    assert lists_rest("Other tool use includes structured outputs, and retrieval.", "other", ())
    assert not lists_rest("Other tool use includes structured outputs.", "other", ())  # one thing
    assert not lists_rest("Secondary considerations include cost and security.", "secondary", ("cost",))
    assert not lists_rest("Other tools include A and B.", "secondary", ())  # another word
    assert not lists_rest("Security, compliance and support matter.", "secondary", ())
    assert asks_rest("What are the main risks?") is None


def test_items_set_aside_ask_the_rest_whatever_word_the_report_calls_it():
    # no 'other' in the question: setting items aside asks the rest, which a report may call secondary
    assert asks_rest("What do enterprises consider?", ("performance", "cost")) == "any"
    assert lists_rest("Secondary considerations include security, compliance, and support.", "any", ("cost",))
    assert asks_rest("What do enterprises consider?") is None
    # and a question asking no unit is a list of the rest, not a figure
    assert parse("Other than performance and stability, what do enterprises consider when choosing APIs?").shape == "list"

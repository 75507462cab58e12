"""stranded.stranded_object: a question leaving its preposition without an object asks for it."""

from rag.extractive.phrase import answer_phrase
from rag.extractive.stranded import stranded_object

Q = 'What did the company combine "Dividends payable" with in 2020 on the consolidated balance sheets?'
S = ('During 2020, the Company combined "Dividends payable" with "Accounts payable and accrued liabilities" '
     'on the consolidated balance sheets.')


def test_the_object_stops_before_the_questions_scope():
    assert stranded_object(Q, S) == '"Accounts payable and accrued liabilities"'
    assert answer_phrase(Q, S) == '"Accounts payable and accrued liabilities"'


def test_object_at_the_sentence_end():
    q = "What was the revenue attributed to in 2019?"
    assert stranded_object(q, "In 2019, revenue was attributed to the geographic location of customers.") \
        == "the geographic location of customers"


def test_a_quantity_verb_asks_a_figure_not_words():
    assert stranded_object("What did revenue amount to in 2019?", "Revenue amounted to $5 million in 2019.") is None


def test_a_preposition_with_its_object_strands_nothing():
    assert stranded_object("What is the ratio of debt to equity in 2019?", "The ratio of debt to equity was 2.") is None
    assert stranded_object("What was the change from 2018 to 2019?", "Revenue rose from 2018 to 2019.") is None


def test_the_sentence_must_repeat_the_question_before_the_preposition():
    assert stranded_object(Q, "The Company reclassified certain balances with no effect in 2020.") is None

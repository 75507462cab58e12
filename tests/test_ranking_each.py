"""Rows of a ranking set side by side with no operation asked ('A against B, index each'): each row's
figure, in the question's order; a gap, a multiple or a choice asked is left to the other rules."""

from rag.extractive.ranking_each import named_each
from tests.test_ranking import INDEX, SPEECH_TITLED, _ctx


def _each(q: str):
    return named_each(_ctx(q, INDEX, SPEECH_TITLED), q, "extractive")


def test_two_rows_side_by_side_give_each_figure_in_the_question_order():
    a = _each("Grok 4 vs Claude 4.5 on the Intelligence Index")
    assert a is not None and a.figure == "65 and 63"
    assert "Grok 4 — Index: 65" in a.answer and "Claude 4.5 — Index: 63" in a.answer
    a = _each("Hailuo 02 compared with Seedance 1.0 on the speech arena: Elo of each?")
    assert a is not None and a.figure == "1,331 and 1,355"


def test_a_lead_in_before_a_colon_does_not_address_the_ranking():
    a = _each("For a slide: Grok 4 against Claude 4.5, index each, from the intelligence index")
    assert a is not None and a.figure == "65 and 63"


def test_an_operation_a_choice_or_one_row_is_left_to_the_other_rules():
    assert _each("How many points separate Grok 4 from Claude 4.5 on the Intelligence Index?") is None
    assert _each("Which ranks higher on the Intelligence Index, Grok 4 or Claude 4.5?") is None
    assert _each("What index does Grok 4 post on the Intelligence Index?") is None
    assert _each("Grok 4 and Claude 4.5 on the Intelligence Index") is None  # nothing set side by side

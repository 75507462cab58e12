"""One figure said of the things compared together is no bold lead for a comparison, nor a bound
for a precise figure asked (rag/extractive/lead_doubt.py). Smallest inputs, no model."""

from __future__ import annotations

from ingest.figures import parse_figures
from rag.extractive.features import Evidence
from rag.extractive.lead_doubt import (BOUND_WHY, JOINT_WHY, RARE_WHY, bound_not_precise, joint_figure,
                                      sentence_without_rare_term)
from rag.extractive.verify import said_in
from rag.types import Answer
from rag.extractive.slots import parse


def _sentence(text: str, row: bool = False) -> Evidence:
    return Evidence(0, 0, text, parse_figures(text), set(), set(), row, True)


def _lead(e: Evidence, unit: str = "percent"):
    return [f for f in e.figures if f.unit == unit][:1]


COMPARE = "How did Alpha and Beta compare in their share of financing in 2024?"


def test_a_joint_figure_does_not_lead_a_comparison():
    e = _sentence("In 2024, financing reached RMB 590B, with Alpha and Beta together representing 92%.")
    assert joint_figure(parse(COMPARE), e, _lead(e)) == JOINT_WHY
    total = _sentence("The six scenarios drew investment, with a total investment exceeding 700 million yuan.")
    asked = parse("How much investment went to analysis compared with knowledge Q&A?")
    assert joint_figure(asked, total, _lead(total, "money")) == JOINT_WHY


def test_each_ones_figure_or_another_clause_leads():
    e = _sentence("In 2024, Alpha held 78% of financing, while Beta and Gamma together held 14%.")
    assert joint_figure(parse(COMPARE), e, _lead(e)) is None  # the joint word is in another clause


def test_the_joint_figure_asked_a_row_or_a_figure_question_is_not_doubted():
    e = _sentence("In 2024, Alpha and Beta together represented 92% of financing.")
    assert joint_figure(parse("How did the combined share of Alpha and Beta compare with the rest in 2024?"), e,
                        _lead(e)) is None  # the question asks the joint figure
    assert joint_figure(parse("What share of financing did Alpha and Beta hold in 2024?"), e, _lead(e)) is None
    row = _sentence("Total financing — Alpha: 92%; Beta: 8%", row=True)
    assert joint_figure(parse(COMPARE), row, _lead(row)) is None


def test_a_bound_does_not_lead_when_the_precise_figure_is_asked():
    e = _sentence("The market is expected to grow to more than 1.1 trillion yuan by 2075.")
    asked = parse("What precise size will the market surpass by 2075?")
    assert bound_not_precise(asked, _lead(e, "money")) == BOUND_WHY
    assert bound_not_precise(parse("What size will the market surpass by 2075?"), _lead(e, "money")) is None
    exact = _sentence("The market is expected to reach 1.12 trillion yuan by 2075.")
    assert bound_not_precise(asked, _lead(exact, "money")) is None


WHY_Q = "Why do agents matter for enterprise workflows?"
SENT = "Agents are reshaping how enterprises organise their daily work across many departments."


def _answer(text: str, figure: str | None = None) -> Answer:
    return Answer(question=WHY_Q, answer=text, figure=figure, abstained=False, citations=[])


def test_a_whole_sentence_lead_is_not_bolded_when_the_rarest_term_is_missing():
    e = _sentence(SENT)
    whole = _answer(f"**{SENT}** [1]")
    assert sentence_without_rare_term(WHY_Q, whole, e, {"rare_term_unsaid": 1.0, "names": 1.0}) == RARE_WHY
    assert sentence_without_rare_term(WHY_Q, whole, e, {"rare_term_unsaid": 0.0, "names": 1.0}) is None  # the term is there
    # not found by the names: the question names nothing, or the sentence not all it names
    assert sentence_without_rare_term(WHY_Q, whole, e, {"rare_term_unsaid": 1.0, "names": 0.0}) is None
    assert sentence_without_rare_term(WHY_Q, whole, e, {"rare_term_unsaid": 1.0, "names": 0.5}) is None


def test_a_phrase_or_figure_lead_is_left_to_the_other_checks():
    e = _sentence(SENT)
    phrase = _answer(f"**reshaping how enterprises organise their daily work**. {SENT} [1]")
    assert sentence_without_rare_term(WHY_Q, phrase, e, {"rare_term_unsaid": 1.0, "names": 1.0}) is None
    figure = _answer(f"**40%**. {SENT} [1]", figure="40%")
    assert sentence_without_rare_term(WHY_Q, figure, e, {"rare_term_unsaid": 1.0, "names": 1.0}) is None


def test_the_rarest_term_counts_in_any_inflection():
    assert said_in("combine", {"company", "combin"}, None)  # the stemmer's 'combined'
    assert said_in("include", {"include"}, None)
    assert not said_in("open", {"closed", "member"}, None)
    assert not said_in("currency", {"current", "dollar"}, None)



def test_a_quantity_asked_is_not_answered_in_bold_by_words():
    from rag.extractive.lead_doubt import QUANTITY_WHY, quantity_without_figure
    q = "What diagnostic accuracy does Zentro 2.0 achieve?"
    words = Answer(question=q, answer="**Zentro 2.0 reads video and sensor signals.** [1]", figure=None,
                   abstained=False, citations=[])
    assert quantity_without_figure("What diagnostic accuracy does Zentro 2.0 achieve?", words) == QUANTITY_WHY
    amount = Answer(question=q, answer="**over 98.7%** of faults are predicted [1]", figure=None,
                    abstained=False, citations=[])
    assert quantity_without_figure("What diagnostic accuracy does Zentro 2.0 achieve?", amount) is None
    # a question asking words, not a quantity
    assert quantity_without_figure("What does Zentro 2.0 read?", words) is None


def test_part_of_a_group_led_above_its_whole_is_doubted():
    from rag.extractive.lead_doubt import part_over_whole
    from rag.types import Answer
    q = "What percentage of large enterprises use AI assistants for coding?"
    assert part_over_whole(q, Answer(question=q, answer="**over 100%**. The columns sum to more than 100%.", figure=None, abstained=False, citations=[]))
    assert part_over_whole(q, Answer(question=q, answer="**54%** of large enterprises", figure=None, abstained=False, citations=[])) is None
    assert part_over_whole("By what percentage did sales grow?", Answer(question=q, answer="**120%**", figure=None, abstained=False, citations=[])) is None

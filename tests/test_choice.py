"""Questions naming their alternatives ('which is higher, A or B?', 'A vs B'): each alternative's
figure from the smallest evidence (a sentence or table rows built from strings), no model."""

from __future__ import annotations

import pytest

from rag.extractive.choice import alternatives, answer_choice
from tests.test_extractive import evidence


@pytest.mark.parametrize("question, names, kind", [
    ("Which ranks higher on the index, Gemini 2.5 Pro or Claude 4.1 Opus?", ("Gemini 2.5 Pro", "Claude 4.1 Opus"), "choice"),
    ("Which grew faster in 2024: the number or the value of projects?", ("number", "value of projects"), "choice"),
    ("Between Company G and Company H, which had the bigger share in 2024?", ("Company G", "Company H"), "choice"),
    ("Did urban or rural consumption grow faster in 2024?", ("urban", "rural"), "choice"),
    ("Hailuo 02 vs Runway Gen 4 on the arena: what are their scores?", ("Hailuo 02", "Runway Gen 4"), "comparison"),
    ("How do Grok 4 and Claude 4.5 Sonnet compare on the index?", ("Grok 4", "Claude 4.5 Sonnet"), "comparison"),
    ("On the arena of June 2025, how does Hailuo 02 stack up against Seedance 1.0?", ("Hailuo 02", "Seedance 1.0"),
     "comparison"),
    ("How does the U.S. fare against China on AI financing?", ("U.S.", "China"), "comparison"),
])
def test_alternatives_are_read_from_the_question(question, names, kind):
    alt = alternatives(question)
    assert alt is not None and alt.names == names and alt.kind == kind


@pytest.mark.parametrize("question", [
    "Which company, A or B, was founded first?",  # no amount compared
    "What was revenue in 2024?",
    "Which is larger?",
    "How does its score stack up against Hailuo 02?",  # a pronoun names no first alternative
])
def test_no_alternatives(question):
    assert alternatives(question) is None


def _ask(question, *texts):
    ctx, slots, ev = evidence(question, *texts)
    return answer_choice(ctx, slots, ev, "extractive")


ROWS = "Rank: 7; Company name: Company G; Market share, %: 0.7%\nRank: 8; Company name: Company H; Market share, %: 0.5%"


def test_a_choice_leads_with_the_larger_rows_name_and_cites_both_figures():
    a = _ask("Between Company G and Company H, which had the bigger market share?", ROWS)
    assert a is not None and a.shape == "which" and a.figure == "Company G"
    assert a.answer.startswith("**Company G** (Company G: 0.7% [1] vs Company H: 0.5% [1])")


def test_a_choice_asking_less_leads_with_the_smaller():
    a = _ask("Which had the smaller market share, Company G or Company H?", ROWS)
    assert a is not None and a.figure == "Company H"


def test_a_rank_number_is_not_the_measure():
    a = _ask("Which ranks higher, Company H or Company G?", ROWS)
    assert a is not None and a.figure == "Company G"  # 0.7% > 0.5%, not rank 8 > 7


def test_in_a_sentence_each_name_takes_the_first_figure_after_it():
    text = "Urban spending grew by 4.7% to RMB 34.5 thousand, while rural consumption grew by 6.1%."
    a = _ask("Did urban or rural consumption grow faster?", text)
    assert a is not None and a.figure == "rural" and "urban: 4.7%" in a.answer and "rural: 6.1%" in a.answer


def test_respectively_gives_the_figures_in_the_order_of_the_names():
    text = "Of the investment, knowledge Q&A and customer service took 158 million yuan and 170 million yuan respectively."
    a = _ask("Which drew less investment, knowledge Q&A or customer service?", text)
    assert a is not None and a.figure == "knowledge Q&A" and "customer service: 170 million yuan" in a.answer


def test_a_comparison_leads_with_both_figures():
    a = _ask("Company G vs Company H: what were their market shares?", ROWS)
    assert a is not None and a.shape == "comparison" and a.answer.startswith("**0.7% vs 0.5%**")


def test_an_alternative_without_a_figure_composes_nothing():
    assert _ask("Which had the bigger market share, Company G or Company Z?", ROWS) is None


def test_a_tie_names_no_one():
    rows = "Rank: 1; Company name: Company A; Market share, %: 0.3%\nRank: 2; Company name: Company B; Market share, %: 0.3%"
    a = _ask("Which had the bigger market share, Company A or Company B?", rows)
    assert a is not None and "**" not in a.answer and "same figure" in a.answer  # each one's figure, no bold lead


def test_a_tie_on_a_ranking_asked_is_ordered_by_the_ranking():
    rows = ("Rank: 8; Company name: Microsoft; Model: Azure Neutral; Arena ELO: 1,056\n"
            "Rank: 9; Company name: Amazon; Model: Polly Long-Form; Arena ELO: 1,056")
    a = _ask("Which is higher on the speech ranking, Amazon Polly Long-Form or Microsoft Azure Neutral?", rows)
    assert a is not None and a.answer.startswith("**Microsoft Azure Neutral** (ranked 8 vs 9;")


def test_a_name_split_over_an_owner_and_a_product_cell_is_found():
    rows = ("Rank: 3; Company name: Microsoft; Model: Azure Neutral; Arena ELO: 1,080\n"
            "Rank: 9; Company name: Amazon; Model: Polly Long-Form; Arena ELO: 1,056")
    a = _ask("Which has the higher Arena ELO, Amazon Polly Long-Form or Microsoft Azure Neutral?", rows)
    assert a is not None and a.figure == "Microsoft Azure Neutral"


def test_another_period_composes_nothing():
    text = "In 2024, urban spending grew by 4.7%, while rural consumption grew by 6.1%."
    assert _ask("Did urban or rural consumption grow faster in 2019?", text) is None


def test_the_measure_asked_must_be_named():
    text = "In 2024, the U.S. and China accounted for 34% and 15% of AI companies, respectively."
    assert _ask("Which had the larger share of AI financing in 2024, the U.S. or China?", text) is None


def test_a_comparative_before_market_names_no_part_of_a_report():
    from rag.extractive.slots import scopes
    assert scopes("Which had the smaller market share, Company G or Company H?") == []
    assert scopes("Which is the bigger segment, logistics market or energy?") == ["logistics"]


def test_market_shares_ask_a_percent_not_money():
    from rag.extractive.slots import parse
    assert parse("What were their market shares in 2024?").units[:1] == ("percent",)


def test_how_a_comparison_is_asked_is_no_part_of_its_subject():
    from rag.extractive.slots import parse
    s = parse("How did the average deal size in the U.S. stack up against China's in 2024?")
    assert not {"stack", "against"} & set(s.subject) and "deal" in s.subject


def test_two_entities_compared_each_get_their_figure():
    text = ("In 2024, the United States dominated with 78% of financing (average deal size RMB 1.55B). "
            "China ranked second with 14% (average deal size RMB 120M).")  # 'U.S.' asked, its other form written
    a = _ask("How did the average deal size in the U.S. stack up against China's in 2024?", text)
    assert a is not None and a.shape == "comparison" and a.answer.startswith("**RMB 1.55B vs RMB 120M**")


def test_an_alternative_whose_sentence_fails_a_gate_composes_nothing():
    ctx, slots, ev = evidence("Between Company G and Company H, which had the bigger market share?", ROWS)
    assert answer_choice(ctx, slots, ev, "extractive", gate=lambda s, e, f: ("period_covered", "no")) is None
    assert answer_choice(ctx, slots, ev, "extractive", gate=lambda s, e, f: None) is not None


def test_a_leader_measured_in_another_unit_does_not_lead():
    from rag.extractive.choice import leader
    q = "Which country holds the largest share of the world's AI companies?"
    ctx, slots, ev = evidence(q, "Among the world's largest AI companies by share, China ranked first with 1,509 models. "
                                 "By geography, America led with 34%.")
    ev = sorted(ev, key=lambda e: "China" not in e.text)  # the count sentence ranked first
    a = leader(ctx, slots, ev, "extractive", 0.0)
    assert a is not None and a.figure == "America"

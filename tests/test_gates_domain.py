"""A domain the question closes on ('the penetration rate in transportation') that the lead's passage
never names (gates_domain.py), on the smallest input, without the embedding model."""

from __future__ import annotations

from rag.extractive.gates_domain import asked_domain, domain_absent
from rag.extractive.hedge_refusal import hedge_refused
from tests.test_extractive import decision

FILLER = ("The market grew fast in 2024.", "Robots spread across factories.", "Capital flowed to chips.")


def test_the_domain_a_question_closes_on():
    assert asked_domain("What is the AI penetration rate in transportation?") == ("transportation", ["transportation"])
    assert asked_domain("What is the market size in the healthcare sector?")[1] == ["healthcare"]
    assert asked_domain("How many AI risk incidents were caused by hallucinations in 2024?")[0] == "hallucinations"
    # a year, a place, a unit, a total or a part of the report closes it: no domain
    for q in ("What was revenue in 2024?", "What is the market in China?", "How large is the market in dollars?",
              "How many deals in total?", "Global AI market 2020 vs 2030E in the chart series?",
              "Who's OpenAI's partner in the capital-intensive example?", "What share went to the U.S. in 2024?"):
        assert asked_domain(q) == ("", []), q


def test_a_passage_never_naming_the_domain_gives_no_figure_for_it():
    q = "What is the AI penetration rate in logistics?"
    assert "logistics" in (domain_absent(q, "penetration exceeds 60% in finance and government.") or "")
    assert domain_absent(q, "penetration in logistics reached 30%.") is None
    assert domain_absent("What is the AI penetration rate?", "penetration exceeds 60% in finance.") is None


def test_a_doubted_figure_for_a_domain_the_passage_never_names_is_refused():
    d = decision("What is the AI penetration rate in logistics?",
                 "AI penetration exceeds 60% in finance, government and healthcare.", *FILLER)
    assert "logistics" in (hedge_refused(d.ctx, d.slots, d.best, d.figures) or "")
    d = decision("What is the AI penetration rate in logistics?",
                 "AI penetration exceeds 60% in finance, logistics and healthcare.", *FILLER)
    assert hedge_refused(d.ctx, d.slots, d.best, d.figures) is None


def test_after_a_change_word_in_names_the_measure_not_a_domain():
    assert asked_domain("What was the change in revenue in 2019?") == ("", [])
    assert asked_domain("What is the percentage increase in depreciation?") == ("", [])


def test_a_lead_sentence_never_naming_the_domain_is_refused():
    from rag.extractive.gates_domain import domain_missing
    q = "How many AI incidents were caused by hallucinations in 2024?"
    d = decision(q, "AI incidents reached 220 cases in 2024. Some stemmed from data breaches and hallucinations.",
                 *FILLER)
    assert "hallucinations" in (domain_missing(d) or "")
    d = decision(q, "AI incidents caused by hallucinations reached 40 cases in 2024.", *FILLER)
    assert domain_missing(d) is None


def test_the_period_of_an_active_user_count_is_its_variant():
    from rag.extractive import gates
    from rag.extractive.measures import qualifiers_of
    assert qualifiers_of("What is Zeta's monthly active user count?") == ("monthly",)
    assert qualifiers_of("What was Zeta's monthly growth?") == ()  # a period of growth, no user count
    d = decision("What is Zeta's monthly active user count?", "Zeta's daily active users exceeded 10 million.", *FILLER)
    assert "monthly" in (gates.qualifier_matches(d) or "")
    d = decision("What is Zeta's monthly active user count?", "Zeta's monthly active users exceeded 10 million.", *FILLER)
    assert gates.qualifier_matches(d) is None


def test_a_model_asked_with_one_setting_is_not_answered_by_another():
    from rag.extractive.gates_version import setting_other
    assert "GPT-5 Codex (high)" in (setting_other("GPT-5 Codex (low) - what index?", "GPT-5 Codex (high) — Index: 68") or "")
    assert setting_other("GPT-5 Codex (high) - what index?", "GPT-5 Codex (high) — Index: 68") is None
    assert setting_other("GPT-5 Codex (low) - what index?", "Claude 4 (high) — Index: 60") is None  # another model
    assert setting_other("What was revenue (in USD)?", "Revenue (in RMB) was 5.") is None  # a measure, no model

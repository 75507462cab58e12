"""Fall-through (rag/extractive/fallthrough.py) on the smallest input, without the embedding model:
when a gate blocks the preferred sentence, the next candidate that passes every gate and covers
the question's slots as strongly answers; abstention names the preferred sentence's gate.
Helpers come from tests/test_extractive.py (a tiny index snapshot, vectors given by hand)."""

from __future__ import annotations

from dataclasses import replace

from rag.explain import explanation_lines
from rag.extractive.answerer import ExtractiveAnswerer
from rag.extractive.fallthrough import as_strong, judge, supplies
from rag.extractive.slots import parse
from rag.extractive.weights import HAND
from tests.test_extractive import context, evidence

Q = "How much AI financing did Brazil raise in 2024?"
GLOBAL = "In 2024, global AI financing surpassed USD 50 billion, with Brazil and Chile together representing 92%."
OWN = "In 2024, Brazil raised USD 4 billion of AI financing."
# the global sentence is closer to the question (semantic 1.0 vs 0.9): it is preferred, and blocked
VECS = dict(vectors=[[1, 0, 0, 0], [0.9, 0, 0, 0]], qvec=[1, 0, 0, 0])
W = replace(HAND, world_scope=0.0)  # keep the two scores close whatever the scope weight is


def test_a_blocked_best_sentence_falls_through_to_the_next_that_passes():
    answer = ExtractiveAnswerer(threshold=0.0, weights=W).answer(context(Q, GLOBAL, OWN, **VECS))
    assert not answer.abstained and answer.figure == "USD 4 billion"
    first, second = answer.explanation["candidates"][:2]
    assert first["text"] == GLOBAL and first["blocked"]["gate"] == "world_figure"
    assert second["text"] == OWN and second.get("answers") and "blocked" not in second
    assert answer.explanation["blocked"] == [{"candidate": 1, **first["blocked"]}]
    lines = explanation_lines(answer.explanation)
    assert any(line.strip().startswith("blocked by world_figure:") for line in lines)
    assert any("answers (passes every gate)" in line for line in lines)


def test_without_a_margin_the_best_sentence_alone_is_judged():
    answer = ExtractiveAnswerer(threshold=0.0, weights=replace(W, fallback_margin=0.0)).answer(
        context(Q, GLOBAL, OWN, **VECS))
    assert answer.abstained and answer.explanation["gate"] == "world_figure"


def test_a_candidate_covering_fewer_slots_does_not_answer_and_the_best_ones_gate_is_the_reason():
    # the second sentence names no place asked: it covers less of the question than the blocked one
    ctx = context(Q, GLOBAL, "In 2024, AI financing raised USD 4 billion.", **VECS)
    answer = ExtractiveAnswerer(threshold=0.0, weights=W).answer(ctx)
    assert answer.abstained and answer.explanation["gate"] == "world_figure"
    assert "global figure" in answer.answer


def test_as_strong_compares_what_each_sentence_covers_and_misses():
    _, _, ev = evidence(Q, GLOBAL, OWN, "In 2023, Brazil raised USD 3 billion of AI financing.", **dict(
        vectors=[[1, 0, 0, 0], [0.9, 0, 0, 0], [0.9, 0, 0, 0]], qvec=[1, 0, 0, 0]))
    by_text = {e.text: e for e in ev}
    top, own = by_text[GLOBAL], by_text[OWN]
    other_year = by_text["In 2023, Brazil raised USD 3 billion of AI financing."]
    assert as_strong(own, top)
    assert not as_strong(other_year, top)  # dated another year than asked: misses the period top covers


def _candidate(score: float, **features: float):
    from types import SimpleNamespace
    return SimpleNamespace(score=score, features=features)


def test_a_candidate_supplying_the_slot_the_best_was_blocked_for_answers_though_it_names_less():
    # the best names both places but not the span's end year (span_ends); the next names one place and the year
    top = _candidate(1.0, names=1.0, passage_names=1.0, overlap=0.8)
    other = _candidate(0.95, names=0.5, passage_names=1.0, overlap=0.8)
    assert not as_strong(other, top) and supplies(other, top, "span_ends")
    blocked = lambda e, figures, ordered: ("span_ends", "no 2023") if e is top else None  # noqa: E731
    chosen, verdicts = judge([top, other], top, lambda e: [], blocked, 0.1)
    assert chosen is not None and chosen.evidence is other and len(verdicts) == 2
    # a gate that names no slot the best lacks (the global figure, not the place's) keeps as_strong
    world = lambda e, figures, ordered: ("world_figure", "global") if e is top else None  # noqa: E731
    assert judge([top, other], top, lambda e: [], world, 0.1)[0] is None


def test_a_candidate_supplies_the_slot_only_by_its_own_feature_and_missing_nothing_more():
    top = _candidate(1.0, names=1.0, passage_names=1.0, year_absent_passage=1.0)
    assert supplies(_candidate(0.95, names=0.5, passage_names=1.0, year_match=1.0), top, "period_covered")
    assert not supplies(_candidate(0.95, passage_names=1.0, year_match=1.0), top, "period_covered")  # names none
    # dated by no year itself: a passage that merely lacks the other years does not supply the one asked
    assert not supplies(_candidate(0.95, names=0.5, passage_names=1.0), top, "period_covered")
    assert not supplies(_candidate(0.95, names=1.0, passage_names=1.0, year_match=1.0, metric_missing=1.0), top,
                        "period_covered")  # misses the measure the best covers


def test_a_far_lower_candidate_does_not_answer():
    far = dict(vectors=[[1, 0, 0, 0], [0.2, 0, 0, 0]], qvec=[1, 0, 0, 0])  # 0.4 below the blocked one
    answer = ExtractiveAnswerer(threshold=0.0, weights=W).answer(context(Q, GLOBAL, OWN, **far))
    assert answer.abstained and answer.explanation["gate"] == "world_figure"


def test_the_why_fold_shows_which_candidate_each_gate_blocked():
    from types import SimpleNamespace

    from ui import render_turns

    answer = ExtractiveAnswerer(threshold=0.0, weights=W).answer(context(Q, GLOBAL, OWN, **VECS))
    html = render_turns.explanation(SimpleNamespace(explanation=answer.explanation))
    assert "blocked by world_figure: the reports give the global figure" in html
    assert html.index("blocked by world_figure") < html.index('<span class="rq-why-gate">answers</span>')


# -- a share asked is not answered by a rate of change (rag/extractive/gates_share.py) -------------
def test_a_share_asked_is_not_answered_by_a_rate_of_change():
    from rag.extractive import gates
    from tests.test_extractive import decision

    q = "What share of Zeta's new code does the Lingma tool write?"
    d = decision(q, "Zeta's Lingma tool has 15M downloads, with monthly growth of 20%.")
    assert d.figures and d.figures[0].text == "20%"
    assert gates.share_not_change(d) == "the reports give a rate of change, not the share asked"
    assert gates.first_gate(d)[0] == "share_not_change"
    # the share itself answers
    assert gates.share_not_change(decision(q, "The Lingma tool writes 20% of Zeta's new code.")) is None
    # a question asking how it moved is answered by the change
    assert gates.share_not_change(decision("What share of Zeta's code growth came from Lingma, and how fast did it grow?",
                                           "The Lingma tool has monthly growth of 20%.")) is None
    # the change named after the percent: 'a nearly 50% year-on-year increase', '20% YoY growth'
    q = "What share of 2024 incidents came from deployment?"
    for said in ("Incidents reached 220 in 2024, marking a nearly 50% year-on-year increase.",
                 "Incidents reached 220 in 2024, a 20% YoY growth."):
        assert gates.share_not_change(decision(q, said)) == "the reports give a rate of change, not the share asked"
    assert gates.share_not_change(decision(q, "In 2024, 67% of incidents came from deployment.")) is None


# -- open- and closed-source are variants of a measure, like real and nominal (slots.py) -----------
def test_an_open_source_share_is_not_answered_by_a_figure_for_all_models_or_closed_ones():
    from rag.extractive import gates
    from tests.test_extractive import decision

    q = "What share of the models filed in 2024 were open-source models?"
    assert parse(q).qualifiers == ("open-source",)
    assert parse("How many open source models were filed?").qualifiers == ("open source",)
    d = decision(q, "In 2024, language models accounted for 78% of the models filed.")
    assert gates.qualifier_matches(d) == "the reports do not give the open-source figure"
    d = decision(q, "In 2024, open-source models were filed too; closed-source models accounted for 60% of them.")
    assert gates.qualifier_matches(d) == "the reports give the closed-source figure, not the open-source one"
    assert gates.qualifier_matches(decision(q, "In 2024, open-source models accounted for 40% of models filed.")) is None

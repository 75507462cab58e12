"""The answer check (rag/extractive/verify.py): each named feature of the lead, the calibrated score
and the abstain decision, on the smallest input without the embedding model (helpers from
tests/test_extractive.py)."""

from __future__ import annotations

import json

import pytest

from rag.extractive import verify
from rag.extractive.answerer import ExtractiveAnswerer
from rag.extractive.verify import FEATURES, RECORDED, RIVALRY, SAYS, Verifier
from tests.test_extractive import context, decision

FILLER = ("Robots spread across factories.", "Capital flowed to chips.")


def lead(question: str, *texts: str) -> dict[str, float]:
    d = decision(question, *texts)
    return verify.features(d.ctx, d.slots, d.evidence, d.best, d.figures)


def test_every_feature_is_named_and_computed():
    f = lead("What was the market size in 2024?", "The market size reached USD 5 billion in 2024.", *FILLER)
    # rivalry's and RECORDED: recorded and shown, not weighed by the check
    assert set(f) == set(FEATURES) | set(RIVALRY) | set(RECORDED)
    assert all(n in SAYS or n in ("row", "no_lead", "asks_unit", "asks_year", "asks_named", "names",
                                  "passage_names", "unit_primary", "year_match", "retrieval_rank")
               for n in FEATURES)


def test_claim_year_other_reads_the_lead_figures_own_clause():
    f = lead("What was the market size in 2023?", "The market size reached USD 5 billion in 2024.", *FILLER)
    assert f["claim_year_other"] == 1.0
    f = lead("What was the market size in 2024?", "The market size reached USD 5 billion in 2024.", *FILLER)
    assert f["claim_year_other"] == 0.0


def test_owner_other_when_the_lead_figure_is_another_places():
    text = "Global financing reached RMB 590B, of which China took RMB 100B."
    d = decision("How much AI financing did the U.S. receive?", text, *FILLER)
    f = verify.features(d.ctx, d.slots, d.evidence, d.best, d.figures)
    assert f["owner_other"] == 1.0
    d = decision("How much AI financing did China receive?", text, *FILLER)
    f = verify.features(d.ctx, d.slots, d.evidence, d.best, [x for x in d.best.figures if x.text == "RMB 100B"])
    assert f["owner_other"] == 0.0


def test_lead_unit_other_and_no_lead():
    f = lead("What share of revenue came from cloud?", "Cloud revenue grew to USD 3 billion.", *FILLER)
    assert f["asks_unit"] == 1.0
    assert f["no_lead"] == 1.0 or f["lead_unit_other"] == 1.0


def test_the_rarest_question_term_missing_from_the_passage():
    f = lead("What was the revenue of the quantum segment?", "Segment revenue was USD 2 billion.",
             "Quantum chips are no segment of note.", "Revenue rose.")
    assert f["rare_term_missing"] == 1.0 and f["unknown_term"] == 0.0
    f = lead("What was the revenue of the quantum segment?", "Segment revenue was USD 2 billion.", *FILLER)
    assert f["unknown_term"] == 1.0  # no report uses the word
    f = lead("What was the revenue of the quantum segment?", "Quantum segment revenue was USD 2 billion.", *FILLER)
    assert f["rare_term_missing"] == 0.0 and f["sentence_coverage"] == pytest.approx(1.0)


def test_subject_missing_when_the_sentence_names_another():
    f = lead("How many downloads did Comate reach?", "Tongyi Lingma exceeded 15 million downloads.", *FILLER)
    assert f["asks_named"] == 1.0 and f["subject_missing"] == 1.0
    f = lead("How many downloads did Comate reach?", "Comate exceeded 15 million downloads.", *FILLER)
    assert f["subject_missing"] == 0.0


def test_the_score_is_a_logistic_of_weights_times_features():
    v = Verifier({"overlap": 2.0, "owner_other": -3.0}, bias=-1.0, threshold=0.5)
    assert v.probability({"overlap": 0.5}) == pytest.approx(0.5)
    assert v.probability({"overlap": 1.0}) > 0.7
    assert v.probability({"overlap": 1.0, "owner_other": 1.0}) < 0.3


def test_abstains_below_the_threshold_naming_the_feature_against():
    v = Verifier({"overlap": 2.0, "owner_other": -3.0}, bias=-1.0, threshold=0.5, means={"overlap": 0.8})
    p, why = v.decide({"overlap": 1.0, "owner_other": 1.0})
    assert p < 0.5 and why.startswith(SAYS["owner_other"])
    p, why = v.decide({"overlap": 0.1})
    assert why.startswith(SAYS["overlap"])
    assert v.decide({"overlap": 1.0})[1] is None
    assert verify.OFF.decide({"owner_other": 1.0})[1] is None  # no model: never acts


def test_load_reads_the_committed_model(tmp_path):
    path = tmp_path / "v.json"
    path.write_text(json.dumps({"weights": {"overlap": 1.5}, "bias": -0.2, "threshold": 0.3, "means": {"overlap": 0.5}}))
    v = verify.load(path)
    assert v.weights == {"overlap": 1.5} and v.bias == -0.2 and v.threshold == 0.3 and v.means == {"overlap": 0.5}
    assert verify.load(tmp_path / "missing.json") is verify.OFF


def test_the_answerer_abstains_on_the_check_and_says_why():
    ctx = context("What was the market size in 2024?", "The market size reached USD 5 billion in 2024.", *FILLER)
    kept = ExtractiveAnswerer(threshold=-5, verifier=verify.OFF).answer(ctx)
    assert not kept.abstained and kept.explanation["check"]["features"]["overlap"] > 0
    strict = Verifier({"claim_year_other": -5.0}, bias=-1.0, threshold=0.5)
    refused = ExtractiveAnswerer(threshold=-5, verifier=strict).answer(ctx)
    assert refused.abstained and refused.explanation["gate"] == "answer_check"
    assert "answer check" in refused.answer


def test_a_soft_gate_is_weighed_by_the_check_not_obeyed():
    ctx = context("What was the market size in 2023?", "The market size reached USD 5 billion in 2024.", *FILLER)
    hard = ExtractiveAnswerer(threshold=-5, verifier=verify.OFF).answer(ctx)
    assert hard.abstained and hard.explanation["gate"] == "period_covered"
    soft = frozenset({"period_covered", "unit_figure_for_period"})
    weighed = Verifier(soft=soft)  # no weights: the gates are only features
    kept = ExtractiveAnswerer(threshold=-5, verifier=weighed).answer(ctx)
    assert not kept.abstained and kept.explanation["check"]["features"]["gate_period_covered"] == 1.0
    strict = Verifier({"gate_period_covered": -5.0}, bias=1.0, threshold=0.5, soft=soft)
    refused = ExtractiveAnswerer(threshold=-5, verifier=strict).answer(ctx)
    # the abstention says what the gate found, not a score
    assert refused.abstained and refused.explanation["gate"] == "answer_check"
    assert "does not cover 2023" in refused.answer


def test_a_table_row_lead_is_scored_not_judged():
    v = Verifier({"overlap": 2.0}, bias=-5.0, threshold=0.5)
    p, why = v.decide({"overlap": 0.1, "row": 1.0})
    assert p < 0.5 and why is None
    assert v.decide({"overlap": 0.1})[1] is not None


def test_explain_shows_the_answer_check():
    from rag.explain import explanation_lines

    ctx = context("What was the market size in 2024?", "The market size reached USD 5 billion in 2024.", *FILLER)
    answer = ExtractiveAnswerer(threshold=-5, verifier=Verifier({"overlap": 1.0})).answer(ctx)
    assert any(line.startswith("answer check: ") for line in explanation_lines(answer.explanation))


def test_a_weak_lead_is_answered_without_bold_and_says_why():
    """Below `hedge` (above `threshold`) the answer keeps its figure and quote but loses the bold
    lead and the figure field, and names the feature that weighs most against it."""
    ctx = context("What was the market size in 2024?", "The market size reached USD 5 billion in 2024.", *FILLER)
    sure = ExtractiveAnswerer(threshold=-5, verifier=Verifier({"claim_year_other": -5.0}, bias=-1.0)).answer(ctx)
    assert sure.answer.startswith("**USD 5 billion**") and sure.figure
    weak = Verifier({"claim_year_other": -5.0}, bias=-1.0, hedge=0.5)
    hedged = ExtractiveAnswerer(threshold=-5, verifier=weak).answer(ctx)
    assert not hedged.abstained and hedged.explanation["gate"] == "answer_doubt"
    assert "**" not in hedged.answer and "USD 5 billion" in hedged.answer and hedged.figure is None
    assert hedged.answer.startswith("Not certain: ") and hedged.warnings
    confident = Verifier({"claim_year_other": -5.0}, bias=3.0, hedge=0.5)
    assert ExtractiveAnswerer(threshold=-5, verifier=confident).answer(ctx).answer.startswith("**")


def test_a_table_row_lead_is_never_hedged():
    v = Verifier({"overlap": 2.0}, bias=-5.0, means={"overlap": 0.8}, hedge=0.5)
    assert v.doubt({"overlap": 0.1, "row": 1.0}, 0.01) is None
    assert v.doubt({"overlap": 0.1}, 0.01) == SAYS["overlap"]

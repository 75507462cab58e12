"""The extractive answerer's parts on the smallest input, without the embedding model: the slots a
question parses into, each named feature, each gate, the weights, and the rival-figures answer.
Evidence is built from a few strings through a real (tiny) index snapshot with zero vectors."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import numpy as np
import pytest

from ingest.index import Snapshot
from ingest.types import Chunk
from rag.extractive import gates
from rag.extractive.answerer import ExtractiveAnswerer
from rag.extractive.features import build
from rag.extractive.names import without_source_names
from rag.extractive.pick import pick_figures
from rag.extractive.slots import parse
from rag.extractive.weights import HAND, Weights, load
from rag.types import AnswerContext, Passage


def chunk(text: str, i: int = 0, doc: str = "r", title: str = "Some Report", publisher: str = "Acme Research",
          section: str | None = None) -> Chunk:
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+?(?:[.!?](?=\s|$)|$)", text, re.M) if m.group().strip()]
    spans = [(s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in spans]
    return Chunk(chunk_id=f"{doc}-{i}", doc_id=doc, text=text, title=title, publisher=publisher, date="2025",
                 source=f"{doc}.txt", page=i + 1, page_end=None, section=section, char_start=0,
                 char_end=len(text), sentences=spans)


def context(question: str, *texts: str, vectors: list[list[float]] | None = None, qvec=None, **meta) -> AnswerContext:
    chunks = [chunk(t, i, **meta) for i, t in enumerate(texts)]
    n = sum(len(c.sentences) for c in chunks)
    vecs = np.asarray(vectors, dtype=np.float32) if vectors is not None else np.zeros((n, 4), np.float32)
    offsets = np.cumsum([0] + [len(c.sentences) for c in chunks])
    snap = Snapshot(1, chunks, vecs, offsets, dim=4)
    passages = [Passage(c, 1.0 / (i + 1), rank=i + 1) for i, c in enumerate(chunks)]
    return AnswerContext(question, passages, np.asarray(qvec if qvec is not None else np.zeros(4), np.float32), snap)


def source_slots(ctx: AnswerContext):
    """The question's slots with the names of the passages' publishers read as sources, as the answerer reads them."""
    return without_source_names(parse(ctx.question), ctx.passages)


def evidence(question: str, *texts: str, **kw):
    ctx = context(question, *texts, **kw)
    slots = source_slots(ctx)
    return ctx, slots, build(ctx, slots, HAND)


def features_of(question: str, *texts: str, **kw) -> dict[str, float]:
    return evidence(question, *texts, **kw)[2][0].features


def decision(question: str, *texts: str, threshold: float = 0.0, **kw) -> gates.Decision:
    ctx, slots, ev = evidence(question, *texts, **kw)
    best = ev[0]
    return gates.Decision(ctx, slots, ev, best, pick_figures(best.text, best.figures, slots), HAND, threshold, 0.25)


# -- slots -------------------------------------------------------------------------------------
def test_countries_carry_their_other_forms():
    us = next(e for e in parse("What share went to the U.S. in 2024?").entities if e.place)
    assert {"United States", "American", "US"} <= set(us.aliases)
    china = parse("How big is China's market?").entities
    assert any(e.name == "China" and "Chinese" in e.aliases for e in china)


def test_fiscal_year_forms_are_years():
    assert parse("What was revenue in FY19?").years == (2019,)
    assert parse("What was revenue in fiscal 2021?").years == (2021,)
    assert all(e.name != "FY19" for e in parse("What was revenue in FY19?").entities)
    assert parse("What was the difference in net profit between both FYs?").entities == ()  # fiscal years, not a name


@pytest.mark.parametrize("question, kind, years", [
    ("What CAGR did it reach from 2020 to 2024?", "range", (2020, 2024)),
    ("How many users were there at the end of 2024?", "end", (2024,)),
    ("How big will the market be by 2030?", "by", (2030,)),
    ("How did 2023 compare with 2024?", "versus", (2023, 2024)),
    ("How big was the market in 2024?", "year", (2024,)),
])
def test_periods(question, kind, years):
    period = parse(question).periods[0]
    assert (period.kind, period.years) == (kind, years)


@pytest.mark.parametrize("question, shape", [
    ("How big was the market in 2024?", "figure"),
    ("How did the U.S. and China compare in financing?", "comparison"),
    ("Which grew faster, urban or rural income?", "which"),
    ("Why did discounts deepen?", "explanation"),
    ("What is the difference between the two shares?", "computed"),
    ("List the leading audio companies.", "list"),
])
def test_shapes(question, shape):
    assert parse(question).shape == shape


def test_measure_qualifier_scale_and_subject():
    s = parse("What was China's real GDP in 2024, in billions?")
    assert s.metrics == ("gdp",) and s.qualifiers == ("real",) and s.scale == "billion"
    assert "real" in s.subject and "2024" not in s.subject
    assert parse("What was Nvidia's revenue in 2024?").metrics == ("revenue",)


def test_a_source_named_is_a_source_not_an_entity():
    ctx = context("How big is the market according to ACME?", "The market was USD 5 billion.",
                  publisher="Acme Research (ACME)")
    s = source_slots(ctx)
    assert s.sources == ("ACME",) and not s.entities


# -- features, one each -----------------------------------------------------------------------
def test_semantic_is_the_sentence_vector_against_the_question():
    f = features_of("How big is it?", "It is USD 5 billion.", vectors=[[1, 0, 0, 0]], qvec=[0.5, 0, 0, 0])
    assert f["semantic"] == pytest.approx(0.5)


def test_overlap_weighs_question_terms_in_the_sentence():
    ctx, slots, ev = evidence("How big is the robot market?", "The robot market was USD 5 billion.",
                              "Cats sleep a lot.")
    by_text = {e.text: e.features["overlap"] for e in ev}
    assert by_text["The robot market was USD 5 billion."] > by_text["Cats sleep a lot."] == 0


def test_names_and_passage_names():
    _, _, ev = evidence("What share does Zeta hold?", "Market leaders are listed here. Zeta holds 5%.")
    zeta = next(e for e in ev if "Zeta" in e.text)
    other = next(e for e in ev if "Zeta" not in e.text)
    assert zeta.features["names"] == 1.0 and other.features.get("names", 0) == 0
    assert other.features["passage_names"] == 1.0


def test_rank_row():
    f = features_of("Which company ranked third?", "Rank: 3; Company name: Zeta; Market share, %: 5%")
    assert f["rank_row"] == 1.0


def test_lists_names_for_which_questions_without_a_unit():
    f = features_of("Which companies lead audio?", "Leading players include OpenAI, MiniMax, and ElevenLabs.")
    assert f["lists_names"] == 2.0


def test_unit_primary_secondary_absent():
    assert features_of("What share did it hold?", "It held 5%.")["unit_primary"] == 1.0
    assert features_of("What share did it hold?", "It held no stake.")["unit_absent"] == 1.0
    f = features_of("What share and how much revenue did it have?", "It earned USD 5 billion.")
    assert f["unit_secondary"] == 1.0 and f["unit_primary"] == 0


def test_year_match_absent_and_other():
    assert features_of("How big in 2024?", "In 2024 it was USD 5 billion.")["year_match"] == 1.0
    assert features_of("How big in 2019?", "In 2024 it was USD 5 billion.")["year_absent_passage"] == 1.0
    _, _, ev = evidence("How big in 2024?", "In 2024 it grew. In 2023 it was USD 5 billion.")
    dated_other = next(e for e in ev if "2023" in e.text)
    assert dated_other.features["year_other"] == 1.0


def test_other_source():
    ctx = context("How big is the market according to ACME?", "The market was USD 5 billion.",
                  publisher="Other Research (ORC)")
    s = replace(parse(ctx.question), sources=("ACME",), names=(), entities=())
    assert build(ctx, s, HAND)[0].features["other_source"] == 1.0


def test_residue_is_a_run_on_fragment():
    run_on = " ".join(["word"] * 30)
    assert features_of("How many words?", run_on)["residue"] == 1.0


def test_retrieval_rank():
    _, _, ev = evidence("How big?", "It was USD 5 billion.", "It was USD 6 billion.")
    assert sorted(e.features["retrieval_rank"] for e in ev) == [0.5, 1.0]


def test_metric_and_qualifier_missing():
    f = features_of("What was Zeta's revenue in 2024?", "In 2024, chips (e.g. Zeta) drove financing of USD 5 billion.")
    assert f["metric_missing"] == 1.0
    assert features_of("What was Zeta's revenue?", "Zeta's sales were USD 5 billion.").get("metric_missing") == 0
    assert features_of("What was real GDP?", "Nominal GDP was USD 5 trillion.")["qualifier_missing"] == 1.0


OTHERS = ("Dogs bark at night.", "Birds sing in spring.", "Fish swim in water.")  # Europe is not the report's subject
LONG_TOPIC = "Investment across all regions moved in quite different directions this year. "


def test_place_missing_near():
    _, _, ev = evidence("What share went to Europe?",
                        LONG_TOPIC + "Europe has 20 unicorns. Cats sleep most of the day. Global financing rose and America took 78%.", *OTHERS)
    us = next(e for e in ev if "78%" in e.text)
    assert us.features["place_missing_near"] == 1.0
    _, _, ev = evidence("What share went to Europe?", "Financing in Europe rose. It took 78%.")
    assert next(e for e in ev if "78%" in e.text).features.get("place_missing_near") == 0


def test_score_is_features_times_weights():
    _, _, ev = evidence("How big in 2024?", "In 2024 it was USD 5 billion.")
    assert ev[0].score == pytest.approx(sum(getattr(HAND, k) * v for k, v in ev[0].features.items()))


# -- gates, one each ----------------------------------------------------------------------------
def test_evidence_score_gate():
    assert "below the threshold" in gates.evidence_score(decision("How big?", "It was USD 5 billion.", threshold=5))
    assert gates.evidence_score(decision("How big?", "It was USD 5 billion.", threshold=-5)) is None


def test_period_gate_names_the_year_given():
    reason = gates.period_covered(decision("How big was it in 2019?", "In 2024 it was USD 5 billion."))
    assert reason == "the best passage does not cover 2019 (it gives 2024)"
    assert gates.period_covered(decision("How big was it in 2024?", "In 2024 it was USD 5 billion.")) is None


def test_unit_figure_for_period_gate():
    d = decision("What share did it hold in 2024?", "In 2024 it was widely used.")
    assert gates.unit_figure_for_period(d) == "no percent figure for 2024 in the passages"


def test_unit_figure_gate():
    d = decision("What share did it hold?", "It was widely used.", threshold=0.5)
    assert gates.unit_figure(d) == "no percent figure in the best passages"


def test_on_topic_gate_source_entity_scope_count():
    d = decision("How big is the market according to ACME?", "The market was USD 5 billion.",
                 publisher="Other Research")
    d.slots = replace(d.slots, sources=("ACME",), names=(), entities=())
    assert "not from ACME" in gates.on_topic(d)
    assert "does not mention Zeta" in gates.on_topic(decision("How big is Zeta?", "The market was USD 5 billion."))
    assert "not about logistics" in gates.on_topic(decision("How big is the logistics market?", "The market was USD 5 billion."))
    assert "does not count robots" in gates.on_topic(decision("How many robots are there?", "There are 5 models."))


def test_coverage_gate():
    d = decision("How big is the robot vacuum cleaner market?", "Cats sleep 5 hours.", "Robot vacuum cleaner sales.")
    d.best = next(e for e in d.evidence if "Cats" in e.text)
    assert "covers 0%" in gates.coverage(d)


def test_rank_gate():
    d = decision("Which company ranks 16th?", "Rank: 15; Company name: Zeta; Market share, %: 0.2%")
    assert gates.rank_present(d) == "no table row is ranked 16"


def test_metric_gate_names_the_measure():
    d = decision("What was Zeta's revenue in 2024?", "In 2024, chips (e.g. Zeta) drove financing of USD 5 billion.")
    assert gates.metric_covered(d) == "no passage covers the measure asked (revenue)"
    assert gates.first_gate(d)[0] == "metric_covered"


def test_qualifier_gate_other_variant():
    d = decision("What was real GDP in 2024?",
                 "Real growth slowed, with nominal GDP rising to USD 5 trillion in 2024.")
    assert gates.qualifier_matches(d) == "the reports give the nominal figure, not the real one"
    d = decision("What was real GDP in 2024?", "Real GDP reached USD 4 trillion in 2024.")
    assert gates.qualifier_matches(d) is None


def test_place_gate():
    d = decision("What share of financing went to Europe?",
                 LONG_TOPIC + "Europe has 20 unicorns. Cats sleep most of the day. Global financing rose and America took 78%.", *OTHERS)
    d.best = next(e for e in d.evidence if "78%" in e.text)
    assert gates.place_near(d) == "the best sentence is not about Europe"


def test_first_gate_is_the_first_in_order():
    d = decision("What was Zeta's revenue in 2019?", "In 2024, chips (e.g. Zeta) drove financing of USD 5 billion.")
    assert gates.first_gate(d)[0] == "period_covered"


# -- weights and composition ---------------------------------------------------------------------
def test_weights_load_fitted_json(tmp_path):
    path = tmp_path / "w.json"
    path.write_text(json.dumps({"weights": {"semantic": 0.9, "unknown": 1.0}}))
    assert load(path).semantic == 0.9 and load(path).overlap == Weights().overlap
    assert load(tmp_path / "missing.json") == HAND


def test_rival_figures_are_shown_side_by_side_without_a_bold_lead():
    answerer = ExtractiveAnswerer(threshold=-5, weights=replace(HAND, rival_margin=1.0))
    ctx = context("What share did Zeta hold in 2024?", "In 2024 Zeta held 30.1% of the market.",
                  "In 2024 Zeta held 0.3% of the market.")
    answer = answerer.answer(ctx)
    assert not answer.abstained and answer.figure is None and "**" not in answer.answer
    assert answer.answer.startswith("The passages differ: [1] gives 30.1%; [2] gives 0.3%. ")
    assert answer.explanation["gate"] == "rival_figure"


def test_subject_words_are_the_questions_own_words_not_stems():
    assert parse("What was the financing amount raised by Zeta in 2024?").subject_words() == "financing raised"


def test_abstention_says_which_slot_is_missing():
    answerer = ExtractiveAnswerer(threshold=-5)
    answer = answerer.answer(context("What was Zeta's revenue in 2024?",
                                     "In 2024, chips (e.g. Zeta) drove financing of USD 5 billion."))
    assert answer.abstained and "Why: no passage covers the measure asked (revenue)." in answer.answer


def test_fitting_raises_the_weight_of_a_feature_that_marks_the_answer():
    from eval.fit_weights import NAMES, calibrate, fit_ranking

    k = NAMES.index("names")
    x = np.zeros((3, len(NAMES)))
    x[0, k] = 1.0  # the answering sentence has the feature; the others don't
    x[1, NAMES.index("semantic")] = 0.5
    groups = [(x, np.array([1.0, 0.0, 0.0]), x @ np.zeros(len(NAMES)), True)] * 4
    start = np.array([getattr(HAND, n) for n in NAMES])
    w = fit_ranking(groups, start, steps=300)
    assert w[k] > start[k]
    unanswerable = (np.zeros((2, len(NAMES))), np.zeros(2), np.zeros(2), False)
    bias = calibrate(groups + [unanswerable], w)
    assert (x @ w).max() + bias >= 0.5 > bias  # answers the first kind, declines the second


def test_fiscal_year_forms_in_a_passage_are_its_years():
    f = features_of("What was revenue in fiscal 2019?", "Revenue in FY19 was $5 million.")
    assert f["year_match"] == 1.0


def test_a_figure_of_another_measure_is_no_rival():
    answerer = ExtractiveAnswerer(threshold=-5, weights=replace(HAND, rival_margin=1.0))
    ctx = context("How big was the Zeta market in 2024?", "In 2024 the Zeta market reached USD 615.7 billion.",
                  "In 2024 Zeta financing reached USD 590 billion.")
    answer = answerer.answer(ctx)
    assert not answer.abstained and answer.figure and "615.7" in answer.figure
    assert not answer.answer.startswith("The passages differ") and answer.explanation["gate"] != "rival_figure"


def test_a_question_about_method_asks_for_a_description_not_a_figure():
    slots = parse("How is the discount rate for domestic plans determined?")
    assert slots.shape == "explanation" and slots.units == ()  # 'rate' names the topic, not the unit asked
    assert parse("How big was the discount market in 2024?").shape != "explanation"
    assert parse("How many plans were there in 2019?").units == ("count",)
    answerer = ExtractiveAnswerer(threshold=-5)
    answer = answerer.answer(context("How is the discount rate for domestic plans determined?",
                                     "The discount rate for domestic plans is determined by comparison against "
                                     "an index of AA rated corporate bonds; it was 4.00% in 2019."))
    # no figure is bolded: the lead is the description the sentence gives (rag/extractive/phrase.py)
    assert not answer.abstained and answer.figure is None
    assert answer.answer.startswith("**by comparison against an index of AA rated corporate bonds**.")
    assert "AA rated corporate bonds" in answer.answer


def test_a_description_asked_in_words_leads_with_no_figure():
    q = "What is the plan for the losing investments?"
    answer = ExtractiveAnswerer(threshold=-5).answer(context(
        q, "We identified six investments totaling $87.4 million in a loss position; we generally hold such "
           "securities until we recover our cost basis."))
    assert not answer.abstained and answer.figure is None
    assert not answer.answer.startswith("**$87.4 million**")  # a plan is words, not the sentence's amount


def test_world_scope_marks_a_global_figure_asked_about_one_place():
    q = "How big was China's AI market in 2024?"
    world = "Led by China and the U.S., the global AI market grew to USD 615.7 billion in 2024."
    own = "By 2024, China's core AI industry exceeded RMB 700 billion."
    _, _, ev = evidence(q, world, own)
    feats = {e.text: e.features for e in ev}
    assert feats[world]["world_scope"] == 1.0 and feats[own]["world_scope"] == 0.0
    # the question about the world itself: a global figure is what it asks for
    assert features_of("How big was the global AI market in 2024?", world)["world_scope"] == 0.0
    # no place asked: nothing to be scoped against
    assert features_of("How big was the AI market in 2024?", world)["world_scope"] == 0.0


def test_per_share_asks_an_amount_per_share_not_a_percentage():
    assert "percent" not in parse("What is the final dividend per share proposed for 2019?").units
    assert "percent" not in parse("What were the earnings per-share in 2019?").units
    assert "percent" in parse("What share of revenue came from China in 2019?").units

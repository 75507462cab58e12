"""A doubted lead refused by the slot it plainly misses (hedge_refusal.py), on the smallest input,
without the embedding model: a report part no heading names; a count of another kind of thing."""

from __future__ import annotations

from rag.extractive.gates_counted import other_count
from rag.extractive.hedge_refusal import hedge_refused, part_absent, part_topic, report_headings
from tests.test_extractive import context, decision

FILLER = ("The market grew fast in 2024.", "Robots spread across factories.", "Capital flowed to chips.")


def test_the_part_a_question_names_by_topic():
    assert part_topic("How much did operators invest, per the communication industry chapter?") == ["communication"]
    assert part_topic("What does Acme's section on China's regulation of AI services say?") == ["regulation", "service"]
    assert part_topic("When does the chapter on future AI development trends start?") == ["future", "development", "trend"]
    # a part named by its number, or no part at all: nothing to look for
    assert part_topic("What do the key insights opening Chapter 2 say about data?") == []
    assert part_topic("How big was the market in 2024?") == []
    # a source's acronym names who wrote the part, not what it is about
    assert part_topic("What was GDP in 2022 per the CIC appendix?") == []


def test_a_part_no_heading_names_is_absent():
    assert "communication" in (part_absent(["communication"], ["Market Size", "Methodology"]) or "")
    # most of the topic named by a heading: the part is there
    assert part_absent(["future", "development", "trend"], ["AI Development Trend (I) Agents"]) is None
    assert part_absent(["regulation", "generative", "service"], ["Entertainment and generative applications"])
    assert part_absent([], ["Methodology"]) is None


def test_the_headings_are_those_of_the_leads_report():
    ctx = context("What does the logistics chapter say?", "Trucks move goods.", section="Logistics Industry")
    assert report_headings(ctx, type("E", (), {"passage_index": 0})()) == ["Logistics Industry"]


def test_a_count_of_another_kind_of_thing_does_not_answer():
    text = "Zentro ranked first with 1,509 models as of 1H 2025."
    d = decision("How many AI enterprises were there worldwide by 1H 2025?", text, *FILLER)
    assert "model" in (other_count(d.slots, d.best, d.figures) or "")
    # the same kind in other words (companies are enterprises): it answers
    d = decision("How many AI enterprises were there by 1H 2025?", "There were 1,509 AI companies as of 1H 2025.", *FILLER)
    assert other_count(d.slots, d.best, d.figures) is None


def test_a_doubted_lead_is_refused_by_the_missing_part():
    d = decision("How much did operators invest in 2024, per the telecom chapter?",
                 "Operators invested RMB 700 billion in 2024.", *FILLER, section="Market Size")
    assert "telecom" in (hedge_refused(d.ctx, d.slots, d.best, d.figures) or "")
    d = decision("How much did operators invest in 2024, per the telecom chapter?",
                 "Operators invested RMB 700 billion in 2024.", *FILLER, section="Telecom Industry")
    assert hedge_refused(d.ctx, d.slots, d.best, d.figures) is None


def test_the_answerer_refuses_a_doubted_lead_from_a_part_the_report_lacks():
    from rag.extractive.answerer import ExtractiveAnswerer
    from rag.extractive.verify import Verifier
    question = "How much did operators invest in 2024, per the telecom chapter?"
    doubting = Verifier(hedge=1.0)  # every lead doubted: the hedge is the only way through
    ctx = context(question, "Telecom operators invested RMB 700 billion in 2024.", *FILLER, section="Market Size")
    answer = ExtractiveAnswerer(threshold=-5, verifier=doubting).answer(ctx)
    assert answer.abstained and answer.explanation["gate"] == "hedge_refused"
    # the report has the part: the doubted lead stays a hedge
    ctx = context(question, "Telecom operators invested RMB 700 billion in 2024.", *FILLER, section="Telecom Industry")
    assert not ExtractiveAnswerer(threshold=-5, verifier=doubting).answer(ctx).abstained


def test_a_figure_asked_of_a_named_thing_the_lead_does_not_name_is_refused():
    from rag.extractive.hedge_refusal import named_unsaid
    from rag.extractive.slots import parse
    slots = parse("How many users does Zentro Cloud serve?")
    assert "Zentro Cloud" in (named_unsaid(slots, "subject_missing") or "")
    # the check's strongest objection is another, or no figure is asked, or nothing but a place or a
    # date is named: the hedge stands
    assert named_unsaid(slots, "year_other") is None
    assert named_unsaid(slots, None) is None
    assert named_unsaid(parse("Why does Zentro Cloud lead?"), "subject_missing") is None
    assert named_unsaid(parse("How many users are there in China?"), "subject_missing") is None
    assert named_unsaid(parse("How many warrants were outstanding from Jun-2018 to Aug-2019?"), "subject_missing") is None

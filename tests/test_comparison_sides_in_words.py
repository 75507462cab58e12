"""Comparison and which-is-larger answers: sides asked in words, more than two sides, years set
against each other, a side in a chunk retrieval left out; the smallest inputs, no model."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from ingest.index import Snapshot
from rag.extractive.alt_figures import apart_by_year, longest_mentions
from rag.extractive.choice import answer_choice, counts_things
from rag.extractive.choice_names import alternatives, coordinated, shared_noun_first
from rag.extractive.choice_page import with_page_chunks
from rag.extractive.sides import no_alternative_led
from rag.types import AnswerContext, Passage
from tests.test_extractive import chunk, evidence

ROWS = ("Rank: 3; Company name: X; Model: Grok 4; Index: 65\n"
        "Rank: 4; Company name: Anthropic; Model: Claude 4.5 Sonnet; Index: 63")


# -- sides asked in words ----------------------------------------------------------------------------
@pytest.mark.parametrize("question, names", [
    ("Did Grok 4 outpace Claude 4.5 Sonnet on the index?", ("Grok 4", "Claude 4.5 Sonnet")),
    ("Is xAI's Grok 4 ahead of OpenAI's gpt-oss-120B (high) on the index?", ("xAI's Grok 4", "OpenAI's gpt-oss-120B (high)")),
    ("Does Runway Gen 4 trail Kling 2.0 on the video arena?", ("Runway Gen 4", "Kling 2.0")),
    ("Did Company B overtake Company C in 2024?", ("Company B", "Company C")),
])
def test_a_verb_setting_one_side_against_the_other_names_both(question, names):
    alt = alternatives(question)
    assert alt is not None and alt.names == names and alt.kind == "choice"


def test_ahead_leads_the_higher_and_trailing_the_lower():
    ctx, slots, ev = evidence("Did Grok 4 outpace Claude 4.5 Sonnet on the index?", ROWS)
    assert answer_choice(ctx, slots, ev, "extractive").answer.startswith("**Grok 4**")
    ctx, slots, ev = evidence("Does Claude 4.5 Sonnet trail Grok 4 on the index?", ROWS)
    assert answer_choice(ctx, slots, ev, "extractive").answer.startswith("**Claude 4.5 Sonnet**")


def test_the_lower_case_words_both_sides_end_in_are_shared():
    q = "Did rural consumption growth outpace urban consumption growth in 2024?"
    assert coordinated(q).names == ("rural", "urban")


# -- years set against each other ------------------------------------------------------------------------
DEALS = ("Since 2015, the number of AI financing deals in China rose from 501 to a peak of 1,024 in 2018. "
         "Activity rebounded to 1,076 in 2021, but declined to 696 in 2024.")


def test_two_years_set_against_each_other_are_the_alternatives():
    alt = alternatives("Did China record more AI financing deals in 2018 or in 2021?")
    assert alt is not None and alt.names == ("2018", "2021") and alt.kind == "choice"
    assert alternatives("Were sales higher in fiscal 2019 or 2018?").names == ("2019", "2018")
    assert alternatives("What was revenue in 2018 or 2019?") is None  # no comparative: no choice


def test_each_year_from_its_own_sentence_the_second_carrying_the_measure():
    ctx, slots, ev = evidence("Did China record more AI financing deals in 2018 or in 2021?", DEALS)
    a = answer_choice(ctx, slots, ev, "extractive")
    assert a is not None and a.answer.startswith("**2021** (2018: 1,024 [1] vs 2021: 1,076 [1])")


def test_a_year_given_in_no_sentence_alone_gives_nothing():
    ctx, slots, ev = evidence("Did China record more AI financing deals in 2018 or in 2022?", DEALS)
    assert apart_by_year([2018, 2022], ev, lambda e: e.figures, lambda e: True) is None


def test_more_of_a_plural_noun_counts_things():
    assert counts_things("Did China record more AI financing deals in 2018 or 2021?")
    assert counts_things("Which region has more registered AI firms?")
    assert not counts_things("Were there more sales in 2019 or 2018?")  # money's plural
    assert not counts_things("Which got more investment, A or B?")


# -- more than two sides ---------------------------------------------------------------------------------
SHARES = ("Of the 309 models filed, language/vision/multimodal models accounted for 78%, 12%, and 10%, "
          "while general/vertical models accounted for 28% and 72%.")


@pytest.mark.parametrize("question, names, kind", [
    ("Which is largest, A, B or C?", ("A", "B", "C"), "choice"),
    ("Which ranks highest on the arena: TTS-1, TTS-1 HD, or Azure Neutral?", ("TTS-1", "TTS-1 HD", "Azure Neutral"), "choice"),
    ("How do Grok 4, GPT-5 (high) and Claude 4.5 Sonnet compare on the index?", ("Grok 4", "GPT-5 (high)", "Claude 4.5 Sonnet"),
     "comparison"),
    ("How were the models filed split between language, vision and multimodal?", ("language", "vision", "multimodal"),
     "comparison"),
])
def test_sides_listed_with_commas(question, names, kind):
    alt = alternatives(question)
    assert alt is not None and alt.names == names and alt.kind == kind


def test_a_question_clause_before_the_sides_is_no_side():
    assert alternatives("In 2024, which grew faster, A or B?").names == ("A", "B")
    assert alternatives("Which ranks higher on the index, A or B?").names == ("A", "B")
    assert alternatives("Which of the two, A or B, has the higher score?").names == ("A", "B")


def test_three_sides_sharing_the_last_ones_noun():
    q = "Which had the largest share of filed models: language, vision or multimodal models?"
    assert shared_noun_first(alternatives(q), coordinated(q)).names == ("language", "vision", "multimodal")
    ctx, slots, ev = evidence("How did the shares of language, vision and multimodal models compare?", SHARES)
    a = answer_choice(ctx, slots, ev, "extractive")
    assert a is not None and a.answer.startswith("**78% vs 12% vs 10%** (language: 78% [1] vs vision: 12% [1] vs multimodal: 10% [1])")


def test_a_lead_naming_none_of_three_sides_says_all():
    why = no_alternative_led("Which is largest, A, B or C?", "**309**. Of the 309 models ...")
    assert why == "the lead names neither A nor B nor C, the alternatives asked"


# -- a side in another chunk -------------------------------------------------------------------------------
def test_a_mention_is_as_long_as_the_form_written():
    low = "rank: 2; model: tts-1 hd; arena elo: 1,146"
    spots = [(16, "OpenAI's TTS-1"), (16, "TTS-1 HD")]
    assert longest_mentions(spots, low) == [(16, "TTS-1 HD")]  # 'OpenAI's TTS-1' is written 'tts-1' here
    assert longest_mentions(spots) == [(16, "OpenAI's TTS-1")]  # without the text: the names' lengths


def _page(question: str, *texts: str) -> AnswerContext:
    chunks = [replace(chunk(t, i), page=1, char_start=100 * i) for i, t in enumerate(texts)]
    offsets = np.cumsum([0] + [len(c.sentences) for c in chunks])
    snap = Snapshot(1, chunks, np.zeros((int(offsets[-1]), 4), np.float32), offsets, dim=4)
    return AnswerContext(question, [Passage(chunks[0], 1.0, rank=1)], np.zeros(4, np.float32), snap)


def test_the_page_is_read_whole_for_a_side_retrieval_left_out():
    ctx = _page("Which scores higher, Grok 4 or Claude 4.5 Sonnet?", "Grok 4 scores 65 on the index.",
                "Claude 4.5 Sonnet scores 63 on the index.")
    got = with_page_chunks(ctx, lambda c: [len(c.passages)])
    assert got is not None and [p.chunk.chunk_id for p in got[0].passages] == ["r-0", "r-1"] and got[1] == [2]
    ctx = _page("What does Grok 4 score on the index?", "Grok 4 scores 65 on the index.", "Other text.")
    assert with_page_chunks(ctx, lambda c: []) is None  # no sides asked


# -- how a side is written, what is compared --------------------------------------------------------------
def test_a_lower_case_compound_side_is_found_by_its_first_part():
    from rag.extractive.alt_figures import name_forms
    assert name_forms("general-purpose")[-1] == "general"
    assert name_forms("B-end") == ("B-end",)  # a capitalised or short first part is no form of its own
    ctx, slots, ev = evidence("How did general-purpose and vertical models compare in share?", SHARES)
    a = answer_choice(ctx, slots, ev, "extractive")
    assert a is not None and a.answer.startswith("**28% vs 72%**")


def test_a_possessive_second_side_keeps_the_owners_as_sides():
    assert coordinated("Which was bigger, the UK's AI unicorn count or Israel's?") is None


def test_a_gap_wider_or_narrower_is_a_choice():
    q = "Was the MMLU gap or the HumanEval gap wider at the end of 2024?"
    assert shared_noun_first(alternatives(q), coordinated(q)).names == ("MMLU", "HumanEval") or \
        coordinated(q).names == ("MMLU", "HumanEval")


INCOME = ("The per capita disposable income of urban residents increased by 4.6% to RMB 54.2 thousand in 2024, "
          "while rural residents saw a 6.6% increase to reach RMB 23.1 thousand.")


def test_grew_more_compares_the_growth_not_the_level():
    ctx, slots, ev = evidence("Which grew more in 2024, urban or rural per capita disposable income?", INCOME)
    a = answer_choice(ctx, slots, ev, "extractive")
    assert a is not None and a.answer.startswith("**rural** (urban: 4.6% [1] vs rural: 6.6% [1])")


def test_one_of_three_sides_led_names_the_sides_missing():
    from rag.extractive.sides import one_side_led
    q = "How did Grok 4, Claude 4.5 Sonnet and GPT-5 compare on the index?"
    text = "Grok 4 scores 65 on the index."
    ctx, slots, ev = evidence(q, text)
    why = one_side_led(q, f"**65**. {text} [1]", ev[0], [f for f in ev[0].figures if f.unit != "year"][:1])
    assert why == "the quoted sentence names Grok 4 but not Claude 4.5 Sonnet, GPT-5, so its figure compares nothing"


@pytest.mark.parametrize("question, names", [
    ("Between 2022 and 2024, when was the share of new models from China and the U.S. higher?", ("2022", "2024")),
    ("In which year was revenue higher, 2019 or 2018?", ("2019", "2018")),
    ("When was the share higher, 2022 or 2024?", ("2022", "2024")),
])
def test_when_or_which_year_sets_two_years_against_each_other(question, names):
    alt = alternatives(question)
    assert alt is not None and alt.names == names and alt.kind == "choice"


# -- two sides asked in words ----------------------------------------------------------------------------------
def test_a_sentence_setting_one_side_against_the_other_answers_both():
    from rag.extractive.sides import contrasted
    q = "What does the cloud model do versus the on-device model?"
    ctx, slots, ev = evidence(q, "Cloud-based models and on-device models are combined. "
                                 "Cloud models handle complex reasoning while device models ensure low latency.")
    first = next(e for e in ev if e.text.startswith("Cloud-based"))
    second = next(e for e in ev if e.text.startswith("Cloud models"))
    assert contrasted(q, ev, first, 0.0) is second
    assert contrasted(q, ev, second, 0.0) is None  # the best already does
    assert contrasted(q, ev, first, 2.0) is None  # too far behind the best
    assert contrasted("What does the cloud model do?", ev, first, 0.0) is None  # no sides asked


def test_a_which_question_led_by_a_bare_figure_is_doubted():
    from rag.extractive.sides import figure_for_which
    why = figure_for_which("Which segment drew the most AI financing deals in 2024?", "**696** (2024). Deals fell. [1]")
    assert why == "the question asks which one; the lead 696 is a figure that names none"
    assert figure_for_which("Which segment drew the most deals?", "**AIGC** (56%). AIGC led. [1]") is None  # a name
    assert figure_for_which("Which year had the most deals?", "**1,076** (2021). [1]") is None  # a year asked
    assert figure_for_which("Which segment led, and what share did it take?", "**56%**. [1]") is None  # a share too
    assert figure_for_which("Which company ranks third?", "**3**. [1]") is None  # no comparison asked


def test_a_parenthesis_in_a_side_is_not_counted_as_words():
    alt = alternatives("Which scored higher, MiniMax's Hailuo 02 or Google's Veo 3 Preview (No Audio)?")
    assert alt is not None and alt.names == ("MiniMax's Hailuo 02", "Google's Veo 3 Preview (No Audio)")


def test_rates_as_the_verb_of_a_judgement_asks_no_percent():
    from rag.extractive.slots import parse
    assert "percent" not in parse("Which video model rates higher on the arena, Veo 3 Preview or Veo 2?").units
    assert "percent" in parse("What is the interest rate in 2019?").units


def test_owners_of_one_measure_are_found_by_their_passage_and_named_as_the_sides():
    ctx, slots, ev = evidence("Which was bigger, the UK's AI unicorn count or Israel's?",
                              "AI unicorns by region.\nEurope: About 20 in the UK and 6-8 in Israel")
    a = answer_choice(ctx, slots, ev, "extractive")
    assert a is not None and a.answer.startswith("**UK** (UK: 20 [1] vs Israel: 6-8 [1])")


def test_an_owner_of_both_sides_is_no_side():
    ctx, slots, ev = evidence("How did income growth differ between China's urban and rural residents in 2024?",
                              "In China, " + INCOME[0].lower() + INCOME[1:])
    a = answer_choice(ctx, slots, ev, "extractive")
    assert a is not None and a.answer.startswith("**4.6% vs 6.6%**") and "(China:" not in a.answer  # no owner as a side


def test_a_most_or_least_thing_asked_by_what_is_not_led_by_a_bare_figure():
    from rag.extractive.sides import figure_for_which
    assert figure_for_which("What is the most expensive currency?", "**11.4%**. [1]") is not None
    assert figure_for_which("What is the most expensive currency?", "**GBP** (11.4%). [1]") is None  # a name
    assert figure_for_which("What was the most recent revenue?", "**$3.2 million**. [1]") is None  # an amount asked


def test_the_most_adjective_measure_asks_the_figure_not_a_name():
    from rag.extractive.sides import figure_for_which
    assert figure_for_which("What is the most common deal size?", "**$5 million**. [1]") is None
    assert figure_for_which("What was the most significant increase in operating expenses?", "**12%**. [1]") is None

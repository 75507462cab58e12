"""Shape cues checked against paraphrases written for the test (not the gold wording), and the
explanation's choice of sentence, on the smallest inputs: a question parsed into slots, a few
sentences built from strings; no model, no index."""

from __future__ import annotations

import pytest

from ingest.figures import parse_figures
from rag.extractive.explaining import explaining
from rag.extractive.features import Evidence
from rag.extractive.slots import parse
from rag.extractive.weights import DEFAULT


# -- a cause asked: 'what' is the subject of a verb of causing (drive, push, slow, prevent ...) -------
@pytest.mark.parametrize("question", [
    "What is behind the rise in rural incomes?",
    "What is pushing companies toward open-source models?",
    "What has made Shenzhen a hub for robotics?",
    "What is expected to slow the growth of the market?",
    "What caused the drop in deal count after 2021?",
    "What led to the surge in AI financing in 2024?",
    "What prevents wider enterprise adoption of agents?",
    "What keeps consumer apps from monetizing?",
    "What has driven the growth in patent applications?",
    "What enabled the decline in inference cost?",
    "What factors contributed to the decrease in operating income?",
    "What explains the gap between urban and rural incomes?",
    "How come the number of deals fell in 2022?",
    "What is fuelling demand for intelligent computing?",
    "What is holding back the adoption of AI in healthcare?",
    "What does the scaling law for agents say?",
    "What accounts for the low penetration of AI in education?",
    # a reporting clause between 'what' and its verb asks the same ('what will keep X growing')
    "What does the report say will keep household spending growing despite an ageing population?",
    "What do analysts expect will slow the growth of cloud spending?",
])
def test_a_cause_asked_in_other_words_is_an_explanation(question):
    s = parse(question)
    assert s.shape == "explanation", s.shape
    assert s.units == ()  # 'the growth of the market' names the topic; no figure is asked


@pytest.mark.parametrize("question, shape", [
    ("What made revenue grow so much?", "figure"),  # an amount is asked
    ("What makes up the total?", "figure"),  # composition, not a cause
    ("What accounts for the largest share of AI financing?", "figure"),  # a name with its share
    ("What share of AI financing went to AIGC?", "figure"),
    ("What was the revenue in 2024?", "figure"),
    ("What does the report expect will be the market size in 2030?", "figure"),  # reported, but an amount
])
def test_an_amount_or_a_composition_is_no_cause(question, shape):
    assert parse(question).shape != "explanation"


def test_the_verb_of_the_cue_is_no_scope():
    # 'pushing industries', 'made vertical applications': the verb before the noun narrows nothing
    assert parse("What is pushing industries from renting models toward self-training?").scopes == ()
    assert parse("What made vertical applications like content moderation unviable?").scopes == ()


# -- a list asked in the imperative, and a 'how' question is no list --------------------------------
@pytest.mark.parametrize("question", [
    "Give the major application areas of foundation models.",
    "Identify the leading players in video generation.",
    "Name the leaders in audio generation.",
    "List the main barriers to entry.",
])
def test_an_imperative_asking_names_is_a_list(question):
    assert parse(question).shape == "list"


@pytest.mark.parametrize("question", [
    "How has the share of vertical models changed?",
    "How did the number of models filed develop from 2023 to 2024?",
])
def test_a_how_question_naming_models_is_no_list(question):
    assert parse(question).shape != "list"


def test_give_a_figure_is_no_list():
    assert parse("Give the 2024 revenue of the segment.").shape != "list"


# -- two entities joined by 'and' with a figure asked: each one's figure -----------------------------
@pytest.mark.parametrize("question", [
    "What was the average deal size in the U.S. and in China in 2024?",
    "How many AI unicorns did the U.S. and China each have?",
    "Contrast the 2021 deal count with the 2024 one.",
])
def test_two_named_things_asked_together_is_a_comparison(question):
    assert parse(question).shape == "comparison"


def test_two_entities_together_ask_one_figure():
    assert parse("What share of financing did the U.S. and China together account for?").shape != "comparison"


# -- which sentence an explanation quotes ------------------------------------------------------------
def _ev(i: int, text: str, score: float, overlap: float, passage: int = 0) -> Evidence:
    return Evidence(passage, i, text, parse_figures(text), set(), set(), False, True,
                    features={"overlap": overlap}, score=score)


def test_a_sentence_explaining_the_opposite_change_does_not_answer():
    # 'why the rise': a sentence giving the cause of a decline answers another question
    q = parse("What is behind the continuing rise in consumption expenditure?")
    title = _ev(0, "Per capita consumption expenditures in China, 2020-2029E", 0.75, 0.39)
    decline = _ev(1, "Growth of consumption expenditure is expected to decline due to an ageing population.", 0.64, 0.46)
    rise = _ev(2, "The ongoing increase in consumption expenditure is the direct result of rising income.", 0.62, 0.36)
    assert explaining([title, decline, rise], title, lambda e: True, 0.85, q, DEFAULT.explain_wide_margin) is rise


def test_the_explaining_sentence_whose_subject_is_what_is_asked_is_quoted():
    # the sentence's subject (before 'driven by') is the thing asked, further down the ranking
    q = parse("What is driving China's urbanization?")
    top = _ev(0, "China's population and urbanization figures have far-reaching implications.", 0.60, 0.5)
    other = _ev(1, "China's urbanization rate reached 67.0% in 2024.", 0.58, 0.5)
    cause = _ev(2, "This increasing urbanization is driven by various factors, including economic opportunities.",
                0.45, 0.3)
    assert explaining([top, other, cause], top, lambda e: True, 0.85, q, DEFAULT.explain_wide_margin) is cause



# -- slots that other words asked for ----------------------------------------------------------------
def test_a_year_in_a_list_question_asks_no_amount():
    q = parse("Which cloud providers set off the 2024 price war?")
    assert q.shape == "list" and q.units == ()


def test_a_qualifier_word_used_as_a_verb_qualifies_nothing():
    assert parse("How many AI companies were operating worldwide in 2024?").qualifiers == ()
    assert parse("What was the operating income in 2024?").qualifiers == ("operating",)


@pytest.mark.parametrize("question", [
    "Which text model sits at the top of the index as of November 2025?",
    "Which model leads the video arena?",
    "Which company is number one by revenue share?",
    "Which model tops the index?",
    "Whose model is number one on the index?",
])
def test_the_one_at_the_top_is_rank_one(question):
    assert parse(question).rank == 1


def test_which_things_lead_asks_no_rank():
    assert parse("Which products lead the entertainment segment?").rank is None


@pytest.mark.parametrize("question", [
    "What is the scaling law on test-time compute that began with o1?",
    "What is the principle behind mixture-of-experts models?",
    "What are the core pain points holding back consumer apps?",
    "What are the main factors driving demand for compute?",
])
def test_a_law_or_the_things_holding_back_are_explained(question):
    assert parse(question).shape == "explanation"


def test_revenue_shares_ask_a_percent():
    # 'shares' asks a share as 'share' does: the revenue is what the share is of
    assert parse("What were the 2024 revenue shares of Company C and Company F?").unit == "percent"
    assert parse("What was the revenue share of Company C in 2024?").unit == "percent"


def test_a_noun_that_is_also_a_verb_of_causing_asks_no_cause():
    assert parse("What is the combustion of fuel and operation of facilities in FY19?").shape != "explanation"


# -- which one leads: a sentence saying so ----------------------------------------------------------
def test_a_sentence_saying_which_one_led_answers_which_is_largest():
    from rag.extractive.choice import leader
    from tests.test_extractive import evidence
    q = "Which B2B scenario attracted the most investment?"
    ctx, slots, ev = evidence(q, "The B2B models were applied across six scenarios, with total investment of 700 million yuan. "
                                 "Structurally, intelligent analysis and decision-making led with 272 million yuan in investment.")
    got = leader(ctx, slots, ev, "extractive", 0.5)
    assert got is not None and got.answer.startswith("**intelligent analysis and decision-making** (272 million")


def test_the_leader_must_be_one_of_the_alternatives_named():
    from rag.extractive.choice import leader
    from tests.test_extractive import evidence
    ctx, slots, ev = evidence("Who has more AI unicorns, Beijing or Shanghai?",
                              "Among cities, Beijing led with 40 AI unicorns, dominated by generative AI.")
    got = leader(ctx, slots, ev, "extractive", 0.5)
    assert got is not None and got.figure == "Beijing"
    ctx, slots, ev = evidence("Who has more AI unicorns, Shenzhen or Shanghai?",
                              "Among cities, Beijing led with 40 AI unicorns, dominated by generative AI.")
    assert leader(ctx, slots, ev, "extractive", 0.5) is None


def test_the_lowest_asked_is_not_the_leader():
    from rag.extractive.choice import leader
    from tests.test_extractive import evidence
    ctx, slots, ev = evidence("Which scenario attracted the least investment?",
                              "Structurally, intelligent analysis led with 272 million yuan in investment.")
    assert leader(ctx, slots, ev, "extractive", 0.5) is None


def test_a_threshold_is_no_ranking():
    assert parse("Which Chinese models have more than a trillion parameters?").shape == "list"


@pytest.mark.parametrize("question, names", [
    ("How did investment in intelligent analysis compare with knowledge Q&A among B2B applications?",
     ("intelligent analysis", "knowledge Q&A")),
    ("How much went to digital humans compared with smart operations?", ("digital humans", "smart operations")),
])
def test_a_compared_with_b_names_two_alternatives(question, names):
    from rag.extractive.choice import alternatives
    alt = alternatives(question)
    assert alt is not None and alt.names == names and alt.kind == "comparison"


def test_periods_compared_are_no_alternatives():
    from rag.extractive.choice import alternatives
    assert alternatives("How wide was the gap on MMLU in 2023 compared with the end of 2024?") is None


def test_a_figure_after_a_list_of_names_is_not_the_first_names():
    from rag.extractive.choice import figures_for
    from tests.test_extractive import evidence
    q = "How did investment in digital humans compare with knowledge Q&A?"
    ctx, slots, ev = evidence(q, "The models cover knowledge Q&A, digital humans, smart operations, and content generation, "
                                 "with a total investment of 700 million yuan. Digital humans drew 170 million yuan. "
                                 "Knowledge Q&A drew 158 million yuan.")
    got = figures_for(("digital humans", "knowledge Q&A"), ev, slots)
    assert got is not None and [f.text for f, _ in got] == ["170 million yuan", "158 million yuan"]


def test_how_a_report_says_a_thing_weighs_nothing_in_the_overlap():
    from tests.test_extractive import features_of
    plain = features_of("What architecture innovations came from academia?",
                        "At the architecture level, academia introduced innovations including FlashAttention and Mamba.")
    said = features_of("What architecture innovations from academia are mentioned, according to the white paper?",
                       "At the architecture level, academia introduced innovations including FlashAttention and Mamba.")
    assert abs(plain["overlap"] - said["overlap"]) < 1e-9


def test_numbers_after_what_is_counted_ask_a_count():
    assert parse("What has happened to China's AI financing deal numbers since 2021?").unit == "count"


def test_an_acronyms_plural_is_the_acronym_a_passage_may_write_out():
    """'GDPs' names what 'GDP' names: a passage writing 'gross domestic products' mentions it. (A CAGR
    names the computation asked, no name: question_names.)"""
    from rag.extractive.names import mentions
    from rag.extractive.question_names import proper_names

    names = proper_names("How does the report expect regional GDPs and LLMs to move?")
    assert names == ["GDP", "LLM"]
    assert mentions("the gross domestic products of the regions are expected to rise", names[0])
    assert mentions("llms are spreading", names[1])
    assert proper_names("How does the report expect urban income CAGRs and LLMs to move?") == ["LLM"]
    assert proper_names("What did Xiaomi and Tencent Holdings report?") == ["Xiaomi", "Tencent", "Holdings"]

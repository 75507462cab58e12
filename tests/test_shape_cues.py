"""How the weak answer shapes are asked and answered (issue 13, session 20), on the smallest inputs:
a question parsed into slots, a few sentences or table rows built from strings; no model, no index."""

from __future__ import annotations

import pytest

from ingest.figures import parse_figures
from ingest.tables import read_grid, tables_to_json
from ingest.types import Chunk
from rag.extractive.choice import alternatives, answer_choice
from rag.extractive.explaining import enumerating, explaining, explains
from rag.extractive.features import Evidence
from rag.extractive.shapes import answer_by_cells
from rag.extractive.slots import parse
from rag.types import AnswerContext, Passage
from tests.test_extractive import evidence


def _ev(i: int, text: str, score: float, overlap: float = 0.5, passage: int = 0) -> Evidence:
    return Evidence(passage, i, text, parse_figures(text), set(), set(), False, True,
                    features={"overlap": overlap}, score=score)


# -- comparison and which-is-larger: the alternatives a question names ----------------------------
@pytest.mark.parametrize("question, names", [
    ("Put Company G and Company H side by side: what were their market shares?", ("Company G", "Company H")),
    ("Compare Company G with Company H on market share.", ("Company G", "Company H")),
    ("Set Company G against Company H: what were their shares?", ("Company G", "Company H")),
])
def test_side_by_side_names_two_alternatives_to_compare(question, names):
    alt = alternatives(question)
    assert alt is not None and alt.names == names and alt.kind == "comparison"


def _table_ctx(question: str, grid, caption: str | None = None) -> AnswerContext:
    read = read_grid(grid, caption)
    text = "\n".join([read.header_line] + read.lines)
    chunk = Chunk("c1", "d1", text, "Report", "Pub", "2020", "r.html", 1, 1, None, 0, len(text),
                  tables_json=tables_to_json([read.table]))
    return AnswerContext(question, [Passage(chunk, 1.0)])


BOARD = [["Rank", "Model", "Index"], ["1", "Grok 4 Fast", "60"], ["2", "Claude 4.1 Opus", "59"]]


def test_a_question_naming_two_rows_is_not_answered_by_one_cell():
    # 'Between A and B, which ...': both rows are named; one row's cell answers neither shape
    q = "Between Grok 4 Fast and Claude 4.1 Opus, which scores better on the index?"
    assert answer_by_cells(_table_ctx(q, BOARD), parse(q), "extractive") is None


def test_better_asks_which_is_larger():
    assert parse("Between A and B, which scores better on the index?").shape == "which"
    assert alternatives("Between Grok 4 Fast and Claude 4.1 Opus, which scores better?") is not None


ARENA = ("Rank: 2; Company name: OpenAI; Model: TTS-1 HD; Arena ELO: 1,146\n"
         "Rank: 3; Company name: OpenAI; Model: TTS-1; Arena ELO: 1,132\n"
         "Rank: 5; Company name: ElevenLabs; Model: Turbo v2.5; Arena ELO: 1,108")


def test_a_row_naming_exactly_the_alternative_beats_one_naming_a_longer_name():
    q = "OpenAI's TTS-1 versus ElevenLabs' Turbo v2.5: what Arena ELO did each score?"
    ctx, slots, ev = evidence(q, ARENA)
    a = answer_choice(ctx, slots, ev, "extractive")
    assert a is not None and "1,132" in a.answer.split(".")[0] and "1,146" not in a.answer.split(").")[0]


# -- explanation: how a cause is asked and said -------------------------------------------------
@pytest.mark.parametrize("question", [
    "What is driving China's urbanization?",
    "What's driving the shift to inference?",
    "What holds back deeper enterprise use of large models for content generation?",
    "What limits the adoption of agents?",
])
def test_a_cause_or_constraint_asked_is_an_explanation(question):
    assert parse(question).shape == "explanation"


@pytest.mark.parametrize("text", [
    "The impact of the one-child policy has led to consistently low population growth.",
    "The deepening of application is restricted by hallucinations and other problems.",
    "Growth was fuelled by rising exports.",
    "The decline stems from weaker demand.",
])
def test_a_cause_or_constraint_explains(text):
    assert explains(text)


def test_a_result_sentence_gives_way_to_the_cause_before_it():
    cause = _ev(0, "Improvements of the underlying models often far outweigh enhancements at the application layer.", 0.6)
    effect = _ev(1, "As a result, leading products are typically developed by companies with strong model R&D.", 0.9)
    got = explaining([effect, cause], effect, lambda e: True, 0.85)
    assert got.text == cause.text and got.score == effect.score  # with the score of the effect it explains


def test_a_sentence_restating_a_why_question_gives_way_to_the_one_after_it():
    q = "Why does the report say the rise of agents marks a new stage for model applications?"
    claim = _ev(0, "In summary, the rise of agents marks a new stage in the evolution of model applications.", 0.9)
    reason = _ev(1, "Rather than operating alone, models now act as hubs that orchestrate resources.", 0.5)
    assert explaining([claim, reason], claim, lambda e: True, 0.85, parse(q)) is not claim
    # asked what it is, not why: the sentence itself answers
    q = "What does the report say the rise of agents marks for model applications?"
    assert explaining([claim, reason], claim, lambda e: True, 0.85, parse(q)) is claim


def test_a_result_sentence_stays_when_the_cause_is_not_retrieved():
    effect = _ev(1, "As a result, leading products are typically developed by companies with strong model R&D.", 0.9)
    assert explaining([effect], effect, lambda e: True, 0.85) is effect


# -- list: the sentence that enumerates ----------------------------------------------------------
@pytest.mark.parametrize("question", [
    "What use cases does the AI entertainment segment span?",
    "Which sectors still have low AI penetration?",
    "Which industries drive the demand for video generation?",
])
def test_a_plural_of_things_asked_is_a_list(question):
    assert parse(question).shape == "list"


def test_a_list_asks_names_not_the_unit_of_its_condition():
    # 'low AI penetration' is the condition the sectors meet; the answer is their names
    assert parse("Which sectors still have low AI penetration?").units == ()
    assert parse("What share of sectors have low AI penetration?").shape != "list"


def test_a_preposition_before_the_question_word_still_asks_the_plural():
    # 'in which areas': the areas are listed; 'sales' there names where they apply, not a sum of money
    slots = parse("In which areas do voice agents lift the limit on sales?")
    assert (slots.shape, slots.units) == ("list", ())
    assert parse("In which year did sales peak?").shape != "list"


def test_any_plural_asked_before_the_verb_is_a_list_unless_a_measure():
    # 'what key assumptions are X based on': the assumptions are listed; 'market' asks no money
    slots = parse("What key assumptions are the market projections based on?")
    assert (slots.shape, slots.units) == ("list", ())
    assert parse("What sales were the market projections based on?").shape != "list"
    assert parse("What key assumptions were made for the 2025 market?").shape != "list"


def test_the_enumerating_sentence_answers_a_list():
    best = _ev(0, "The productivity segment represents a massive opportunity with broad downstream use cases.", 0.63)
    items = _ev(1, "Top use cases include information search, writing, coding, and business analysis.", 0.53)
    assert enumerating([best, items], best, lambda e: True, 0.8) is items


def test_an_enumeration_far_below_the_best_does_not_answer():
    best = _ev(0, "The productivity segment represents a massive opportunity with broad downstream use cases.", 0.63)
    items = _ev(1, "Cities such as Beijing, Shanghai, and Shenzhen host hubs.", 0.2)
    assert enumerating([best, items], best, lambda e: True, 0.8) is best


# -- trend and computed: the unit a count asks --------------------------------------------------
@pytest.mark.parametrize("question", [
    "Trace China's AI financing deal count from 2015 through 2024.",
    "How many AI financing deals were there in China in 2024?",
])
def test_a_count_of_financing_deals_asks_a_count_not_money(question):
    assert parse(question).unit == "count"


def test_an_amount_of_financing_still_asks_money():
    assert parse("How many billion yuan of AI financing were raised in 2024?").unit == "money"
    assert parse("What was the number and amount of AI financing deals in 2024?").unit == "money"


@pytest.mark.parametrize("question", [
    "How big a slice of the framework market did MindSpore take in 2024?",
    "What piece of the market went to AIGC?",
])
def test_a_slice_of_a_whole_asks_a_share(question):
    assert parse(question).unit == "percent"


def test_a_factor_asked_is_a_multiple():
    assert parse("By what factor did the number of large model projects rise in 2024?").unit == "multiple"


def test_the_first_unit_asked_answers_when_the_sentence_gives_it():
    from rag.extractive.pick import pick_figures
    text = "Income of rural residents rose by 6.6% to RMB 23.1 thousand in 2024."
    q = parse("What is the growth rate of rural disposable income in 2024?")
    assert q.units[:2] == ("percent", "money")
    assert pick_figures(text, parse_figures(text), q)[0].text == "6.6%"


def test_the_unit_named_first_leads_a_two_part_question():
    from rag.extractive.pick import pick_figures
    text = "Urban residents spent RMB 34.5 thousand per capita in 2024, up 4.7%."
    q = parse("How much did an urban resident spend per capita in 2024, and how fast did it grow?")
    assert q.lead_unit == "money"
    assert pick_figures(text, parse_figures(text), q)[0].text.endswith("34.5 thousand")


# -- which sentence and figure answer a trend or a comparison of periods -------------------------
def test_a_figure_belongs_to_the_name_just_before_it():
    from rag.extractive.pick import pick_figures
    text = "By 2075, the large model market is projected to reach RMB 24.6T and the AI Agent market RMB 1.1T+."
    q = parse("How big will the AI Agent market be in 2075?")
    assert pick_figures(text, parse_figures(text), q)[0].text.startswith("RMB 1.1T")


def test_the_other_period_is_taken_from_the_same_passage_first():
    from rag.extractive.compose import complement
    q = parse("HumanEval gap between top U.S. and Chinese models, 2023 versus 2024?")

    def ev(passage, i, text, score, years):
        return Evidence(passage, i, text, parse_figures(text), set(years), set(years), False, True,
                        features={}, score=score)
    best = ev(0, 0, "In 2023, U.S. models led by 17.5% and 31.6% on MMLU and HumanEval.", 0.85, {2023})
    other = ev(1, 4, "The gap narrowed from 10-40 pct in 2023-2024 to less than 4 pct.", 0.79, {2023, 2024})
    same = ev(0, 1, "By the end of 2024, these gaps had narrowed to 0.3% and 3.7%, respectively.", 0.71, {2024})
    assert complement(q, [best, other, same], best) is same


def test_names_joined_by_a_slash_take_the_figures_after_them_in_order():
    text = "By November 2024, language/vision/multimodal models accounted for 78%, 12%, and 10% of filings."
    q = "Which had more generative AI models filed, language or vision?"
    ctx, slots, ev = evidence(q, text)
    a = answer_choice(ctx, slots, ev, "extractive")
    assert a is not None and a.figure == "language" and "vision: 12%" in a.answer


def test_alternatives_named_before_which():
    alt = alternatives("Gemini 2.5 Pro or Grok 4 Fast: which scores higher?")
    assert alt is not None and alt.names == ("Gemini 2.5 Pro", "Grok 4 Fast") and alt.kind == "choice"


def test_an_alternative_written_with_and_is_found_written_with_an_ampersand():
    text = ("Of the investment, Knowledge Q&A and digital human & customer service followed at 158 million yuan "
            "and 170 million yuan respectively.")
    q = "Knowledge Q&A versus digital human and customer service: how much was invested in each?"
    ctx, slots, ev = evidence(q, text)
    a = answer_choice(ctx, slots, ev, "extractive")
    assert a is not None and "158 million" in a.answer and "170 million" in a.answer


def test_what_a_thing_depends_on_or_what_enables_it_is_an_explanation_not_an_amount():
    # 'hinge on' / 'let X unlock Y' ask for a condition or a means in words; 'value' or 'profit' names no unit asked
    from rag.extractive.slots import parse

    for q in ("What does AIGC's enterprise value hinge on?", "What should let consumer apps unlock profit growth?",
              "What enabled the company to cut costs?"):
        s = parse(q)
        assert s.shape == "explanation" and not s.units, q
    assert parse("How much does the value depend on the discount rate?").shape != "explanation"  # an amount asked


def test_how_far_has_x_come_asks_the_progress_in_words():
    from rag.extractive.shape_cues import trend_asked
    assert trend_asked("How far had image quality come by 2022?")
    assert not trend_asked("How far did revenue fall in 2020?")
    assert not trend_asked("How far has the price come down since 2020?")

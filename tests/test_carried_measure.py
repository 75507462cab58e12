"""A measure named once and carried on to the sides' sentences, and 'led' asking the leader;
the smallest questions and passages, no model."""

from __future__ import annotations

from rag.extractive.carried_measure import continued, measure_carried
from rag.extractive.choice import answer_choice, leader
from rag.extractive.slots import parse
from tests.test_extractive import evidence

INTRO = ("Overall, enterprise models were applied in six scenarios, with a total investment exceeding 700 million yuan. "
         "Structurally, intelligent analysis led with 272 million yuan, highlighting its role in risk control.")
ON = ("Structurally, intelligent analysis led with 272 million yuan, highlighting its role in risk control. "
      "Knowledge Q&A followed closely at 158 million yuan, showing wide adoption.")
QUESTION = "How much investment went to intelligent analysis compared with knowledge Q&A?"


def test_a_chunk_continues_the_one_its_opening_ends():
    ctx, _, _ = evidence(QUESTION, INTRO, ON)
    assert continued(ctx.passages, 1) is ctx.passages[0]
    assert continued(ctx.passages, 0) is None


def test_each_side_takes_the_measure_its_passage_carries():
    ctx, slots, ev = evidence(QUESTION, INTRO, ON)
    a = answer_choice(ctx, slots, ev, "extractive")
    assert a is not None and a.answer.startswith("**272 million yuan vs 158 million yuan**")


def test_a_measure_named_in_the_sentence_or_another_one_last_is_not_carried():
    ctx, _, ev = evidence(QUESTION, "Total revenue reached 900 million yuan. Knowledge Q&A followed at 158 million yuan.",
                          "Investment in knowledge Q&A had 40 users.")
    on = next(e for e in ev if e.text.startswith("Knowledge"))
    assert not measure_carried(ctx.passages, on, "financing")  # revenue is the measure named last
    own = next(e for e in ev if e.text.startswith("Investment"))
    assert not measure_carried(ctx.passages, own, "financing")  # the sentence names its measure itself


def test_no_carried_measure_without_a_continued_passage():
    ctx, slots, ev = evidence(QUESTION, ON)  # the chunk naming the investment was not retrieved
    assert answer_choice(ctx, slots, ev, "extractive") is None


def test_led_asks_the_leader():
    assert parse("Which scenario led in investment?").shape == "which"
    assert parse("Which factors led to the decline?").shape != "which"
    ctx, slots, ev = evidence("Which scenario led in investment?",
                              "Of a total investment of 700 million yuan, intelligent analysis led with 272 million yuan.")
    a = leader(ctx, slots, ev, "extractive", 0.5)
    assert a is not None and a.figure == "intelligent analysis"


# -- a list of names and a run of as many figures; the second side referring back -------------------
from ingest.figures import parse_figures  # noqa: E402

from rag.extractive.alt_figures import positions  # noqa: E402
from rag.extractive.choice import alternatives  # noqa: E402
from rag.extractive.alt_figures import listed_in_parallel  # noqa: E402

GAPS = "In 2023, top models led by 17.5%, 13.5%, 24.3%, and 31.6% on benchmarks such as MMLU, MMMU, MATH, and HumanEval."


def _paired(text, *names):
    low, figures = text.lower(), parse_figures(text)
    spots = sorted((p, n) for n in names for p in positions(low, n))
    return {n: f.text for n, f in listed_in_parallel(text, figures, spots, [f for f in figures if f.unit != "year"]).items()}


def test_names_listed_take_the_figures_at_their_places():
    assert _paired(GAPS, "MMLU", "HumanEval") == {"MMLU": "17.5%", "HumanEval": "31.6%"}
    assert _paired(GAPS, "MMMU", "MATH") == {"MMMU": "13.5%", "MATH": "24.3%"}


def test_no_pairing_across_another_figure_or_with_uneven_lists():
    assert _paired("Sales of Alpha and Beta grew 5%, while Gamma grew 2% and 3%.", "Alpha", "Beta") == {}
    assert _paired("Alpha, Beta and Gamma grew 5% and 3%.", "Alpha", "Beta") == {}


def test_the_second_side_referring_back_names_its_item_after_the_measure():
    alt = alternatives("In 2023, how did the U.S. lead on MMLU compare with its lead on HumanEval?")
    assert alt is not None and alt.names == ("MMLU", "HumanEval")


def test_a_comparison_reads_each_side_from_the_parallel_lists():
    ctx, slots, ev = evidence("In 2023, how did the lead on MMLU compare with its lead on HumanEval?", GAPS)
    a = answer_choice(ctx, slots, ev, "extractive")
    assert a is not None and a.answer.startswith("**17.5% vs 31.6%**")


# -- growth asked is a rate; a place scoping the question adds no figure -------------------------------
def test_growth_of_a_measure_and_growing_faster_ask_a_rate():
    assert parse("How did growth in per capita disposable income differ between urban and rural residents?").units[0] == "percent"
    assert parse("Whose per capita income grew faster, urban or rural residents?").units[0] == "percent"
    assert parse("What was per capita disposable income in 2024?").units[0] == "money"


def test_a_sentence_quoted_for_the_place_adds_no_lead_figure():
    from rag.extractive.compose import compose
    from rag.extractive.pick import pick_figures
    ctx, slots, ev = evidence("How fast did rural per capita consumption grow in China in 2024?",
                              "In 2024, the country's rural per capita consumption grew by 6.1%. "
                              "China's urbanization rate reached 67.0% in 2024.")
    best = next(e for e in ev if "6.1%" in e.text)
    ev = [best] + [e for e in ev if e is not best]  # the answerer puts the best first
    a = compose(ctx, slots, ev, best, pick_figures(best.text, best.figures, slots), 1.0, "extractive", 600)
    assert a.answer.startswith("**6.1%**") and "**67.0%**" not in a.answer


# -- a chunk naming no year continues the one before it on its page ----------------------------------
from types import SimpleNamespace  # noqa: E402

from rag.extractive.period_heading import previous_years  # noqa: E402


def _piece(start, text, page=6, doc="d"):
    return SimpleNamespace(doc_id=doc, char_start=start, char_end=start + len(text), text=text, page=page)


def test_an_undated_chunk_takes_the_last_year_of_the_chunk_before_it_on_its_page():
    first = _piece(0, "Global AI enterprises, 2024H1. Global AI unicorns, 2025.05: over 370 AI unicorns.")
    second = _piece(90, "Europe: About 20 in the UK and 6-8 in Israel.")
    dated = _piece(140, "India reached 8-12 unicorns in 2025.")
    next_page = _piece(200, "Europe: About 20 in the UK.", page=7)
    snap = SimpleNamespace(chunks=[first, second, dated, next_page])
    assert previous_years(snap, second) == {2025}  # the period in force where the cut falls, not 2024
    assert previous_years(snap, dated) == set()  # a chunk naming a year is dated by it
    assert previous_years(snap, next_page) == set()  # a new page starts afresh
    assert previous_years(None, second) == set()

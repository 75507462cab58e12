"""A computed quantity asked, a figure read as it stands (rag/extractive/computed_doubt.py): the lead
is hedged unless the passage says the figure is that quantity; on the smallest inputs, no model."""

from __future__ import annotations

from rag.extractive.answerer import ExtractiveAnswerer
from rag.extractive.computed_doubt import asked, stated, uncomputed
from rag.extractive.verify import Verifier
from rag.types import Answer, Citation
from tests.test_extractive import context

FILLER = ("Robots spread across factories.", "Capital flowed to chips.")


def _answer(text: str, quote: str, figure: str | None = None, derivation: dict | None = None) -> Answer:
    cite = Citation(n=1, doc_id="r", title="r", publisher="", date="", source="", page=1, section=None,
                    chunk_id="c", text=quote, quote=quote)
    return Answer(question="q", answer=text, figure=figure, abstained=False, citations=[cite], derivation=derivation)


def test_one_computed_quantity_asked():
    assert asked("What was the percentage change in revenue between 2018 and 2019?") == "percent_change"
    assert asked("What is the total number of units sold in April and May altogether?") == "sum"
    assert asked("What was the average cost per employee in 2018?") == "average"
    # the manner, a yes/no, or a second thing asked: not one computed figure
    assert asked("How did revenue change from 2018 to 2019?") is None
    assert asked("A vs B in the arena: any difference in score?") is None
    assert asked("How many incidents were recorded in 2024, and how fast did they grow?") is None
    assert asked("What was revenue in 2019?") is None
    assert asked("What was the increase in revenue due to?") is None


def test_the_total_x_asks_a_total_a_share_of_the_total_does_not():
    assert asked("What is the total deferred revenue at the end of the period?") == "sum"
    assert asked("What share of the global total do these models represent?") == "share"  # a share, not a sum
    assert asked("How much did financing total in 2024?") is None
    assert asked("In how many years is the total unrecognized cost to be recognized?") is None


def test_a_figure_is_stated_as_the_quantity_by_the_words_before_it():
    assert stated("change", "$4.2 million", "Net cash used in financing activities increased ")
    assert not stated("change", "$4.2 million", "Net cash used in financing activities was ")
    assert stated("average", "25 days", "The average duration of receivables is approximately ")
    assert stated("sum", "$26,276", "Total Dec 28, 2019: $")
    # a percentage change or a share is a percent: an amount is not one, whatever the words say
    assert not stated("percent_change", "$4.3 million", "costs decreased to ")
    assert stated("percent_change", "14%", "Revenue increased by ")
    assert stated("share", "56%", None)


def test_an_operand_read_as_it_stands_is_hedged_a_stated_one_is_not():
    q = "What was the average employee termination cost in 2018?"
    row = "Employee terminations costs — Balances, January 31, 2018: $53.0; Additions: $39.2"
    why = uncomputed(q, _answer("**$53.0** (2018). " + row, row, "$53.0"))
    assert why is not None and "an average" in why
    said = "The average employee termination cost was $53.0 in 2018."
    assert uncomputed(q, _answer("**$53.0** (2018). " + said, said, "$53.0")) is None
    # a computed answer (with its derivation) is the quantity asked
    assert uncomputed(q, _answer("**46.1** — average: ...", row, "46.1", {"op": "average"})) is None
    # no computation asked: nothing to doubt
    assert uncomputed("What were the termination costs in 2018?", _answer("**$53.0** (2018). " + row, row, "$53.0")) is None


def test_the_answerer_hedges_an_uncomputed_lead():
    """Sentence path: the passage gives the two operands, not their total: the answer keeps the
    figures and quote, loses the bold and the figure field, and names the gate."""
    # (the passage names 2018 too: a passage naming only one of the two years asked abstains, gates_span)
    ctx = context("What is the total number of units granted in 2018 and 2019 altogether?",
                  "In 2019, we granted 346,453 units with certain targets. Grants in 2018 followed the same plan.",
                  *FILLER)
    answer = ExtractiveAnswerer(threshold=-5, verifier=Verifier()).answer(ctx)
    assert not answer.abstained and answer.explanation["gate"] == "answer_doubt"
    assert "**" not in answer.answer and "346,453" in answer.answer and answer.figure is None
    assert answer.answer.startswith("Not certain: the question asks for a total")
    ctx = context("What is the total number of units granted in 2019?",
                  "In 2019, we granted a total of 721,453 units with certain targets.", *FILLER)
    assert ExtractiveAnswerer(threshold=-5, verifier=Verifier()).answer(ctx).answer.startswith("**")


def test_each_year_from_its_own_quoted_sentence_is_computed():
    """The best sentence gives one year's figure, the complement sentence the other's (both quoted
    under one citation): the percentage change asked is computed from the two, each cited."""
    from rag.extractive.computed_text import from_sentence
    from rag.extractive.slots import parse
    from ingest.figures import parse_figures
    from rag.types import AnswerContext

    q = "What is the percentage difference in the number of units granted between February 2016 and October 2018?"
    one, two = ("In February 2016, we granted 547,000 units with certain targets.",
                "In October 2018, we granted 464,888 units with certain targets.")
    first = [f for f in parse_figures(one) if f.unit == "count"]
    composed = _answer(f"**547,000 and 464,888** (2016 and 2018). {one} [1] {two} [1]", one)
    got = from_sentence(AnswerContext(q, []), parse(q), composed, first)
    assert got is not None and got.figure == "-15.01%" and got.derivation["op"] == "percent_change"
    # the other year's figure must be quoted: without the second sentence nothing is computed
    alone = _answer(f"**547,000** (2016). {one} [1]", one)
    assert from_sentence(AnswerContext(q, []), parse(q), alone, first) is None


def test_a_share_outside_0_to_100_percent_is_hedged():
    row = "Revenue — 2019: 120; Segment A — 2019: 150"
    over = _answer("**125%** — share: 150 / 120 = 125%.", row, "125%", {"op": "share", "result": "125%"})
    assert "outside 0-100%" in uncomputed("What percentage of revenue is segment A in 2019?", over)
    fine = _answer("**80%** — share: 120 / 150 = 80%.", row, "80%", {"op": "share", "result": "80%"})
    assert uncomputed("What percentage of segment A is revenue in 2019?", fine) is None
    growth = _answer("**125%** — percentage change: ...", row, "125%", {"op": "percent_change", "result": "125%"})
    assert uncomputed("What was the percentage change in revenue?", growth) is None


def test_an_average_over_a_range_of_years_is_not_the_mean_of_its_two_ends():
    from rag.extractive.computed_text import from_sentence
    from rag.extractive.slots import parse
    from ingest.figures import parse_figures
    from rag.types import AnswerContext

    s = "Operating leases — 2020: $4,143; 2021-2022: $7,111; 2023-2024: $3,686"
    figures = [f for f in parse_figures(s) if f.text in ("$4,143", "$3,686")]
    composed = _answer(f"**$4,143 and $3,686**. {s} [1]", s)
    ranged = "What is the average annual operating leases for 2020-2024?"
    assert any(p.kind == "range" for p in parse(ranged).periods)
    assert from_sentence(AnswerContext(ranged, []), parse(ranged), composed, figures) is None
    two = "What is the average operating leases in 2020 and 2024?"
    got = from_sentence(AnswerContext(two, []), parse(two), composed, figures)
    assert got is not None and got.derivation["op"] == "average"


def test_amount_summed_for_a_share_asked_is_doubted():
    from rag.extractive.computed_doubt import amount_for_share
    summed = {"op": "sum", "operands": [{"value": "13,000", "label": "Thailand (2024)"},
                                        {"value": "13,000", "label": "Nigeria (2024)"}], "result": "26,000"}
    a = Answer(question="q", answer="**26,000** — total", figure=None, abstained=False, citations=[], derivation=summed)
    assert amount_for_share("What was the combined share of Thailand and Nigeria in world output in 2024?", a)
    assert amount_for_share("What was the combined output of Thailand and Nigeria in 2024?", a) is None
    shares = {**summed, "result": "6.6%"}
    b = Answer(question="q", answer="**6.6%** — total", figure=None, abstained=False, citations=[], derivation=shares)
    assert amount_for_share("What was the combined share of Thailand and Nigeria in 2024?", b) is None
    per_share = {**summed, "result": "1.74"}
    c = Answer(question="q", answer="**1.74** — total", figure=None, abstained=False, citations=[], derivation=per_share)
    assert amount_for_share("What was the total dividend per share in 2023 and 2024?", c) is None


def test_a_rate_is_stated_by_its_own_noun_written_after_the_figure():
    quote = "From 2020-2024, intelligent computing achieved over 70% CAGR, supported by policies."
    answer = _answer("**over 70%** (2024). " + quote, quote, figure="over 70%")
    assert uncomputed("What CAGR did intelligent computing achieve from 2020 to 2024?", answer) is None
    plain = "Intelligent computing reached 70% of capacity in 2024."
    answer = _answer("**70%** (2024). " + plain, plain, figure="70%")
    assert uncomputed("What CAGR did intelligent computing achieve from 2020 to 2024?", answer) is not None


def test_a_quantity_named_without_an_operation_word_is_derived():
    """A multiple, one side less another, or a figure carried to another unit or condition: asked though no
    operation word names it; a question asking words or a level as it stands asks none."""
    assert asked("How many times larger was the installed base at end-2024 than at end-2022?") == "multiple"
    assert asked("How much more did large firms spend per employee than medium-sized firms?") == "change"
    assert asked("Expressed in thousand tonnes, what is Brazil's estimated production?") == "derived"
    assert asked("Applying its channel share, what were e-commerce sales in 2025?") == "derived"
    assert asked("Applying its CAGR, what would China's sales be in 2027F?") == "derived"  # the rate is the means
    assert asked("If the forecast is met, what would second-half investment be?") == "derived"
    assert asked("How many times has the plug-in been downloaded?") is None  # occurrences counted, no multiple
    assert asked("Given that financing doubled in 2024, about what was it in 2023?") is None  # a premise only
    assert asked("Why would the tax benefits not affect the effective rate?") is None
    assert asked("What was the diluted net income per share in 2019?") is None


def test_an_operand_led_for_a_derived_quantity_is_hedged():
    q = "How much more did large enterprises spend per employee than medium-sized enterprises?"
    said = "Spending per employee was EUR 1,140 for medium-sized enterprises and EUR 1,620 for large ones."
    why = uncomputed(q, _answer("**EUR 1,140**. " + said, said, "EUR 1,140"))
    assert why is not None and "a change" in why
    more = "Large enterprises spent EUR 480 more per employee than medium-sized enterprises."
    assert uncomputed(q, _answer("**EUR 480**. " + more, more, "EUR 480")) is None  # the passage states the gap
    q = "Expressed in thousand tonnes, what is Brazil's production?"
    row = "Brazil — 2024/25E: 65,000"
    assert uncomputed(q, _answer("**65,000**. " + row, row, "65,000")) is not None


def test_a_measure_named_average_asks_no_mean_when_one_side_is_set_against_another():
    q = "How much higher per kW was the average system price of Western-made systems than that of Chinese ones?"
    assert asked(q) == "change"
    assert asked("What was the average system price per kW in 2024?") == "average"


def test_a_change_word_of_a_contrasted_clause_does_not_state_the_lead():
    q = "By how many percentage points did the consumer-credit NPL ratio rise in the year to December 2024?"
    said = ("Non-performing loans in consumer credit rose to 3.8% of balances in December 2024 from 3.1% a year "
            "earlier, while the mortgage NPL ratio was stable at 0.9%.")
    assert uncomputed(q, _answer("**0.9%** (2024). " + said, said, "0.9%")) is not None
    said = "Revenue was flat in Europe, while Asian revenue increased 4.2%."
    assert uncomputed("What was the percentage change in Asian revenue?", _answer("**4.2%**. " + said, said, "4.2%")) is None


def test_a_row_line_keeps_its_label_past_its_cells():
    q = "What were the total liabilities in 2018?"
    row = "Total liabilities — 2019: 1,204; 2018: 1,377"
    assert uncomputed(q, _answer("**1,377** (2018). " + row, row, "1,377")) is None

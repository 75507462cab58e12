"""A multiple or rate of two years' figures written in different scales, the rate's own words no topic,
a compound rate the passage states not recomputed (computed_rate.py, computed_scales.py): the smallest
passages built from strings, no model."""

from __future__ import annotations

from ingest.figures import parse_figures
from rag import compute
from rag.extractive.computed_rate import rate_operation, rate_unstated
from rag.extractive.computed_scales import in_one_scale
from rag.extractive.slots import parse
from rag.verify import derived
from tests.test_computed_rate import _ask

MARKET = "The global AI market is projected to grow from USD 615.7 billion in 2024 to over USD 2.6 trillion by 2030."


def test_how_many_times_asks_a_multiple_of_the_two_years():
    q = "How many times larger is the global AI market expected to be in 2030 than in 2024?"
    assert rate_operation(q, parse(q)) == "multiple"
    a = _ask(q, MARKET)
    assert a is not None and a.figure == "4.22x" and "2.6 trillion / 615.7 billion = 4.22x" in a.answer


def test_figures_in_two_scales_are_computed_at_the_smaller_and_written_as_the_passage_does():
    figs = [f for f in parse_figures(MARKET) if f.unit == "money"]
    ops = in_one_scale(figs, ["2024", "2030"], 1)
    assert [str(o.value) for o in ops] == ["615.7", "2600"]
    mixed = [f for f in parse_figures("from 640 in 2020 to 1.8 billion in 2025") if f.unit != "year"]
    assert len(mixed) == 2 and in_one_scale(mixed, ["a", "b"], 1) is None  # one scaled, one not


def test_the_checker_recomputes_figures_written_in_two_scales():
    assert compute.recompute("multiple", ["2.6 trillion", "615.7 billion"], "4.22x")
    assert not compute.recompute("multiple", ["2.6", "615.7"], "4.22x")
    assert compute.recompute("change", ["2.6 trillion", "615.7 billion"], "1,984.3 billion")
    a = _ask("What compound annual growth rate does the global AI market's rise from 2024 to 2030 imply?", MARKET)
    assert a is not None and a.figure == "27.14%" and derived([a.figure], a.derivation) == []


def test_a_compound_rate_the_passage_states_is_not_recomputed():
    stated = MARKET + " CAGR 27.0%"
    assert _ask("What compound annual growth rate does the global AI market's rise from 2024 to 2030 imply?",
                stated) is None


def test_a_lead_that_is_no_multiple_is_an_operand():
    q = "How many times larger is the global AI market expected to be in 2030 than in 2024?"
    money = [f for f in parse_figures(MARKET) if f.unit == "money"]
    assert rate_unstated(q, parse(q), money)
    times = parse_figures("it grew 4.2 times")
    assert not rate_unstated(q, parse(q), [f for f in times if f.unit == "multiple"])


def test_a_sentences_change_of_figures_in_two_scales_is_in_the_smaller():
    from rag.extractive.computed_text import from_sentence
    from rag.types import AnswerContext
    from tests.test_computed_doubt import _answer

    q = "By how much is the global AI market expected to grow between 2024 and 2030?"
    money = [f for f in parse_figures(MARKET) if f.unit == "money"]
    composed = _answer(f"**USD 615.7 billion and over USD 2.6 trillion** (2024 and 2030). {MARKET} [1]", MARKET)
    got = from_sentence(AnswerContext(q, []), parse(q), composed, money)
    assert got is not None and got.figure == "1,984.3 billion"
    assert "2.6 trillion - 615.7 billion = 1,984.3 billion" in got.answer
    d = got.derivation
    assert compute.recompute(d["op"], [o["value"] for o in d["operands"]], d["result"])

"""The amount a year before a change the question quotes (rag/extractive/before_change.py, compute.before_change),
on the smallest passage, without the embedding model."""

from __future__ import annotations

_SENTENCE = ("In 2024, urban resident's spending increased nominally by 4.7%, reaching around RMB 34.5 thousand, while "
             "rural resident's spending grew by 6.1%, surpassing RMB 19 thousand.")


def _answer(question: str, sentence: str = _SENTENCE):
    from ingest.figures import parse_figures
    from ingest.types import Chunk
    from rag.extractive.before_change import before_change
    from rag.extractive.features import Evidence
    from rag.extractive.slots import parse
    from rag.types import AnswerContext, Passage

    chunk = Chunk("c1", "d1", sentence, "Report", "Pub", "2025", "r.txt", 1, 1, None, 0, len(sentence))
    years = {int(y) for y in __import__("re").findall(r"\b20\d\d\b", sentence)}
    evidence = [Evidence(0, 0, sentence, parse_figures(sentence), years, years, False, True)]
    return before_change(AnswerContext(question, [Passage(chunk, 1.0)]), parse(question), evidence, "extractive")


def test_the_amount_before_a_quoted_rise_is_the_amount_reached_over_one_plus_the_rise():
    a = _answer("Urban per capita spending in 2023, backing out the 4.7% nominal rise?")
    assert a is not None and a.figure == "about RMB 33.0 thousand" and a.derivation["op"] == "before_change"
    from rag.assistant import check_citations

    assert not check_citations(a).unsupported_figures  # the figure checker re-computes it


def test_a_fall_is_a_negative_change():
    a = _answer("Sales in 2023, before the 20% drop?", "In 2024, sales fell by 20% to 80 units.")
    assert a is not None and a.figure == "about 100" and "80 / (1 + (-20)%) = 100" in a.answer


def test_no_amount_without_the_quoted_change_reaching_an_amount_a_year_later():
    assert _answer("Rural spending in 2023, backing out the 6.1% rise?") is None  # 'surpassing' reaches no amount
    assert _answer("Urban spending in 2023, backing out the 5.2% rise?") is None  # not the sentence's change
    assert _answer("Urban spending in 2022, backing out the 4.7% rise?") is None  # not the year before
    assert _answer("Urban spending in 2023?") is None  # no change quoted


def test_recompute_checks_a_before_change_derivation():
    from rag.compute import recompute

    assert recompute("before_change", ["34.5", "4.7"], "33.0") and not recompute("before_change", ["34.5", "4.7"], "32.9")


def test_an_implied_amount_is_backed_out_of_a_year_on_year_change_the_sentence_gives():
    a = _answer("Implied 2023 incidents?", "In 2024, incidents reached 220, up nearly 50% YoY, a new high.")
    assert a is not None and a.figure == "about 147" and "220 / (1 + 50%) = 147" in a.answer
    b = _answer("What 2023 count is implied?", "Incidents reached 220 cases in 2024, marking a 10% year-on-year decline.")
    assert b is not None and b.figure == "about 244 cases"  # the amount as the sentence counts it


def test_no_implied_amount_without_the_implied_word_or_a_year_on_year_change():
    assert _answer("Incidents in 2023?", "In 2024, incidents reached 220, up nearly 50% YoY.") is None  # nothing implied asked
    assert _answer("Implied 2023 incidents?", "In 2024, incidents reached 220, up nearly 50% since 2020.") is None
    assert _answer("Implied 2023 incidents?", "In 2024, incidents reached 220; 50% YoY were reported late.") is None

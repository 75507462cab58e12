"""A cause asked is not explained by a sentence that only defines a term (explaining, lead_kind.defines_only)."""

from __future__ import annotations

from ingest.figures import parse_figures
from rag.extractive.explaining import explaining
from rag.extractive.features import Evidence
from rag.extractive.lead_kind import defines_only
from rag.extractive.slots import parse


def _ev(i: int, text: str, score: float, overlap: float) -> Evidence:
    return Evidence(0, i, text, parse_figures(text), set(), set(), False, True,
                    features={"overlap": overlap}, score=score)


_CAUSE = ("The reduction reflected continued migration of customer balances to fixed-term deposits, and lower "
          "margins on new mortgage lending.")
_DEFINITION = "Net interest margin is calculated as annualised net interest income divided by average assets."


def test_a_definition_writing_no_cause_says_only_what_a_thing_is():
    assert defines_only(_DEFINITION)
    assert not defines_only(_CAUSE)
    assert not defines_only("Margin is calculated as income over assets and fell due to deposit migration.")
    assert not defines_only("Management expects growth of 5% in 2025 as rate increases moderate.")  # a forecast


def test_a_why_question_quotes_the_cause_over_a_definition_naming_more_of_its_words():
    cause, definition = _ev(0, _CAUSE, 0.52, 0.3), _ev(1, _DEFINITION, 0.49, 0.6)
    q = parse("What drove the reduction in net interest margin in the fourth quarter of 2023?")
    assert explaining([cause, definition], cause, lambda e: True, 0.85, q).text == _CAUSE
    # a question asking what the term means still takes the definition
    means = parse("How is net interest margin calculated?")
    assert explaining([cause, definition], cause, lambda e: True, 0.85, means).text == _DEFINITION


def test_with_no_cause_said_the_best_prose_sentence_stays_the_base_for_the_checks_to_judge():
    definition = _ev(0, "The tracker covers fixed broadband services delivered by satellite constellations.", 0.87, 0.5)
    count = _ev(1, "Subscribers worldwide reached 4.5 million at the end of 2024.", 0.79, 0.4)
    q = parse("What factors are driving adoption of satellite broadband?")
    assert explaining([definition, count], definition, lambda e: True, 0.85, q).text == definition.text


def test_a_sentence_reflecting_a_cause_does_not_merely_restate_the_claim():
    from rag.extractive.lead_claim import restated_claim
    q = parse("Why did the average fee rate decline?")
    assert restated_claim(q, "The average fee rate declined to 39.8 basis points, reflecting a shift in mix.") is None
    assert restated_claim(q, "The average fee rate declined to 39.8 basis points from 40.8.") is not None

"""A bold lead copied as it stands that is one operand of the quantity asked: no bold."""

from rag.types import Answer, AnswerContext
from rag.extractive.lead_operand import actual_for_counterfactual, amount_for_rate, divisor_led, part_for_sum
from rag.extractive.prose_part import part_of_lead


def _a(text, derivation=None):
    return Answer(question="", answer=text, figure=None, abstained=False, citations=[], derivation=derivation)


def test_a_ratio_led_by_its_divisor():
    lead = _a("**73** (2024). Nordlund — Audit clients (number) › 2023: 71; Audit clients (number) › 2024: 73; "
              "Audit fees (€ m) › 2024: 139.2  ")
    assert divisor_led("What was Nordlund's average audit fee per client in 2024?", lead)
    rows = _a("**21,940** (2024). Frontline employees (average) — 2022: 21,350; 2024: 21,940  ")
    assert divisor_led("How many hours were delivered per average frontline employee in 2024?", rows)


def test_a_ratio_read_from_its_own_cell_or_computed_stays():
    assert divisor_led("What was fee income per partner?", _a("**18,960** (2024). Crane — Fee income per partner: 18,960  ")) is None
    assert divisor_led("What was the audit fee per client?", _a("**1.91** — ratio: 139.2 / 73 = 1.91.", {"op": "ratio"})) is None
    assert divisor_led("Which firm had the highest revenue per lawyer?", _a("**Marlowe** — Lawyers: 3,380")) is None


def test_one_part_of_a_sum_named():
    lead = _a("**150.4** (2024). Total 2023-24 — Elective admissions: 150.4; Emergency admissions: 216.6  ")
    assert part_for_sum("What were total admissions, elective and emergency combined, in 2023-24?", lead)
    salvage = _a("**1.34 million** (2024). Windthrow salvage, excluded from the table, amounted to 1.34 million m3.  "
                 "Total removals fell 0.9% in 2024 to 18.45 million m3.")
    assert part_for_sum("What were total removals in 2024 including windthrow salvage, in million m³?", salvage)
    said = _a("**500** (2024). Revenue including acquisitions was 500 in 2024.")
    assert part_for_sum("What was revenue including acquisitions?", said) is None


def test_a_counterfactual_led_by_a_figure_as_it_was():
    q = "What would production have been in the third quarter without the shut-in?"
    assert actual_for_counterfactual(q, _a("**239.3** (2024). Output was 231.5, down from 239.3 a year earlier."))
    assert actual_for_counterfactual(q, _a("**245** (2024). Without the shut-in, output would have been 245.")) is None


def test_a_margin_led_by_an_amount():
    assert amount_for_rate("What was the group EBITDA margin in 2024?", _a("**385 million** (2024). EBITDA — 2024: 385"))
    assert amount_for_rate("What was the group EBITDA margin in 2024?", _a("**12.0%** (2024). Margin — 2024: 12.0%")) is None


def test_a_part_written_as_a_share_of_the_lead():
    answer = _a("**1,488 thousand tons**. Material totalled 1,488 thousand tons, of which 14.5% was contamination "
                "sent to landfill as residue. [2]")
    ctx = AnswerContext(question="How many tons of contamination were sent to landfill as residue?", passages=[])
    assert part_of_lead(ctx, answer).figure == "215.76 thousand tons"
    whole = _a("**29 million** (2024). E-commerce sales were 29 million, of which 40% were in Germany. [1]")
    assert part_of_lead(AnswerContext(question="How much were e-commerce sales in Q3?", passages=[]), whole) is None


def test_a_question_word_and_a_passage_word_meet_in_their_singular():
    from rag.extractive.lead_operand import _stem, _stems
    assert _stem("Stores") == "store" and "store" in _stems("Sales per store")  # not 'stor' against 'store'

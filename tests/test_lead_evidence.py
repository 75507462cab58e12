"""A bold lead its own evidence contradicts: both levels changing otherwise, an amount's unit asked and a percentage
led, compared pairs of two units, a bare figure for words asked."""

from rag.extractive.lead_evidence import figure_for_words, levels_disagree, pairs_mixed, percent_for_unit
from rag.types import Answer


class _Cited:
    def __init__(self, quote: str) -> None:
        self.quote = quote


def _answer(text: str, quote: str = "", derivation: dict | None = None) -> Answer:
    return Answer(question="", answer=text, figure=None, abstained=False, citations=[_Cited(quote)],
                  derivation=derivation)


def test_levels_disagree_another_rate():
    said = ("Egypt recorded the strongest growth, with volumes up 11.0%, on the back of exports to West Africa, "
            "which amounted to 1,045 thousand tonnes in 2023 (2022: 780 thousand tonnes).")
    why = levels_disagree("What was the percentage change in exports to West Africa between 2022 and 2023?",
                          _answer("**11.0%** (2023). " + said, said))
    assert why and "34.0%" in why


def test_levels_agree_or_not_asked():
    said = "Box office reached US$1,444.3 million, up 9.6% from US$1,317.8 million in 2023."
    q = "What was the percentage change in box office from 2023 to 2024?"
    assert levels_disagree(q, _answer("**9.6%** (2024). " + said, said)) is None  # the levels agree
    assert levels_disagree("What was box office growth?", _answer("**3%**. " + said, said)) is None  # no change asked
    other = "Admissions rose 3%, and box office reached US$1,444.3 million from US$1,317.8 million in 2023."
    assert levels_disagree(q, _answer("**3%**. " + other, other)) is not None  # another measure's rate
    assert levels_disagree(q, _answer("**3%** — change: ...", said, {"op": "pct_change"})) is None  # computed
    two = "Urban spending rose by 4.7%, reaching RMB 34.5 thousand, while rural spending reached RMB 19.0 thousand."
    assert levels_disagree(q, _answer("**4.7%**. " + two, two)) is None  # two things' amounts, not two levels
    one = "Revenue rose 7% to US$1.2 billion."
    assert levels_disagree(q, _answer("**7%**. " + one, one)) is None  # one level: nothing to compare


def test_percent_for_unit():
    q = "Roughly how much of 2024 spending was attributable to AI workloads, in US$ billion?"
    why = percent_for_unit(q, _answer("**about 18%** (2024). AI workloads accounted for about 18%."))
    assert why and "US$ billion" in why
    assert percent_for_unit("What share of spending was AI, in %?", _answer("**18%**.")) is None
    assert percent_for_unit(q, _answer("**US$58.5 billion**.")) is None
    assert percent_for_unit("What proportion of customers had ARR of $100,000 or more?", _answer("**9.25%**.")) is None


def test_pairs_mixed():
    mixed = "**5** (A, B). A: 1,184 million (2023) vs 30.3% (2024); B: 842 million (2023) vs 23.9% (2024)"
    assert pairs_mixed(_answer(mixed))
    assert pairs_mixed(_answer("**2** (A, B). A: 71.3% vs 70.8%; B: 66.4% vs 68.9%")) is None
    assert pairs_mixed(_answer("**1** (A). A: 166.0 vs 173.2; B: 149.1 vs 154.3")) is None


def test_figure_for_words():
    assert figure_for_words("What does the cargo load factor measure?", _answer("**52.7** (2023). Transatlantic"))
    assert figure_for_words("What are shipments in this report?", _answer("**58.4** (2025)."))
    assert figure_for_words("What supported the growth of paid subscription audio?", _answer("**10.1** — as printed"))
    assert figure_for_words("What does the base case assume?", _answer("**GDP growth of 1.8% a year**.")) is None
    assert figure_for_words("What was the load factor in 2023?", _answer("**52.7**.")) is None


def test_a_printed_percentage_change_is_no_amount_of_change():
    from rag.extractive.lead_evidence import rate_for_amount
    quote = ("Rio Grande do Sul — Production (000 t) › April est.: 20,137; Production (000 t) › May est.: 18,464; "
             "Change (%) › May vs April: (8.3)")
    q = "By how much did the Rio Grande do Sul production estimate change between April and May?"
    assert rate_for_amount(q, _answer("**(8.3)** (2024). " + quote, quote))
    assert rate_for_amount("By what percentage did production change between April and May?",
                           _answer("**(8.3)**. " + quote, quote)) is None  # a rate asked
    assert rate_for_amount(q, _answer("**18,464**. " + quote, quote)) is None  # a level cell
    margin = "Operating margin (%) — 2024: 12.1; 2023: 11.0; Change (%): 1.1"
    assert rate_for_amount("By how much did operating margin change?", _answer("**1.1**. " + margin, margin)) is None

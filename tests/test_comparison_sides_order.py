"""Comparison answers: each side's figure, in the order asked; the smallest inputs, no model."""

from __future__ import annotations

from rag.extractive.carried import carried_named
from rag.extractive.choice import answer_choice
from tests.test_extractive import evidence

GAPS = ("In 2023, top U.S. models outperformed Chinese ones by 17.5%, 13.5%, 24.3%, and 31.6% on benchmarks such as "
        "MMLU, MMMU, MATH, and HumanEval. By the end of 2024, these gaps had narrowed to 0.3%, 8.1%, 1.6%, and 3.7%, "
        "respectively.")


def _named(label: str, name: str) -> bool:
    return label.lower() == name.lower()


def test_each_name_takes_its_place_in_the_list_referred_back_to():
    ctx, slots, ev = evidence("How did the end-2024 gaps on MATH and HumanEval compare?", GAPS)
    later = next(e for e in ev if e.text.startswith("By the end"))
    got = carried_named(("HumanEval", "MATH"), ev, later, _named)
    assert {n: f.text for n, f in got.items()} == {"HumanEval": "3.7%", "MATH": "1.6%"}
    assert carried_named(("HumanEval", "GPQA"), ev, later, _named) == {}  # one name the list does not hold


def test_a_comparison_of_names_a_later_sentence_gives_by_place():
    ctx, slots, ev = evidence("How did the end-2024 gaps on MMLU and HumanEval compare?", GAPS)
    a = answer_choice(ctx, slots, ev, "extractive")
    assert a is not None and a.answer.startswith("**0.3% vs 3.7%**")


# -- the two sides as a question delimits them -----------------------------------------------------
import pytest  # noqa: E402

from rag.extractive.choice_names import Alternatives, alternatives, coordinated, shared_noun_first  # noqa: E402


@pytest.mark.parametrize("question, names, kind", [
    ("Company B and Company C: how far apart were their shares?", ("Company B", "Company C"), "comparison"),
    ("Whose income grew faster, urban or rural residents, and by how much each?", ("urban", "rural residents"), "choice"),
])
def test_sides_delimited(question, names, kind):
    alt = alternatives(question)
    assert alt is not None and alt.names == names and alt.kind == kind


def test_not_delimited_so():
    # 'Put A and B side by side:' names A and B by the side-by-side form, not as 'Put A' before a colon
    alt = alternatives("Put Google's Veo 2 and Lightricks' LTV Video side by side: what are their scores?")
    assert alt is not None and alt.names == ("Google's Veo 2", "Lightricks' LTV Video")


def test_a_noun_after_the_last_alternative_is_both_sides():
    q = "Whose consumption grew faster in 2024, rural or urban residents?"
    assert shared_noun_first(alternatives(q), coordinated(q)).names == ("rural", "urban")
    kept = Alternatives(("Grok 4", "Claude 4.5 Sonnet"), "comparison")
    assert shared_noun_first(kept, Alternatives(("Grok", "Claude"), "choice")) is kept  # another kind: as delimited
    assert shared_noun_first(kept, None) is kept


def test_a_difference_between_two_sides_asks_each_and_an_owner_before_them_owns_both():
    q = "How did income growth differ between China's urban and rural residents in 2024?"
    alt = alternatives(q)
    assert alt is not None and alt.kind == "comparison"
    assert coordinated(q).names == ("urban", "rural")
    # 'the difference between A and B' asks one figure (A less B), not each side
    assert alternatives("What is the difference between the high and low price in 2019?") is None


def test_the_same_amount_asked_of_two_subjects():
    q = "When tasks exceed five steps, how much does its decision accuracy drop and how much does the risk of failure rise?"
    alt = alternatives(q)
    assert alt is not None and alt.names == ("decision accuracy", "risk of failure") and alt.kind == "comparison"
    # more than one noun after the last side is no shared noun: the sides as delimited
    assert shared_noun_first(alt, coordinated(q)) is alt


# -- one side found, the other missing ---------------------------------------------------------------
from rag.extractive.sides import one_side_led  # noqa: E402

URBAN = "In 2024, urban residents' per capita spending reached RMB 34.5 thousand."


def test_one_side_led_says_which_side_is_missing():
    q = "How did urban and rural per capita spending compare in 2024?"
    ctx, slots, ev = evidence(q, URBAN)
    figs = [f for f in ev[0].figures if f.unit == "money"]
    why = one_side_led(q, f"**RMB 34.5 thousand** (2024). {URBAN} [1]", ev[0], figs)
    assert why == "the quoted sentence names urban but not rural, so its figure compares nothing"


def test_no_doubt_when_the_other_side_is_quoted_or_not_a_comparison():
    q = "How did urban and rural per capita spending compare in 2024?"
    ctx, slots, ev = evidence(q, URBAN)
    figs = [f for f in ev[0].figures if f.unit == "money"]
    shown = f"**RMB 34.5 thousand** (2024). {URBAN} [1] Rural residents spent RMB 19 thousand. [2]"
    assert one_side_led(q, shown, ev[0], figs) is None  # the other side is in the answer
    assert one_side_led("What did urban residents spend per capita in 2024?", f"**RMB 34.5 thousand**. {URBAN}",
                        ev[0], figs) is None


def test_a_preposition_said_again_delimits_both_sides():
    alt = alternatives("In 2023, by how much did U.S. models lead on MMMU and on MATH?")
    assert alt is not None and alt.names == ("MMMU", "MATH") and alt.kind == "comparison"
    assert alternatives("What was revenue in 2019 and in 2018?") is None  # two years are periods, not sides

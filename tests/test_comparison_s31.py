"""Comparison answers (session 31): each side's figure, in the order asked; the smallest inputs, no model."""

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

"""The change of a computed ratio between two years is the later year's ratio less the earlier's, each from its
own two figures (rag/extractive/ratio_change.py, compute.ratio_change); on the smallest inputs, no model."""

from __future__ import annotations

from decimal import Decimal

from rag import compute
from rag.extractive.named_ratios import ratio_sides
from rag.extractive.ratio_change import asks_ratio_change, ratio_change, yearly_question
from rag.types import Answer, Citation


def _ratio(chunk: str, num: str, den: str, year: str, result: str) -> Answer:
    cite = Citation(n=1, doc_id="r", title="r", publisher="", date="", source="", page=1, section=None,
                    chunk_id=chunk, text="t", quote="q")
    d = {"op": "ratio", "operands": [{"value": num, "label": year, "citation": 1},
                                     {"value": den, "label": year, "citation": 1}], "result": result}
    return Answer(question="q", answer=f"**{result}**", figure=result, abstained=False, citations=[cite],
                  shape="computed", derivation=d)


def test_the_change_of_a_ratio_is_the_difference_of_the_exact_ratios():
    new = [compute.Operand.of("121,041"), compute.Operand.of("154,619")]
    old = [compute.Operand.of("73,202"), compute.Operand.of("90,392")]
    got = compute.ratio_change(new, old)
    assert got.text == "-0.03" and got.result == Decimal("-0.03")
    assert got.derivation == "121,041 / 154,619 - 73,202 / 90,392 = -0.03"
    assert compute.recompute("ratio_change", ["121,041", "154,619", "73,202", "90,392"], "-0.03")
    assert not compute.recompute("ratio_change", ["121,041", "154,619", "73,202", "90,392"], "0.03")
    assert not compute.recompute("ratio_change", ["121,041", "154,619", "73,202"], "-0.03")


def test_a_change_of_a_ratio_over_two_years_is_asked_not_its_percentage_change():
    assert asks_ratio_change("What is the change in current ratio from 2018 to 2019?", [2018, 2019])
    assert not asks_ratio_change("What is the percentage change in current ratio from 2018 to 2019?", [2018, 2019])
    assert not asks_ratio_change("What is the current ratio in 2019?", [2019])
    assert not asks_ratio_change("What is the change in current assets from 2018 to 2019?", [2018, 2019])
    assert not asks_ratio_change("What is the change in current ratio from 2018 to 2019?", [2019])


def test_each_year_is_asked_as_the_spelled_ratio():
    sides = ratio_sides("What is the change in current ratio from 2018 to 2019?")
    assert sides[0] == ("total current assets", "total current liabilities")
    assert yearly_question(*sides[0], 2018) == \
        "What is the ratio of total current assets to total current liabilities in 2018?"
    assert ratio_sides("What is the change in current ratio?", ["The current ratio fell to 0.8."]) == ()
    assert ratio_sides("What is the change in revenue from 2018 to 2019?") == ()


def test_two_yearly_ratios_combine_into_one_cited_change():
    new = _ratio("c1", "121,041", "154,619", "2019", "0.78")
    old = _ratio("c2", "73,202", "90,392", "2018", "0.81")
    got = ratio_change("What is the change in current ratio from 2018 to 2019?", new, old, "extractive",
                       ("Total current assets", "Total current liabilities"))
    assert got is not None and got.figure == "-0.03" and got.answer.startswith("**-0.03**")
    assert [c.n for c in got.citations] == [1, 2]  # the earlier year's passage renumbered after the later's
    assert [o["citation"] for o in got.derivation["operands"]] == [1, 1, 2, 2]
    assert "Total current liabilities (2018): 90,392 [2]" in got.answer
    # one passage holding both years: cited once
    same = ratio_change("q", new, _ratio("c1", "73,202", "90,392", "2018", "0.81"), "extractive")
    assert same is not None and len(same.citations) == 1


def test_anything_but_two_computed_ratios_is_not_combined():
    new = _ratio("c1", "121,041", "154,619", "2019", "0.78")
    summed = _ratio("c1", "1", "2", "2018", "3")
    summed.derivation["op"] = "sum"
    assert ratio_change("q", new, summed, "extractive") is None
    zero = _ratio("c1", "1", "0", "2018", "0")
    assert ratio_change("q", new, zero, "extractive") is None

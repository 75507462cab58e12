"""A superlative asked over the alternatives one sentence lists in parallel with their figures, one
rule per test on the smallest input (a sentence built from a string, no model)."""

from __future__ import annotations

from ingest.figures import parse_figures

from rag.extractive.superlative import called_superlative, largest_listed, paired
from tests.test_extractive import evidence


def _pairs(text):
    return [(n, f.text) for n, f in paired(text, parse_figures(text))]


def test_figures_then_as_many_names_after_them_pair_in_order():
    assert _pairs("Top models outperformed rivals by 17.5%, 13.5%, and 31.6% on benchmarks such as MMLU, MATH, and "
                  "HumanEval.") == [("MMLU", "17.5%"), ("MATH", "13.5%"), ("HumanEval", "31.6%")]


def test_names_before_figures_pair_with_respectively_and_slashed_names_pair_too():
    assert _pairs("The number of AI companies exceeded 30,000, with the U.S. and China accounting for 34% and 15%, "
                  "respectively.") == [("U.S.", "34%"), ("China", "15%")]
    assert _pairs("Of the models filed, language/vision/multimodal models accounted for 78%, 12%, and 10%, "
                  "respectively.") == [("language", "78%"), ("vision", "12%"), ("multimodal", "10%")]


def test_names_after_figures_with_respectively_pair_too():
    assert _pairs("Sales were $5.2 million and $3.1 million in 2019 and 2018, respectively.") == [
        ("2019", "$5.2 million"), ("2018", "$3.1 million")]


def test_slashed_names_before_figures_pair_without_respectively():
    assert _pairs("Of the models filed, language/vision/multimodal models accounted for 78%, 12%, and 10%, while "
                  "general/vertical models were 30% and 70%.")[:3] == [("language", "78%"), ("vision", "12%"),
                                                                         ("multimodal", "10%")]


def test_a_sentence_not_naming_the_measure_asked_does_not_answer():
    text = "By geography, Germany and France accounted for 34% and 15% of AI companies, respectively."
    ctx, slots, ev = evidence("Which country drew the largest share of AI financing?", text)
    assert largest_listed(ctx, slots, ev, "extractive", 0.5) is None


def test_no_pairs_without_a_parallel_list():
    assert _pairs("Revenue grew from 10% in 2022 to 12% and 15% in the next years.") == []
    assert _pairs("China and the United States together accounted for 92% of financing.") == []


def test_the_largest_listed_label_answers_a_superlative():
    text = "By geography, Germany and France accounted for 34% and 15% of AI companies, respectively."
    ctx, slots, ev = evidence("Which country has the largest share of AI companies?", text)
    a = largest_listed(ctx, slots, ev, "extractive", 0.5)
    assert a is not None and a.answer.startswith("**Germany** (34%)") and a.shape == "which"
    ctx, slots, ev = evidence("Which country has the smallest share of AI companies?", text)
    low = largest_listed(ctx, slots, ev, "extractive", 0.5)
    assert low is not None and low.figure == "France"


def test_a_sentence_calling_its_subject_the_superlative_of_the_thing_asked_answers():
    text = "In 2024, AIGC remained the hottest track, accounting for 56% of total AI financing."
    ctx, slots, ev = evidence("Which track drew the largest share of AI financing in 2024?", text)
    a = called_superlative(ctx, slots, ev, "extractive", 0.5)
    assert a is not None and a.answer.startswith("**AIGC** (56%)")
    ctx, slots, ev = evidence("Which region drew the largest share of AI financing in 2024?", text)
    assert called_superlative(ctx, slots, ev, "extractive", 0.5) is None  # a track is no region


def test_an_ordinal_superlative_does_not_name_the_largest():
    text = "Entertainment is the second-largest segment following productivity."
    ctx, slots, ev = evidence("Which application segment is the largest?", text)
    assert called_superlative(ctx, slots, ev, "extractive", 0.5) is None


def test_a_chart_line_pairs_each_name_with_its_figure_and_answers_a_superlative():
    text = "Tools developers need: Data management tools 38.1%; Model training tools 36.2%; Deployment tools 10.2%."
    assert _pairs(text)[0] == ("Data management tools", "38.1%")
    assert _pairs("Financing, 2015-2024: 301 in 2015; 353 in 2016; 2,105 in 2017") == []  # a dated series names no items
    ctx, slots, ev = evidence("Which tool category is in highest demand among developers?", text)
    a = largest_listed(ctx, slots, ev, "extractive", 0.5)
    assert a is not None and a.figure == "Data management tools"
    ctx, slots, ev = evidence("What kind of tool do developers need least?", text)
    low = largest_listed(ctx, slots, ev, "extractive", 0.5)
    assert low is not None and low.figure == "Deployment tools"

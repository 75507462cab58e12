"""'How did A and B build X differently?' asks how two things differ in kind: an explanation in words,
no figure forced in front; a difference of a measure ('how did growth in income differ') stays a figure."""

from rag.extractive.shape_cues import contrast_in_kind
from rag.extractive.slots import parse


def test_a_difference_in_kind_is_an_explanation():
    assert contrast_in_kind("How did the two countries build their ecosystems differently?")
    assert parse("How did the two countries build their ecosystems differently?").shape == "explanation"
    assert parse("How does the paper contrast the B-end and C-end paths?").shape == "explanation"


def test_a_difference_of_a_measure_is_not():
    assert not contrast_in_kind("How did the share of the two countries differ?")
    assert parse("How did growth in per capita disposable income differ between urban and rural residents in 2024?"
                 ).shape != "explanation"
    assert not contrast_in_kind("How big was the market in 2024?")

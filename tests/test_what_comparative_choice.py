"""'What' asking a comparative, past a participle ('ranked higher') or typed without its apostrophe, is 'which'."""

from rag.extractive.choice_names import alternatives


def test_what_ranked_higher_names_a_choice():
    got = alternatives("What's ranked higher on the chart, Red Fox or Blue Jay?")
    assert got is not None and got.names == ("Red Fox", "Blue Jay") and got.kind == "choice"


def test_a_contraction_without_its_apostrophe():
    got = alternatives("Whats bigger in the survey, apples or pears?")
    assert got is not None and got.names == ("apples", "pears")


def test_what_without_a_comparative_is_no_choice():
    assert alternatives("What's ranked in the survey, apples or pears?") is None

"""A sentence contrasting subjects clause by clause ('urban ... X, while rural ... Y'): the figure of
the clause the question singles out answers; the first clause stays the default."""

from ingest.figures import parse_figures

from rag.extractive.pick import clause_asked, pick_figures
from rag.extractive.slots import parse

TEXT = ("The per capita disposable income of urban residents increased by 4.6% to RMB 54.2 thousand in 2024, "
        "while rural residents saw a 6.6% increase to reach RMB 23.1 thousand.")


def test_the_later_clause_a_question_word_singles_out_answers():
    s = parse("What was the per capita disposable income of rural residents in 2024?")
    assert [f.text for f in pick_figures(TEXT, parse_figures(TEXT), s)] == ["RMB 23.1 thousand"]
    s = parse("How fast did rural residents' per capita disposable income grow in 2024?")
    assert [f.text for f in pick_figures(TEXT, parse_figures(TEXT), s)] == ["6.6%"]


def test_the_first_clause_is_the_default():
    s = parse("What was the per capita disposable income of urban residents in 2024?")
    assert clause_asked(TEXT, parse_figures(TEXT), s) == []
    assert [f.text for f in pick_figures(TEXT, parse_figures(TEXT), s)] == ["RMB 54.2 thousand"]


def test_a_question_asking_both_subjects_takes_no_one_clause():
    s = parse("What were urban and rural residents' per capita disposable incomes in 2024?")
    assert clause_asked(TEXT, parse_figures(TEXT), s) == []
    s = parse("How do urban and rural incomes compare in 2024 versus 2023?")
    assert clause_asked(TEXT, parse_figures(TEXT), s) == []

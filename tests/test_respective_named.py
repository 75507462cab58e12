"""Several things asked at once (rag/extractive/respective_named.py, compose.listed_lead): the pair a question
names 'A and B' given two figures 'respectively' leads with both, in the order asked; on the smallest input."""

from __future__ import annotations

from ingest.figures import parse_figures
from rag.extractive.lead_line import listed_lead, listed_text
from rag.extractive.pick import pick_figures
from rag.extractive.respective_named import named_respectively
from rag.extractive.slots import parse

GERMANY = ("(1) Europe includes Russia and Turkey. Revenue from Germany and the United Kingdom represented "
           "$1,462 million and $1,318 million, respectively, in 2021.")


def _named(question: str, text: str) -> list[str] | None:
    found = named_respectively(text, parse_figures(text), question)
    return None if found is None else [f.text for f in found]


def test_the_pair_asked_gets_each_its_figure():
    q = "What was the revenue from Germany and the United Kingdom in 2021?"
    assert _named(q, GERMANY) == ["$1,462 million", "$1,318 million"]
    # the pair may be named after the figures too
    text = "Costs were $85 million and $62 million for Rotterdam and Lyon, respectively."
    assert _named("What was the cost of Rotterdam and Lyon?", text) == ["$85 million", "$62 million"]


def test_a_pair_the_clause_does_not_write_is_not_read():
    assert _named("What was the revenue from Germany and France in 2021?", GERMANY) is None
    text = "Revenue was $5 million and $4 million in 2021 and 2020, respectively."  # years, not items
    assert _named("What was the revenue in 2021 and 2020?", text) is None


def test_pick_gives_both_and_the_lead_joins_them():
    q = "What was the revenue from Germany and the United Kingdom in 2021?"
    figs = pick_figures(GERMANY, parse_figures(GERMANY), parse(q))
    assert [f.text for f in figs] == ["$1,462 million", "$1,318 million"]
    listed = listed_lead(figs, (2021,), GERMANY)
    assert listed_text(listed).startswith("**$1,462 million and $1,318 million**")


def test_one_figure_two_years_asked_or_no_list_is_no_listed_lead():
    text = "Revenue was $5 million and $4 million in 2021 and 2020, respectively."
    figs = [f for f in parse_figures(text) if f.unit != "year"]
    assert listed_lead(figs[:1], (), text) == []
    dated = [f.__class__(**{**f.__dict__, "year": y}) for f, y in zip(figs, (2021, 2020))]
    assert listed_lead(dated, (2021, 2020), text) == []  # lead_text joins the years asked itself
    rose = "Expense increased $9.6 million to $24.4 million."
    assert listed_lead([f for f in parse_figures(rose)], (), rose) == []  # a change and a level: no list

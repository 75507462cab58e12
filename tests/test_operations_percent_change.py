"""The computation a question asks (operations.py): a change asked in percent, on the
smallest table, without the embedding model."""

from __future__ import annotations

from rag.extractive.computed_doubt import stated
from rag.extractive.operations import operation
from tests.test_compute import _ask, _lead  # one table asked, and its computed lead checked


def test_by_what_percentage_asks_a_percentage_change():
    assert operation("By what percentage did revenue change from 2018 to 2019?") == "percent_change"
    assert operation("By what percent did sales increase in 2019?") == "percent_change"
    assert operation("What percentage did revenue rise by from 2018 to 2019?") == "percent_change"
    assert operation("By what percentage points did the margin change?") == "change"  # points
    assert operation("What percentage of revenue was cost of sales?") == "share"
    assert operation("What percentage is allocated to R&D?") is None  # a share read, no change


def test_by_what_percentage_is_computed_relative_to_the_earlier_year():
    grid = [["", "2019", "2018"], ["Fixed Price", "1,452.4", "1,146.2"]]
    assert _lead(_ask("By what percentage did Fixed Price change from 2018 to 2019?", grid)) == "26.71%"


def test_a_percent_boosted_by_is_a_stated_change():
    assert stated("percent_change", "30%", "ERNIE 4.5 ... boosting multimodal comprehension by ")


def test_a_qualifier_is_named_by_its_adverb():
    from rag.extractive.features import qualifier_covered
    assert qualifier_covered("urban spending increasing nominally by 4.7%", "nominal")
    assert qualifier_covered("nominal gdp grew", "nominal")
    assert not qualifier_covered("real gdp grew", "nominal")
    assert not qualifier_covered("it really grew", "real")  # 'really' says nothing of real terms

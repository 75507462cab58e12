"""An explanation asked of a period the sentence does not name: the period heading it sits under dates it
('Fiscal Year 2018 Compared with Fiscal Year 2017' over 'Revenue increased $13.8 billion or 14%'), and a
change asked between two years ('from 2018 to 2019') is spoken of at the later one. The keyword
stemmer's two forms of one verb ('increase', 'increased' -> 'increas') count as the same word."""

from __future__ import annotations

from types import SimpleNamespace

from ingest.figures import parse_figures
from rag.extractive.explaining import explaining, period_year, year_asked
from rag.extractive.features import Evidence
from rag.extractive.period_heading import heading_years_at
from rag.extractive.slots import parse
from rag.query_terms import asked_forms, found_among, found_as_asked, inflected


def _ev(p: int, i: int, text: str, score: float) -> Evidence:
    return Evidence(p, i, text, parse_figures(text), set(), set(), False, True,
                    features={"overlap": 0.5}, score=score)


_LATER = _ev(0, 0, "Revenue increased $15.5 billion or 14%, driven by growth across each of our segments.", 0.8)
_EARLIER = _ev(1, 0, "Revenue increased $13.8 billion or 14%, driven by growth across each of our segments.", 0.9)
_HEADINGS = {0: [2019, 2018], 1: [2018, 2017]}  # the heading each passage's sentence sits under


def _dated(e: Evidence) -> list[int]:
    return _HEADINGS[e.passage_index]


def _why(question: str) -> str:
    return explaining([_EARLIER, _LATER], _EARLIER, lambda e: True, 0.5, parse(question), 0.5, _dated).text


def test_a_change_between_two_years_is_explained_at_the_later_year():
    assert _why("Why did revenue increase by 14% from 2018 to 2019?") == _LATER.text


def test_one_year_asked_reads_the_heading_over_the_sentence():
    assert _why("Why did revenue increase in 2018?") == _EARLIER.text
    assert _why("Why did revenue increase in 2019?") == _LATER.text


def test_without_headings_nothing_is_dated():
    assert explaining([_EARLIER, _LATER], _EARLIER, lambda e: True, 0.5,
                      parse("Why did revenue increase in 2019?"), 0.5).text == _EARLIER.text


def test_year_asked_of_a_change_and_of_one_year():
    assert year_asked(parse("Why did revenue increase by 14% from 2018 to 2019?")) == (2019, True)
    assert year_asked(parse("Why did interest expense increase in fiscal 2019 compared to fiscal 2018?")) == (2019, True)
    assert year_asked(parse("Why did revenue increase in 2018?")) == (2018, False)
    assert year_asked(parse("What explains the revenue of 2018 and 2019?"))[0] is None  # two years, no change asked


def test_a_change_written_from_one_year_to_the_next_speaks_of_the_later():
    e = _ev(0, 0, "Sales rose from $5 million in 2018 to $7 million in 2019 due to new customers.", 0.9)
    assert period_year(e, [e], latest=True) == 2019
    assert period_year(e, [e]) == 2018


def test_the_heading_in_force_is_the_last_before_the_sentence_in_its_chunk():
    chunk = SimpleNamespace(text="Annual report page 65\nFiscal Year 2019 Compared with Fiscal Year 2018\n"
                                 "Revenue increased $15.5 billion or 14%.\nFiscal Year 2018 Compared with Fiscal Year 2017\n"
                                 "Revenue increased $13.8 billion or 14%.")
    assert heading_years_at(None, chunk, "Revenue increased $15.5 billion or 14%.") == [2019, 2018]
    assert heading_years_at(None, chunk, "Revenue increased $13.8 billion or 14%.") == [2018, 2017]
    assert heading_years_at(None, chunk, "Not in the chunk.") == []


def test_a_verb_is_found_in_either_index_form():
    assert inflected("increase") == ("increas",) and inflected("increas") == ("increase",)
    assert inflected("2019") == () and inflected("use") == ()
    assert found_as_asked(["increase"], {"revenue", "increas"}, None) == {"increase"}
    assert found_among(asked_forms(["increase"], None), {"increas"}) == {"increase"}
    assert found_as_asked(["decrease"], {"increas"}, None) == set()


def test_what_a_thing_results_from_asks_its_cause():
    assert parse("What do stock-based compensation expense result from?").shape == "explanation"
    assert parse("What does the decline in margin stem from?").shape == "explanation"
    assert parse("How much of the loss did the write-off result from?").shape != "explanation"

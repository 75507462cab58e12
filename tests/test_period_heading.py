"""A period heading dates the prose under it (w-tat11): the nearest heading-like line before a
passage names the years the passage speaks of; smallest inputs, no model, no index."""

from __future__ import annotations

from types import SimpleNamespace

from rag.extractive.period_heading import heading_like, heading_years_before


def _chunk(doc, start, text):
    return SimpleNamespace(doc_id=doc, char_start=start, char_end=start + len(text), text=text)


def test_a_heading_names_its_period_with_a_period_word():
    assert heading_like("Fiscal Year 2018 Compared with Fiscal Year 2017")
    assert not heading_like("Operating income increased $6.0 billion or 21%, driven by growth.")
    assert not heading_like("Key changes in expenses were:")


def test_the_nearest_heading_before_a_passage_dates_it():
    first = _chunk("d", 0, "Report page\nFiscal Year 2019 Compared with Fiscal Year 2018\nRevenue increased 14%.")
    second = _chunk("d", 100, "Report page\nFiscal Year 2018 Compared with Fiscal Year 2017\nRevenue increased 12%.")
    third = _chunk("d", 200, "Report page\nLinkedIn operating loss increased $63 million to $987 million.")
    other = _chunk("e", 150, "Report page\nFiscal Year 2016 Compared with Fiscal Year 2015")
    snap = SimpleNamespace(chunks=[first, second, third, other])
    assert heading_years_before(snap, third) == {2018, 2017}  # the nearest heading, of the same report
    assert heading_years_before(snap, first) == set()  # nothing before it
    chart = _chunk("d", 300, "Report page\nPer Capita Expenditures In China, 2020-2029E")
    later = _chunk("d", 400, "Report page\nUrban spending grows.")
    assert heading_years_before(SimpleNamespace(chunks=[chart, later]), later) == set()  # a chart's range is no period heading

"""A unit note's number ('Unit: 100 million yuan', '(100 million yuan)') on the smallest input, without the
embedding model: it states the scale of a table's figures, so it is no figure of its sentence and never a lead."""

from __future__ import annotations

from ingest.figures import parse_figures
from rag.extractive.unit_note import is_bracket_unit_note, is_unit_note
from tests.test_extractive import evidence


def _flags(text: str) -> list[tuple[str, bool]]:
    return [(f.text, is_unit_note(text, f)) for f in parse_figures(text) if f.unit != "year"]


def test_the_number_of_a_unit_note_is_a_scale():
    assert _flags("Market size of the framework market, 2018-2027E Unit: 100 million yuan") == [("100 million yuan", True)]
    assert _flags("Unit: RMB 100 million") == [("RMB 100 million", True)]
    assert _flags("The market reached 100 million yuan in 2024.") == [("100 million yuan", False)]


def test_a_unit_note_gives_the_sentence_no_figure():
    _, _, ev = evidence("How big is the framework market, in yuan?",
                        "Market size of the framework market, 2018-2027E Unit: 100 million yuan")
    assert ev and all(f.unit == "year" for e in ev for f in e.figures)  # the years it spans only


def test_a_bracketed_scale_and_currency_is_a_unit_note():
    text = "Comparison of investment scale between China and the US (100 million yuan)"
    assert is_bracket_unit_note(text, parse_figures(text)[0])
    valued = "2,875 (100 million RMB) in 2019"
    assert not is_bracket_unit_note(valued, parse_figures(valued)[0])  # a value with its unit note
    plain = "The fund raised (100) investors"
    assert not any(is_bracket_unit_note(plain, f) for f in parse_figures(plain))  # no scale: a count


def test_a_tables_own_title_line_gives_its_bracketed_unit_as_no_figure():
    from ingest.tables import Table
    from rag.extractive.facts import _title_unit

    title = "Cold-chain market size by scenario (RMB 100 million)"
    figure = parse_figures(title)[0]
    assert _title_unit(title, figure, [Table(title, ["2024"], [], title=title)])
    assert not _title_unit(title, figure, [Table(title, ["2024"], [])])  # a prose caption with no table title: kept

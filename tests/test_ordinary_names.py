"""A capitalised ordinary word the page writes in lower case is no name the passages must write."""

from rag.extractive.ordinary_names import capitalised_within, defined_item, ordinary_names, without_ordinary_names
from rag.extractive.slots import parse
from rag.types import Chunk, Passage


def _passage(text: str) -> Passage:
    return Passage(Chunk("c1", "d1", text, "Report", "Pub", "2020", "r.html", 1, 1, None, 0, len(text)), 1.0)


def test_a_title_cased_line_item_is_read_as_ordinary_words():
    info = parse("How many Cash Dividends were declared in fiscal 2019?")
    page = [_passage("We declared four cash dividends in fiscal 2019.")]
    assert {"Cash", "Dividends"} <= set(info.names)
    assert set(ordinary_names(info, page)) == {"Cash", "Dividends"}
    plain = without_ordinary_names(info, page)
    assert not plain.names and not plain.entities
    assert plain.text == "How many cash dividends were declared in fiscal 2019?"


def test_a_name_the_page_capitalises_within_a_sentence_stays_a_name():
    page = [_passage("The objective is to reduce variability in the Company's Variable Rate Loans; variable rates rose.")]
    assert capitalised_within("Variable", [p.chunk.text for p in page])
    info = parse("What was the maturity date of the Company's Variable Rate Loans?")
    assert "Variable" not in ordinary_names(info, page)


def test_a_word_the_page_never_writes_in_lower_case_stays_a_name():
    info = parse("What was the revenue of Teekay in 2019?")
    assert ordinary_names(info, [_passage("Teekay revenue rose in 2019.")]) == []


def test_a_lone_capitalised_word_after_the_names_the_page_item():
    assert defined_item("Revenue", "What was the reason for the increase in the Revenue?")
    assert not defined_item("Revenues", "What is the average of Net Revenues by region?")
    assert not defined_item("Equity", "What is the Total Equity?")


def test_the_items_a_question_sets_aside_are_kept_when_it_is_parsed_again():
    info = parse("Apart from search and code, what do Acme Tools offer?")
    assert info.aside == ("search", "code") and info.shape == "list"  # the rest of a list is asked
    plain = without_ordinary_names(info, [_passage("Acme tools offer search.")])
    assert "Tools" not in plain.names and plain.aside == info.aside and plain.shape == "list"

"""A bare 'What is X?' whose term a retrieved sentence defines asks the definition (defined_term.py)."""

from __future__ import annotations

from ingest.types import Chunk
from rag.extractive.defined_term import bare_term, defined_term, defines
from rag.extractive.slots import parse
from rag.types import Passage

DEFINING = ("Aggregate intrinsic value represents the value of the closing stock price in excess of the exercise price. "
            "The aggregate intrinsic value of options outstanding was $4.9 million.")


def _passage(text: str) -> Passage:
    return Passage(Chunk("c1", "d1", text, "Report", "Pub", "2020", "r.html", 1, 1, None, 0, len(text)), 1.0)


def test_a_bare_term_is_read_and_an_addressed_one_is_not():
    assert bare_term("What is aggregate intrinsic value?") == "aggregate intrinsic value"
    assert bare_term("What are Distribution customers?") == "Distribution customers"
    assert bare_term("What is the aggregate intrinsic value?") is None  # an article: the figure of a known item
    assert bare_term("What was revenue in 2019?") is None
    assert bare_term("What was Apple's revenue?") is None
    assert bare_term("What is revenue for Europe?") is None


def test_a_sentence_opening_with_the_term_defines_it_and_one_giving_its_figure_does_not():
    assert defines("aggregate intrinsic value", DEFINING.split(". ")[0])
    assert defines("Original Equipment Manufacturers", "Original Equipment Manufacturers (“OEM”) are the end-customers.")
    assert not defines("aggregate intrinsic value", "The aggregate intrinsic value of options outstanding was $4.9 million.")
    assert not defines("revenue", "Revenue is $5 million.")
    assert not defines("revenue", "Revenue is expected to grow.")


def test_the_defined_term_asks_a_description_only_when_a_sentence_defines_it():
    asked = defined_term(parse("What is aggregate intrinsic value?"), [_passage(DEFINING)])
    assert (asked.shape, asked.asks, asked.units) == ("explanation", "description", ())
    figure = parse("What is aggregate intrinsic value?")
    assert defined_term(figure, [_passage("The aggregate intrinsic value was $4.9 million.")]) is figure


def test_the_described_subject_is_a_term_asked_or_the_subject_of_how_is_x_done_or_what_does_x_hold():
    from rag.extractive.defined_term import described_subject
    assert described_subject("How does Keystroke define education notebooks?", "education notebooks") == (
        "education notebooks", None)
    assert described_subject("How are regional figures allocated in the report?", None) == ("regional figures", "allocat")
    assert described_subject("What does planned capacity include?", None) == ("planned capacity", "includ")
    assert described_subject("How much was revenue in 2020?", None) is None
    assert described_subject("What was revenue in 2020?", None) is None


def test_a_clause_headed_by_the_term_describes_it_and_one_merely_using_it_does_not():
    from rag.extractive.defined_term import states_definition
    two = ("Commercial notebooks are those sold through enterprise channels; education notebooks are low-cost "
           "devices sold under school procurement programmes.")
    assert states_definition("education notebooks", two)
    assert not states_definition("education notebooks", "Keystroke defines the PC market as desktops and notebooks.")
    assert states_definition("RevPAR", "Revenue per available room (RevPAR) is room revenue divided by rooms available.")
    assert not states_definition("RevPAR", "RevPAR in that quarter was almost four times the first-quarter level.")
    assert states_definition("synchronisation", "Performance rights are fees; synchronisation covers licensing of recordings.")
    assert states_definition("paid subscription", "The tracker counts a paid subscription as an active account.")
    assert not states_definition("revenue", "Revenue is 12.5 million in 2024.")
    assert states_definition("capacity", "Capacity is measured as critical IT load.", "measur")
    assert not states_definition("capacity", "Capacity is 5,680 MW.", "measur")
    assert states_definition("high case", "The low case assumes X; the high case assumes Y.", "assum")


def test_the_definition_phrase_is_what_the_defining_clause_says_to_its_end():
    from rag.extractive.defined_term import definition_phrase
    both = ("Average daily rate (ADR) is room revenue divided by rooms sold; revenue per available room (RevPAR) is "
            "room revenue divided by rooms available, which equals occupancy multiplied by ADR.")
    assert definition_phrase("RevPAR", both) == "room revenue divided by rooms available, which equals occupancy multiplied by ADR"
    assert definition_phrase("EBITDA", "We define EBITDA as net income before interest; it is non-GAAP.") == (
        "net income before interest")
    assert definition_phrase("RevPAR", "RevPAR rose 4% in 2024.") is None
    assert definition_phrase(None, both) is None

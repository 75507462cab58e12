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

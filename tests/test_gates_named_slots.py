"""Abstaining by the slot the evidence misses (issue 12, section 3): gates on the smallest
input, without the embedding model: a year named only as the base of a change, a product given
to another owner, a count of another thing."""

from __future__ import annotations

from rag.extractive import gates
from rag.extractive.gates_counted import asked_counted, counted_other, figure_counted
from rag.extractive.gates_owner import given_owner, owned_products, product_owner
from rag.extractive.gates_period import as_base_only, year_as_base
from tests.test_extractive import decision

FILLER = ("The market grew fast in 2024.", "Robots spread across factories.", "Capital flowed to chips.")


# -- the year only as the base of a change --------------------------------------------------------------
def test_since_starts_a_period_only_when_asked_to():
    assert as_base_only("doubling from 2023", 2023) and as_base_only("higher than 2022", 2022)
    assert as_base_only("Since 2015, deals rose", 2015)
    assert not as_base_only("Since 2015, deals rose from 501", 2015, since=False)
    assert not as_base_only("rose from RMB 5B in 2023", 2023)  # 'in 2023' dates the base's own figure


def test_a_year_named_only_as_a_base_dates_no_figure_of_it():
    text = "In 2024, Zentro financing surged to RMB 590 billion, more than doubling from 2023 with an increase of RMB 300 billion."
    d = decision("How much did Zentro financing total in 2023?", text, *FILLER)
    assert "2023" in (year_as_base(d) or "")
    assert gates.first_gate(d)[0] == "year_as_base"
    # the year asked given its own figure
    d = decision("How much did Zentro financing total in 2023?", "In 2023, Zentro financing reached RMB 290 billion.", *FILLER)
    assert year_as_base(d) is None
    # another sentence of the passage gives the year's own figure: left to the other candidates
    d = decision("How much did Zentro financing total in 2023?", text + " Zentro financing was RMB 290 billion in 2023.", *FILLER)
    assert year_as_base(d) is None
    # the question asks the change from that year: the sentence answers it
    assert year_as_base(decision("How much did Zentro financing grow from 2023?", text, *FILLER)) is None


# -- a product given to another owner -----------------------------------------------------------------
def test_owned_products_are_read_from_possessives():
    assert owned_products("How many times has Orbis's Lumen plug-in been downloaded?") == [("Orbis", "Lumen")]
    assert owned_products("What was Zentro's 2024 revenue?") == []  # a year is no product
    assert owned_products("What is Brazil's real GDP?") == []  # lower-case: a measure, not a product
    assert owned_products("Put Orbis's Veo 2 beside it") == [("Orbis", "Veo 2")]  # a sentence's first word is no owner


def test_given_owner_reads_possessives_and_rows():
    assert given_owner("Zentro’s Lumen plug-in has exceeded 15M downloads", "Lumen") == "Zentro"
    assert given_owner('solutions such as Kestrel\'s "Constitutional AI," which', "Constitutional AI") == "Kestrel"
    assert given_owner("Rank: 7; Company name: Zentro; Model: Veo 2; Arena ELO: 1,118", "Veo 2") == "Zentro"
    # any owner column and any later product column of the same row; another row's owner is not the product's
    assert given_owner("Developer: Zentro; Type: video; Product: Veo 2; Launched: 2024", "Veo 2") == "Zentro"
    assert given_owner("Developer: Zentro; Product: Lumen\nDeveloper: Kestrel; Product: Veo 2", "Veo 2") == "Kestrel"
    assert given_owner("Partner: Zentro; Type: video; Model: Veo 2", "Veo 2") is None
    rows = "Company name: Zentro; Model: Lumen; Arena ELO: 1,331 [1] Rank: 1; Company name: Kestrel; Model: Veo 2"
    assert given_owner(rows, "Veo 2") == "Kestrel"  # rows run together: a cell holds one 'column: value'
    # rows joined by ';' alone: a cell between owner and product is neither another owner nor another product
    assert given_owner("Company: Zentro; Model: Lumen; Company: Kestrel; Model: Veo 2", "Veo 2") == "Kestrel"
    assert given_owner("Lumen has exceeded 15M downloads", "Lumen") is None


def test_a_product_another_owner_has_does_not_answer_for_the_owner_asked():
    text = "Zentro’s Lumen plug-in has exceeded 15M downloads, with over 3B lines of code adopted."
    d = decision("How many times has Orbis's Lumen plug-in been downloaded?", text, *FILLER)
    assert "Zentro" in (product_owner(d) or "") and "Orbis" in product_owner(d)
    assert product_owner(decision("How many times has Zentro's Lumen plug-in been downloaded?", text, *FILLER)) is None
    # one-letter company names ('X') are too short to tell owners apart
    row = "Rank: 3; Company name: X; Model: Grok 4; Index: 65"
    assert product_owner(decision("What index does Kestrel's Grok 4 reach?", row, *FILLER)) is None


# -- a count of another thing ---------------------------------------------------------------------------
def test_the_thing_a_count_asks_and_a_figure_counts():
    assert asked_counted("How many paying users does Zentro have?") == "user"
    assert asked_counted("How many developers use Zentro?") == "developer"
    assert asked_counted("How many times larger was Zentro?") is None
    text = "Zentro investing in 30 robotics-related enterprises including Orbis"
    assert figure_counted(text, text.index("30") + 2) == "enterprise"
    assert figure_counted("exceeded 370, with", 12) is None


def test_a_figure_counting_another_thing_does_not_answer_the_count_asked():
    text = "Zentro + Orbis has over 21M joint developers, enhancing performance."
    d = decision("How many parameters does Zentro have?", text, *FILLER)
    assert "developer" in (counted_other(d) or "")
    assert counted_other(decision("How many developers does Zentro have?", text, *FILLER)) is None
    # nothing named: left to the other gates (unrestricted, the gate cost a held-out answer)
    assert counted_other(decision("How many parameters do the largest models have?", text, *FILLER)) is None
    # one kind of thing in other words: enterprises are companies
    d = decision("How many companies does Zentro fund?", "Zentro funds over 30 robotics enterprises.", *FILLER)
    assert counted_other(d) is None


# -- a page number --------------------------------------------------------------------------------------
def test_a_page_number_is_no_figure():
    from rag.extractive.gates_page import page_figure, page_reference
    text = "Chapter 5 Analysis of Typical Enterprises (page 114)"
    assert page_reference(text, text.index("114"))
    assert not page_reference("Zentro has 114 enterprises", 11)
    d = decision("How many companies serve Zentro's energy industry?",
                 "Chapter 5 Analysis of Typical Zentro Enterprises in the energy industry (page 114)", *FILLER)
    assert d.figures and "114" in (page_figure(d) or "")
    d = decision("On which page does the report analyse Zentro's energy industry?",
                 "Chapter 5 Analysis of Typical Zentro Enterprises in the energy industry (page 114)", *FILLER)
    assert page_figure(d) is None


# -- the slot behind a low score ------------------------------------------------------------------------
def test_a_low_score_is_refused_by_the_slot_it_misses_when_a_gate_names_one():
    text = "In 2024, the Zentro market reached USD 5 billion."
    d = decision("How big was the Zentro market in 2019?", text, *FILLER, threshold=5.0)
    assert gates.evidence_score(d) and gates.period_covered(d)
    assert gates.first_gate(d)[0] == "period_covered"
    # no slot missing: the score is the reason
    d = decision("How big was the Zentro market in 2024?", text, *FILLER, threshold=5.0)
    assert gates.first_gate(d)[0] == "evidence_score"

"""Abstaining by the slot the evidence misses (issue 12, section 3), round 10: a place named in
several words is one place; a period of two ends needs both; a figure asked of a measure needs a
passage speaking of that measure. Each rule on the smallest input, without the embedding model."""

from __future__ import annotations

from rag.extractive import gates
from rag.extractive.gates_span import span_ends
from rag.extractive.slots import parse
from tests.test_extractive import decision

FILLER = ("Robots spread across factories.", "Capital flowed to chips.")


# -- a place in several words -----------------------------------------------------------------------
def test_a_place_named_in_several_words_is_one_place():
    s = parse("What was the urbanization rate of the United States in 2024?")
    assert [(e.name, e.place) for e in s.entities] == [("United States", True)]
    assert "U.S." in s.entities[0].aliases
    s = parse("How many AI firms are in Hong Kong and the United Kingdom?")
    assert [(e.name, e.place) for e in s.entities] == [("Hong Kong", True), ("United Kingdom", True)]
    assert [e.name for e in parse("What did Zentro United report?").entities] == ["Zentro", "United"]


def test_a_place_in_several_words_not_named_by_the_passage_blocks_it():
    d = decision("What was the average deal size in the United Kingdom in 2024?",
                 "In 2024, the average deal size in China was USD 20 million.", *FILLER)
    assert "United Kingdom" in (gates.on_topic(d) or "")


# -- a period of two ends ---------------------------------------------------------------------------
def test_a_change_between_two_years_needs_both_years():
    q = "How did the benchmark gap between Zentro and Orbis move from 2022 to 2023?"
    d = decision(q, "In 2023, Zentro outperformed Orbis by 24.3% on the benchmark.", *FILLER)
    assert span_ends(d) == "the reports give 2023, not 2022"
    d = decision(q, "In 2023, Zentro outperformed Orbis by 24.3% on the benchmark, up from 11.0% in 2022.", *FILLER)
    assert span_ends(d) is None


def test_a_forecast_end_past_the_series_is_missing_but_a_forecast_label_counts():
    q = "At what annual rate is the market projected to change between 2024 and 2029?"
    d = decision(q, "The market stood at RMB 67 billion in 2024, up from RMB 50 billion in 2020.", *FILLER)
    assert "not 2029" in (span_ends(d) or "")
    d = decision(q, "The market grows at a CAGR of 5.0% over 2024-2029E.", *FILLER)
    assert span_ends(d) is None


def test_one_year_asked_or_both_missing_is_left_to_the_period_gates():
    d = decision("How big was the market in 2022?", "In 2024, the market reached RMB 67 billion.", *FILLER)
    assert span_ends(d) is None
    d = decision("How did the market move from 2018 to 2019?", "In 2024, the market reached RMB 67 billion.", *FILLER)
    assert span_ends(d) is None


# -- a measure narrowed -----------------------------------------------------------------------------
def test_the_words_narrowing_a_measure():
    from rag.extractive.gates_measure import narrowing_words
    assert narrowing_words(parse("What was the urbanization rate of the United States in 2024?")) == [["urbanization"]]
    assert narrowing_words(parse("How much application-layer AI financing did China see in 2023?")) == [["application-layer"]]
    # the whole, a comparison, a computation asked or a name narrow nothing
    assert narrowing_words(parse("What was total AI financing in 2024?")) == []
    assert narrowing_words(parse("Which scenario drew the largest investment?")) == []
    assert narrowing_words(parse("What was the average cost per employee in 2018?")) == []
    assert narrowing_words(parse("What was Zentro's revenue in 2024?")) == []
    # several measures, each with its own words
    assert narrowing_words(parse("What were the deferred revenue and the gross margin in 2019?")) == [["deferred"], ["gross"]]


def test_a_passage_never_using_the_narrowing_word_does_not_give_the_part():
    from rag.extractive.gates_measure import measure_narrowed
    q = "What was the urbanization rate of the United States in 2024?"
    d = decision(q, "The share of new models from China and the United States rose to 86% in 2024.", *FILLER)
    assert measure_narrowed(d) == "the reports do not give the urbanization figure"
    d = decision(q, "The urbanization rate of the United States stood at 83% in 2024.", *FILLER)
    assert measure_narrowed(d) is None


def test_the_narrowing_word_far_from_the_lead_does_not_name_its_figure():
    from rag.extractive.gates_measure import measure_narrowed
    q = "How much application-layer AI financing did China see in 2023?"
    text = ("China AI financing amounted to RMB 122 billion in 2023. Investors were cautious. Deals were fewer. "
            "Later, the application layer drew attention from investors.")
    d = decision(q, text, *FILLER)
    assert "122" in d.best.text
    assert measure_narrowed(d) == "the reports give a figure, but not the application-layer one"
    d = decision(q, "Application-layer AI financing in China amounted to RMB 40 billion in 2023.", *FILLER)
    assert measure_narrowed(d) is None


def test_a_lead_beside_a_table_is_left_to_the_table_gates():
    from rag.extractive.gates_measure import measure_narrowed
    q = "What was the urbanization rate of the United States in 2024?"
    text = "The share of new models rose to 86% in 2024.\nRank: 1; Company name: Zentro; Market share, %: 30.1%"
    d = decision(q, text, *FILLER)
    assert measure_narrowed(d) is None


# -- an amount and a share asked together -----------------------------------------------------------
def test_how_much_and_what_share_is_answered_by_the_amount_too():
    from rag.extractive.gates_share import share_not_amount
    s = "In 2024, application-layer financing exceeded RMB 50B, a record."
    d = decision("How much application-layer financing was there in 2024, and what share of the total was it?", s, *FILLER)
    assert d.figures and d.figures[0].unit == "money"
    assert share_not_amount(d) is None
    d = decision("What share of the total was application-layer financing in 2024?", s, *FILLER)
    assert share_not_amount(d) == "the reports give an amount, not the share asked"


# -- a short acronym is a word ----------------------------------------------------------------------
def test_a_short_acronym_is_found_as_a_whole_word_only():
    from rag.extractive.names import mentions
    assert not mentions("the interim measures for the administration of services", "US")
    assert mentions("the us market grew", "US") and mentions("llms now write code", "LLM")
    assert mentions("the eu ai act", "EU") and not mentions("a neutral eurozone", "EU")
    d = decision("How many services had been filed in the US by March 2025?",
                 "Under the interim measures, by March 2025 a total of 451 services had been filed nationwide.", *FILLER)
    assert "US" in (gates.on_topic(d) or "")


# -- the report's own place -------------------------------------------------------------------------
def test_a_sentence_naming_no_place_speaks_of_its_reports_place():
    from tests.test_extractive import context, evidence
    from rag.extractive.gates_place import home_not_asked
    from rag.extractive.pick import pick_figures
    from rag.extractive.weights import HAND
    q = "How many services had been filed in the U.S. by March 2025?"
    lead = "By March 2025 a total of 451 services had been filed nationwide."
    others = ("China leads in filings.", "China's market grew.", "The U.S. market is large, but China's grew faster.")
    ctx, slots, ev = evidence(q, lead, *others)
    best = next(e for e in ev if "451" in e.text)
    d = gates.Decision(ctx, slots, ev, best, pick_figures(best.text, best.figures, slots), HAND, 0.0, 0.25)
    assert home_not_asked(d) == "the sentence names no place, and its report speaks of China, not of U.S"
    # the report's own place asked: its figure
    ctx, slots, ev = evidence(q.replace("the U.S.", "China"), lead, *others)
    best = next(e for e in ev if "451" in e.text)
    d = gates.Decision(ctx, slots, ev, best, pick_figures(best.text, best.figures, slots), HAND, 0.0, 0.25)
    assert home_not_asked(d) is None


# -- a pronoun's antecedent -------------------------------------------------------------------------
def test_a_pronoun_subject_speaks_of_what_the_sentence_before_names():
    from rag.extractive.gates_antecedent import antecedent_other
    q = "What share of the new framework market did Orbisflow take in 2024?"
    text = "Notably, Zentrocore supports over 50 major models. In 2024, it captured over 30% of the new framework market."
    d = decision(q, text, *FILLER)
    assert "30%" in d.best.text
    assert antecedent_other(d) == "the sentence speaks of Zentrocore, not of Orbisflow"
    # the sentence before names the one asked: the pronoun is it
    d = decision(q, text.replace("Zentrocore", "Orbisflow"), *FILLER)
    assert antecedent_other(d) is None
    # no pronoun subject: left to the other gates
    d = decision(q, "Notably, Zentrocore supports over 50 major models. In 2024, the framework captured over 30% of the new framework market.", *FILLER)
    assert antecedent_other(d) is None


# -- an estimate is not what a year had -------------------------------------------------------------
def test_a_year_given_only_as_an_estimate_does_not_say_what_it_was():
    from rag.extractive.gates_span import estimate_not_actual
    chart = ("Zentro market size, 2020-2027E: RMB 13.7 billion in 2022; RMB 17.6 billion in 2023E; "
             "RMB 22.2 billion in 2024E; RMB 42.9 billion in 2027E.")
    d = decision("How big was the Zentro market in 2024?", chart, *FILLER)
    assert d.figures and "22.2" in d.figures[0].text
    assert estimate_not_actual(d) == "the reports give only an estimate for 2024 (2024E), not a reported figure"
    # a forecast asked is answered by the estimate; a year given as it was answers
    assert estimate_not_actual(decision("How big is the Zentro market expected to be in 2024?", chart, *FILLER)) is None
    assert estimate_not_actual(decision("How big was the Zentro market in 2022?", chart, *FILLER)) is None


# -- the table asked ---------------------------------------------------------------------------------
def test_a_row_of_a_table_sharing_no_title_word_asked_does_not_answer():
    from rag.extractive.gates_table import other_table_asked
    text = ("Zentro Text Intelligence Index (evaluation of text models), 2025\n"
            "Rank: 1; Company name: Orbis; Model: Orbis-5; Index: 68\n\n"
            "Zentro Speech Arena Leaderboard (evaluation of speech models), 2025\n"
            "Rank: 1; Company name: Kestrel; Model: Kestrel Voice; Arena ELO: 1,355")
    d = decision("What is Kestrel Voice's ranking on the text intelligence index?", text, *FILLER)
    assert d.best.row and "Kestrel" in d.best.text
    assert "another table" in (other_table_asked(d) or "")
    d = decision("What is Kestrel Voice's ranking on the speech arena?", text, *FILLER)
    assert other_table_asked(d) is None


# -- more measures a report counts ------------------------------------------------------------------
def test_a_counted_measure_the_passage_never_names_is_not_covered():
    q = "How many AI PC shipments did Zentro record in 2024?"
    assert "shipments" in parse(q).metrics
    d = decision(q, "In 2024, Zentro recorded revenue of USD 3.0 billion from AI PCs.", *FILLER)
    assert "shipments" in (gates.metric_covered(d) or "")
    d = decision(q, "In 2024, Zentro shipped 3.0 million AI PCs.", *FILLER)
    assert gates.metric_covered(d) is None


# -- a count asked, nothing counted -----------------------------------------------------------------
def test_a_count_asked_is_not_answered_by_a_sentence_counting_nothing():
    q = "How many industry experts did Zentro interview for this report?"
    d = decision(q, "Primary research involved interviewing key industry experts at length.", *FILLER)
    assert "no figure" in (gates.no_figure(d) or "")
    # naming the things counted answers a count; so does a number in words
    d = decision(q, "Primary research involved interviewing Ann Lee, Bo Chen and Cy Park.", *FILLER)
    assert gates.no_figure(d) is None
    d = decision(q, "Primary research involved interviewing three industry experts.", *FILLER)
    assert gates.no_figure(d) is None


def test_a_later_year_written_short_is_named():
    # '2023-24' and '2020-25' name their later year: a change asked to 2024 is not refused for it (gates_span._named)
    q = "By how much did net penalties change from 2022 to 2024?"
    d = decision(q, "Net penalties for 2023-24 are estimated at £8.7 million (2022-23: £11.2 million).", *FILLER)
    assert span_ends(d) is None
    d = decision(q, "Net penalties were £11.2 million in 2022 and £9.0 million in 2023.", *FILLER)
    assert "not 2024" in (span_ends(d) or "")

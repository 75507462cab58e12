"""The item slot of a table, and the month asked, on the smallest input without the embedding model:
a row of a table that does not list the item asked answers nothing of it; a sentence dating what is
asked by its year only gives no month."""

from __future__ import annotations

from rag.extractive import gates
from rag.extractive.gates_month_asked import month_asked, month_not_given
from rag.extractive.gates_row_item import asked_names, row_item_other
from tests.test_extractive import decision

TABLE = ("Zentro Video Arena, June 2025\nRank | Company name | Model | Arena ELO\n"
         "Rank: 1; Company name: Acme; Model: Borvo 2.0; Arena ELO: 1,355\n"
         "Rank: 2; Company name: Vexa; Model: Quill 3; Arena ELO: 1,331")
FILLER = ("The market grew fast in 2024.", "Sora and Borland are named by the reports.")


def test_asked_names_are_names_not_question_words_acronyms_or_periods():
    assert asked_names("Sora's arena ELO in CIC?") == ["Sora"]
    assert asked_names("o3-pro AI index value?") == ["o3-pro"]
    assert asked_names("Hailuo 02 index score?") == ["Hailuo"]
    assert asked_names("What was revenue in FY19 and Q3?") == []
    assert asked_names("Which model ranked first in June?") == []


def test_a_row_of_a_table_not_listing_the_item_is_refused():
    d = decision("What arena ELO did Sora score?", TABLE, *FILLER)
    assert "Sora" in (row_item_other(d) or "")
    assert gates.first_gate(d)[0] == "row_item_other"
    # the item the table lists, and a capitalised measure the table names, are asked of it
    assert row_item_other(decision("What arena ELO did Quill 3 score?", TABLE, *FILLER)) is None
    assert row_item_other(decision("What Arena ELO did Borvo 2.0 score?", TABLE, *FILLER)) is None


def test_a_name_with_a_digit_is_one_word():
    table = TABLE.replace("Quill 3", "o3 Pro")
    assert "o3-pro" in (row_item_other(decision("o3-pro arena ELO?", table, *FILLER)) or "")
    table = TABLE.replace("Quill 3", "o3-pro")
    assert row_item_other(decision("o3-pro arena ELO?", table, *FILLER)) is None


def test_a_lone_chart_cell_names_no_item():
    chart = "Regional competitiveness by province, July 2024\nCompetitiveness: 87.27"
    d = decision("Borland's competitiveness score?", chart, *FILLER)
    assert "Borland" in (row_item_other(d) or "")


def test_a_common_word_or_a_prose_lead_is_not_this_gate():
    # 'Company' is written in lower case by a passage: a common word, not an item
    d = decision("What was the Company's arena ELO?", TABLE, "The company grew in 2024.", *FILLER)
    assert row_item_other(d) is None
    # a sentence, not a table row: the name slots of prose are other gates'
    d = decision("What arena ELO did Sora score?", "Borvo 2.0 scored an arena ELO of 1,355 in 2025.", *FILLER)
    assert row_item_other(d) is None


def test_a_month_asked_needs_a_month():
    assert month_asked("When was Whisper released - which month?")
    assert not month_asked("How many months did it take?")
    d = decision("In which month was Zentro released?", "Zentro, an open model, was released in 2022.", *FILLER)
    assert month_not_given(d) == "the reports give no month for it"
    assert gates.first_gate(d)[0] == "month_not_given"
    d = decision("In which month was Zentro released?", "Zentro was released in March 2022.", *FILLER)
    assert month_not_given(d) is None
    d = decision("When was Zentro released?", "Zentro, an open model, was released in 2022.", *FILLER)
    assert month_not_given(d) is None


def test_a_row_naming_one_item_of_a_comparison_is_asked():
    # Quill 3 stands in another passage (a table split over two chunks): the row of Borvo is asked
    d = decision("Borvo 2.0 vs Quill 3: what are their Arena ELO scores?", TABLE.replace("Quill 3", "Zeta 1"),
                 "Quill 3 is a model.", *FILLER)
    assert row_item_other(d) is None


def test_question_words_and_short_months_are_no_items():
    assert asked_names("Compare GPT-5 and Quill 3 on the Nov 7, 2025 index.") == ["GPT-5", "Quill"]
    assert asked_names("What 2024 revenue share is shown?") == []


def test_a_year_total_is_no_month_of_it():
    from rag.extractive.gates_month_asked import year_for_month
    d = decision("How many projects were awarded in December 2024 alone?",
                 "The market disclosed 1,520 projects in 2024, up from 92 in 2023.", *FILLER)
    assert year_for_month(d) == "the reports give 2024 as a whole, not a month of it"
    d = decision("How many projects were awarded in December 2024?",
                 "In December 2024, 210 projects were awarded, 1,520 in 2024 as a whole.", *FILLER)
    assert year_for_month(d) is None
    d = decision("How many projects were awarded in 2024?", "The market disclosed 1,520 projects in 2024.", *FILLER)
    assert year_for_month(d) is None


def test_a_day_of_a_year_is_a_point_in_time_not_a_month():
    from rag.extractive.gates_month_asked import year_for_month
    d = decision("What was the balance as of December 31, 2019?", "Balance — 2019: 1,562; 2018: 1,400", *FILLER)
    assert year_for_month(d) is None


def test_dates_and_joined_acronyms_are_no_items():
    assert asked_names("What is the change in warrants from Aug 2007-Jan 2011 to Jun-2018?") == []
    assert asked_names("What is the average USD-EUR exchange rate in FY 2019?") == []
    from rag.extractive.gates_month_asked import year_for_month
    d = decision("What is the amount of deposits held at 31 December 2018?", "Deposits — 2018: 3.5; 2017: 3.1", *FILLER)
    assert year_for_month(d) is None


def test_an_ordinal_asks_a_rank_not_an_item():
    """'16th' is a rank position (the rank gate's slot), not an item a row must name."""
    assert row_item_other(decision("Which company ranked 16th by arena ELO?", TABLE, *FILLER)) is None
    assert "Sora" in (row_item_other(decision("Did Sora rank 16th by arena ELO?", TABLE, *FILLER)) or "")


from rag.extractive.gates_row_item import asked_names  # noqa: E402


def test_a_bound_with_a_scale_letter_is_no_name_a_model_size_is():
    assert asked_names("How many of the tracked models offer a context window of at least 200K tokens?") == []
    assert "70B" in asked_names("How many models beat Vireo 70B on the index?")

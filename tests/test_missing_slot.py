"""Abstaining by the slot the evidence misses (issue 12, section 3), each rule on the smallest input,
without the embedding model: the place a figure belongs to, the table a row belongs to, a figure at
all for an amount asked."""

from __future__ import annotations

from rag.extractive import gates
from rag.extractive.slots import parse
from tests.test_extractive import decision

FILLER = ("The market grew fast in 2024.", "Robots spread across factories.", "Capital flowed to chips.")


# -- slots ----------------------------------------------------------------------------------------
def test_a_country_form_naming_a_currency_is_no_entity():
    s = parse("How large was the global market in 2024, in US dollars?")
    assert s.entities == () and s.unit == "money"
    assert [e.name for e in parse("What was the U.S. market in 2024, in US dollars?").entities] == ["U.S"]
    assert parse("What was revenue in U.S. dollars?").entities == ()


def test_how_much_money_asks_money():
    assert parse("How much money did Zentro save by using large models?").unit == "money"
    assert parse("How much did Zentro save?").unit is None


# -- whose figure -----------------------------------------------------------------------------------
def test_a_figure_another_place_owns_does_not_answer_for_the_place_asked():
    q = "What was India's share of global AI financing in 2024?"
    d = decision(q, "In 2024, China and the United States together accounted for 92% of global AI financing.", *FILLER)
    assert d.figures and d.figures[0].text.startswith("92")
    assert "India" in (gates.place_owner(d) or "") and "U.S." in gates.place_owner(d)
    # the place asked named in the sentence: its own figure
    d = decision(q, "In 2024, India accounted for 3% of global AI financing.", *FILLER)
    assert gates.place_owner(d) is None
    # a sentence naming no place says nothing of whose the figure is
    assert gates.place_owner(decision(q, "In 2024, the share reached 3% of global AI financing.", *FILLER)) is None


def test_a_row_of_a_table_titled_global_does_not_answer_for_one_place():
    table = ("Ranking of global foundation model companies, in terms of revenues in 2024\n"
             "Rank: 1; Company name: Zentro; Market share, %: 30.1%\n"
             "Rank: 2; Company name: Orbis; Market share, %: 16.9%")
    d = decision("What market share did Zentro hold among Indian foundation model companies in 2024?", table, *FILLER)
    assert d.best.row and "Zentro" in d.best.text
    assert "Indian" in (gates.caption_scope(d) or "")
    d = decision("What market share did Zentro hold among foundation model companies in 2024?", table, *FILLER)
    assert gates.caption_scope(d) is None


# -- which table --------------------------------------------------------------------------------------
OVERALL = ("Ranking of global foundation model companies, in terms of revenues in 2024\n"
           "Rank: 1; Company name: Zentro; Market share, %: 30.1%\n"
           "Rank: 2; Company name: Orbis; Market share, %: 16.9%")
PUREPLAY = ("Ranking of global pureplay foundation model companies, in terms of revenues in 2024\n"
            "Rank: 1; Company name: Zentro; Market share, %: 30.1%\n"
            "Rank: 2; Company name: Kestrel; Market share, %: 4.7%")


def test_a_word_asked_that_titles_another_table_picks_that_table():
    d = decision("In the pureplay ranking, what market share does Orbis have?", OVERALL, PUREPLAY, *FILLER)
    assert d.best.row and "Orbis" in d.best.text
    assert "pureplay" in (gates.caption_scope(d) or "")
    # the word titles no other table retrieved: nothing tells the tables apart
    d = decision("In the pureplay ranking, what market share does Orbis have?", OVERALL, *FILLER)
    assert gates.caption_scope(d) is None
    # the table titled with the word asked answers
    d = decision("In the pureplay ranking, what market share does Kestrel have?", OVERALL, PUREPLAY, *FILLER)
    assert "Kestrel" in d.best.text and gates.caption_scope(d) is None
    d = decision("What market share does Orbis have?", OVERALL, PUREPLAY, *FILLER)
    assert gates.caption_scope(d) is None


# -- a figure at all --------------------------------------------------------------------------------------
def test_an_amount_asked_is_not_answered_by_a_sentence_without_a_figure():
    q = "By how much did new Zentro subscriptions rise after the March 2025 release?"
    d = decision(q, "In March 2025, the release triggered a sharp uptick in new Zentro subscriptions.", *FILLER)
    assert "no figure" in (gates.no_figure(d) or "")
    d = decision(q, "In March 2025, new Zentro subscriptions rose by 30% after the release.", *FILLER)
    assert gates.no_figure(d) is None
    # a count is answered by the things it counts, named
    d = decision("How many segments does Zentro report?", "Zentro reports its cloud, devices and services segments.", *FILLER)
    assert gates.no_figure(d) is None
    # an amount in words answers: none is an amount
    d = decision("How much accrued interest did Zentro have at December 31, 2019?",
                 "As of December 31, 2019, Zentro had no accrued interest.", *FILLER)
    assert gates.no_figure(d) is None
    # a description asked needs no figure
    d = decision("What triggered the uptick in Zentro subscriptions?",
                 "In March 2025, the release triggered a sharp uptick in new Zentro subscriptions.", *FILLER)
    assert gates.no_figure(d) is None


def test_titles_that_differ_both_ways_narrow_neither():
    from rag.extractive.gates_slot import narrowed_by
    asked = {"video", "pureplay"}
    assert narrowed_by("Ranking of global companies", "Ranking of global pureplay companies", asked) == {"pureplay"}
    assert narrowed_by("Speech Arena Leaderboard", "Video Arena Leaderboard", asked) == set()
    assert narrowed_by("Ranking of global pureplay companies", "Ranking of global companies", asked) == set()
    speech = OVERALL.replace("Ranking of global foundation model companies", "Speech arena leaderboard")
    video = PUREPLAY.replace("Ranking of global pureplay foundation model companies", "Video arena leaderboard")
    d = decision("On the video arena, what market share does Orbis have?", speech, video, *FILLER)
    assert "Orbis" in d.best.text and gates.caption_scope(d) is None


def test_the_table_a_word_asked_narrows_is_read_before_the_broader_one():
    from rag.extractive.gates_slot import asked_tables
    from ingest.tables import Table
    broad, narrow = Table("Ranking of global companies", [], []), Table("Ranking of global pureplay companies", [], [])
    tables = [(0, broad), (1, narrow)]
    assert asked_tables(tables, "In the pureplay ranking, what share does Orbis have?") == [(1, narrow)]
    assert asked_tables(tables, "What share does Orbis have?") == tables


# -- which unit -------------------------------------------------------------------------------------------
def test_a_share_asked_is_not_answered_by_an_amount_of_money():
    q = "What share of Zentro's revenue comes from on-premise deployment?"
    d = decision(q, "On-premise deployment: an upfront deployment fee of USD 500k and annual maintenance.", *FILLER)
    assert d.figures and d.figures[0].unit == "money"
    assert "share" in (gates.share_not_amount(d) or "")
    d = decision(q, "On-premise deployment brings 35% of Zentro's revenue.", *FILLER)
    assert gates.share_not_amount(d) is None
    # a sentence giving a part and its whole: the share is computed from them
    q2 = "What percentage of Zentro's revenue came from cloud in 2019?"
    assert gates.share_not_amount(decision(q2, "In 2019 cloud brought $50 of Zentro's $500 revenue.", *FILLER)) is None
    # a share asked as the ratio of two amounts is computed from them
    q = "What is maintenance as a share of the contract value?"
    assert gates.share_not_amount(decision(q, "Maintenance costs USD 50 on a USD 500 contract.", *FILLER)) is None
    # an amount asked: money answers
    assert gates.share_not_amount(decision("How much does maintenance cost?", "Maintenance costs USD 50.", *FILLER)) is None


def test_a_measure_asked_by_the_questions_verb_needs_a_figure():
    """'What maximum fine does X impose' asks an amount as surely as 'how much': a sentence naming X
    with no figure names it but gives none; a sentence near the top giving the measure a figure answers."""
    q = "What maximum fine does Zentro impose on late filings?"
    d = decision(q, "Zentro tightens its rules on late filings.", *FILLER)
    assert "no figure" in (gates.no_figure(d) or "")
    d = decision(q, "Zentro tightens its rules on late filings. Its maximum fine for a late filing is 4% of revenue.",
                 *FILLER)
    assert gates.no_figure(d) is None
    # 'what does X impose' asks a description, not a measure
    assert gates.no_figure(decision("What does Zentro impose on late filings?",
                                    "Zentro tightens its rules on late filings.", *FILLER)) is None

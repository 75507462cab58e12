"""Lists read down a table's column (column_list.py): the kind asked is a header, on the smallest input
(a few rows read from a grid, no model, no index)."""

from __future__ import annotations

from rag.extractive.column_list import column_listed, kind_columns, row_text_cell
from rag.extractive.slots import parse
from tests.test_ranking import INDEX, SPEECH_TITLED, _ctx

STREAMS = ("", [["Customer & Revenue streams", "Definition", "Pricing model"],
                ["Consumer subscriptions", "Users pay recurring fees for tiered access", "Monthly fee"],
                ["Online marketing services", "Monetization via user traffic", "Advertiser pays"],
                ["Enterprise subscriptions", "Pay-as-you-go access for developers", "Per token"]])


def _list(question: str, *tables):
    return column_listed(_ctx(question, *tables), parse(question), "extractive")


def test_a_plural_asked_of_a_header_names_its_column():
    assert kind_columns("Which companies appear on the leaderboard?", ["Model", "Company name"]) == ["Company name"]
    assert kind_columns("What customer and revenue streams does the table list?",
                        ["Customer & Revenue streams", "Definition"]) == ["Customer & Revenue streams"]
    assert kind_columns("Which company ranks first?", ["Company name"]) == []  # one, not a list


def test_the_label_column_of_a_ranking_lists_every_row():
    a = _list("Which models are on the speech arena leaderboard?", SPEECH_TITLED)
    assert a is not None and a.figure == "Seedance 1.0, Hailuo 02, Kling 2.0, Kling 1.6 (Pro) and LTV Video v0.9.7"


def test_the_top_n_keeps_tied_ranks_and_names_each_owner_once():
    a = _list("Which companies have models in the top three of the intelligence index?", INDEX)
    assert a is not None and a.figure == "OpenAI and X"


def test_a_text_column_of_a_plain_table_lists_its_cells():
    a = _list("What customer and revenue streams does the table list?", STREAMS)
    assert a is not None and a.figure.startswith("Consumer subscriptions, Online marketing services")


def test_a_word_no_title_or_header_has_leaves_the_table_unaddressed():
    assert _list("Which customer and revenue streams grew fastest in Europe?", STREAMS) is None
    assert _list("Which Minimax models are on the speech arena leaderboard?", SPEECH_TITLED) is None


def test_the_first_plural_asked_is_the_kind():
    assert kind_columns("Which companies have models in the top ten?", ["Model", "Company name"])[0] == "Company name"
    assert kind_columns("What pricing models are listed?", ["Business model", "Pricing model"])[0] == "Pricing model"


def test_a_plural_after_the_verb_is_no_kind_asked():
    # 'what combined share do the companies hold' asks a share, not the companies
    assert kind_columns("What combined market share do the companies ranked 1st to 3rd hold?", ["Company name"]) == []
    assert kind_columns("What are the companies on the leaderboard?", ["Company name"]) == ["Company name"]


ROUNDS = ("Venture rounds, 2024", [["Date", "Company", "Segment", "Amount (USD million)", "Lead investor"],
                                   ["Jan 2024", "Layerforge", "Metal binder jetting", "42.0", "Quarry Hill"],
                                   ["May 2024", "Ferrolith", "Metal powder bed fusion", "88.0", "Tidewell Fund"],
                                   ["Jun 2024", "Kiln", "Construction printing", "31.0", "Quarry Hill"]])


def test_the_row_a_name_says_is_read_in_the_text_column_its_header_names():
    a = _list("In which segment does Ferrolith operate?", ROUNDS)
    assert a is not None and a.answer.startswith("**Metal powder bed fusion**")
    a = _list("Who was the lead investor of Kiln?", ROUNDS)
    assert a is not None and a.answer.startswith("**Quarry Hill**")
    q = "Which segments raised rounds led by Quarry Hill?"  # two rows say the name: no one row's cell
    assert row_text_cell(_ctx(q, ROUNDS), q, "extractive") is None


def test_a_list_asked_with_a_bound_is_no_whole_column():
    board = ("", [["Model", "Developer", "AgentTasks"], ["Orion", "Halcyon", "78.3"], ["Tessel", "Halcyon", "61.7"],
                  ["Brisa", "Cordillera", "60.9"]])
    assert _list("Which models scored below 65 on AgentTasks?", board) is None
    assert _list("Which models are shown in the table?", board) is not None


def test_when_asks_the_rows_date_cell_and_who_the_agent_column():
    board = ("", [["Model", "Developer", "Score", "Test date"], ["Orion", "Halcyon", "87.4", "2025-05-14"],
                  ["Lumen R1", "Quanta", "81.7", "2025-06-02"]])
    a = _list("When was Lumen R1 tested?", board)
    assert a is not None and a.figure == "2025-06-02"
    deals = ("", [["Company", "Round", "Amount (USD million)", "Lead investor"], ["Gridmind", "Series D", "850", "Orchard Bay"],
                  ["Vectorleaf", "Series C", "640", "Crestmoor"]])
    a = _list("Who led Gridmind's Series D round?", deals)
    assert a is not None and a.figure == "Orchard Bay"
    assert _list("When did Gridmind raise its round?", deals) is None  # no date column
    dated = ("", [["Date", "Company", "Round"], ["Jun 4", "Gridmind", "Series D"], ["Apr 3", "Halcyon", "Series E"]])
    a = _list("When did Gridmind raise its Series D round?", dated)
    assert a is None or a.figure == "Jun 4"  # the date is the row's label here, no text cell

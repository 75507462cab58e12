"""Ranking rows computed: two ranks named ('the first and tenth'), a multiple or average of ranks, and
rows named by label or owner ('A trails B'); one rule per test on the smallest input (no model, no index)."""

from __future__ import annotations

from rag.extractive.rank_words import asked
from rag.extractive.ranking_gap import named_ranked, named_rows
from rag.extractive.ranking import rankings
from rag.verify import derived
from tests.test_ranking import GLOBAL, INDEX, SPEECH_TITLED, _ask, _ctx


def test_two_ranks_named_with_a_gap_asked_are_those_two_rows():
    assert asked("How many points separate the first and tenth models?", None).ranks == (1, 10)
    assert asked("What is the spread between the 1st and 4th models?", None).ranks == (1, 4)
    assert asked("What is the gap between the top and last-ranked models?", None).ranks == (1, -1)
    assert asked("How many points separate the first and tenth models?", None).op == "change"
    assert asked("What is the combined share of the first to third companies?", None).ranks == (1, 2, 3)
    assert asked("Which model is first and which is second?", None).op is None  # no operation: rows


def test_the_gap_between_two_ranks_is_computed_from_their_cells():
    a = _ask("How many Arena ELO points separate the first and fourth models on the speech arena?", SPEECH_TITLED)
    assert a is not None and a.figure == "211" and a.derivation["op"] == "change"
    assert derived([a.figure], a.derivation) == []
    last = _ask("What is the Arena ELO gap between the top and last models on the speech arena?", SPEECH_TITLED)
    assert last is not None and last.figure == "291"  # 1,355 - 1,064


def test_a_multiple_of_two_ranks_and_an_average_of_the_top_n():
    q = "How many times larger is the first-ranked company's share than the fourth-ranked one's in the global ranking?"
    assert asked(q, None).ranks == (1, 4) and asked(q, None).op == "multiple"
    a = _ask("What is the average market share of the top three companies in the global ranking?", GLOBAL)
    assert a is not None and a.derivation["op"] == "average" and a.figure.startswith("18.4")
    assert asked("What average score does the top model post?", None).ranks == (1,)  # one rank: its row


def test_rows_named_by_label_or_by_the_one_row_an_owner_holds():
    r = rankings(_ctx("x", SPEECH_TITLED))[0]
    rows = named_rows(r, "By how many points does Minimax's Hailuo 02 trail ByteDance's Seedance 1.0?")
    assert [label for _, label, _ in rows] == ["Hailuo 02", "Seedance 1.0"]
    assert [label for _, label, _ in named_rows(r, "How far apart are Kuaishou and Lightricks?")] == \
        ["LTV Video v0.9.7"]  # Kuaishou holds two rows: it names neither


def test_a_named_gap_is_the_larger_less_the_smaller():
    q = "By how many Arena ELO points does Hailuo 02 trail Seedance 1.0 on the speech arena?"
    a = named_ranked(_ctx(q, SPEECH_TITLED), q, "extractive")
    assert a is not None and a.figure == "24" and derived([a.figure], a.derivation) == []
    q = "How many points separate Grok 4 from Claude 4.5 on the Intelligence Index?"
    assert named_ranked(_ctx(q, INDEX), q, "extractive").figure == "2"
    q = "Does Grok 4 lead Claude 4.5 on the Intelligence Index?"
    assert named_ranked(_ctx(q, INDEX), q, "extractive") is None  # a yes-or-no comparison: choice.py


def test_two_ranks_named_apart_and_superlatives_as_ranks():
    from rag.extractive.rank_words import rank_mentions
    assert rank_mentions("the top model and the tenth") == [1, 10]
    assert rank_mentions("the highest and lowest scores") == [1, -1]
    assert rank_mentions("the top three models") == []  # a count of rows, not a rank
    q = "How many index points separate the top model from the tenth on the Intelligence Index?"
    assert asked(q, None).ranks == (1, 10) and asked(q, None).op == "change"


def test_tied_first_rows_give_one_operand_and_the_top_n_are_the_first_rows():
    a = _ask("How many index points separate the top model from the fourth on the Intelligence Index?", INDEX)
    assert a is not None and a.figure == "5"  # 68 - 63, the tied 68s one figure
    a = _ask("What is the average Intelligence Index score of the top three models?", INDEX)
    assert a is not None and a.figure == "67" and len(a.derivation["operands"]) == 3


def test_a_named_row_and_a_rank_named_beside_it():
    q = "By how many points does Grok 4 trail the top-ranked model on the Intelligence Index?"
    a = named_ranked(_ctx(q, INDEX), q, "extractive")
    assert a is not None and a.figure == "3" and derived([a.figure], a.derivation) == []


def test_rows_owned_by_the_names_given_are_counted():
    from rag.extractive.ranking_owned import owned_count
    from rag.extractive.slots import parse
    q = "How many of the models on the Intelligence Index come from OpenAI or Anthropic?"
    a = owned_count(_ctx(q, INDEX), parse(q), "extractive")
    assert a is not None and a.figure == "3" and a.derivation["op"] == "count"
    assert derived([a.figure], a.derivation) == []
    q = "How many points does OpenAI lead by on the Intelligence Index?"
    assert owned_count(_ctx(q, INDEX), parse(q), "extractive") is None  # points: a figure, not a count of rows


def test_first_n_of_a_period_noun_is_a_period_not_ranks():
    # 'the first 11 months' is a span of the year; 'the first two companies' are ranks
    assert asked("What was the revenue in the first 11 months of 2024?", None) is None
    assert asked("What was revenue in the first six months?", None) is None
    assert asked("Which were the first two companies?", None).ranks == (1, 2)

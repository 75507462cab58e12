"""count_listed: a fronted period clause moved last, and a list answer counted (no embedding model)."""

from rag.extractive.count_listed import fronted, listed_count
from rag.types import Answer


def _listing(text: str, shape: str = "list") -> Answer:
    return Answer(question="q", answer=text, figure="x", abstained=False, citations=[], shape=shape)


def test_fronted_period_clause_moves_last():
    assert fronted("In 2018, how many quarters had lows below $2.00?") == "How many quarters had lows below $2.00 in 2018?"
    assert fronted("As of December 31, 2019, how many plans were there") == "How many plans were there as of December 31, 2019?"


def test_fronted_leaves_other_questions():
    for q in ("How many quarters in 2018 had lows below $5?", "In 2018, what was the revenue?",
              "For adjusted costs, how many items were there?"):
        assert fronted(q) == q


def test_list_answer_counted():
    got = listed_count(_listing("**A, B and C**. Services lists: A; B; C [1]"))
    assert got is not None and got.figure == "3" and got.answer.startswith("**3** — Services lists: A; B; C")
    assert got.derivation["op"] == "count" and [o["value"] for o in got.derivation["operands"]] == ["A", "B", "C"]


def test_not_a_list_not_counted():
    assert listed_count(None) is None
    assert listed_count(_listing("**A**. X lists: A [1]")) is None
    assert listed_count(_listing("**$5**. Revenue — 2019: $5 [1]", shape="figure")) is None


def test_the_item_rows_shown_in_the_table_counted():
    from rag.extractive.count_listed import ROWS_SHOWN, rows_shown
    from rag.extractive.passage_tables import tables_of
    from tests.test_shape_cues import _table_ctx

    grid = [["", "2020", "2019"], ["Americas", "4,210", "3,980"], ["Europe", "2,105", "2,260"], ["Asia", "1,530", "1,210"],
            ["Intersegment elimination", "(150)", "(130)"], ["Total revenue", "7,695", "7,320"]]
    q = "How many regions are shown in the table?"
    ctx = _table_ctx(q, grid)
    got = rows_shown(ctx, q, tables_of(ctx), "extractive")
    assert got is not None and got.figure == "3" and got.answer.startswith("**3**")
    assert not ROWS_SHOWN.match("How many years are shown in the table?")  # the years: ranked.years_count


def test_a_count_asked_as_a_noun_phrase_reads_as_how_many():
    from rag.extractive.count_listed import number_asked

    assert number_asked("Number of vendors with a share above 10% in 2024") == "How many vendors with a share above 10% in 2024?"
    assert number_asked("What was the number of employees in 2019?") == "What was the number of employees in 2019?"


def test_number_of_bound_needs_a_figure() -> None:
    from rag.extractive.count_listed import number_asked

    asked = "What is the number of stores under Dan Murphy's store network in F19?"
    assert number_asked(asked) == asked  # 'under' a network is its scope, no bound: a figure looked up
    assert number_asked("Number of markets above 90% occupancy") == "How many markets above 90% occupancy?"

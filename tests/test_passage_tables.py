"""passage_tables: a chunk's table-introducing sentences found once per index snapshot; asked_tables tokenizes
each title once and still leaves out the broader of two titles the question narrows."""

from types import SimpleNamespace

from ingest.tables import read_grid
from rag.extractive.gates_slot import asked_tables
from rag.extractive.passage_tables import intro_sentences, one_table


class _Snap:
    def __init__(self):
        self.memo, self.made = {}, 0

    def derived(self, key, make):
        if key not in self.memo:
            self.made += 1
            self.memo[key] = make()
        return self.memo[key]


def test_table_intro_sentences_found_once_per_snapshot():
    chunk = SimpleNamespace(chunk_id="c1", text="Sales grew. The following table shows sales by region:\nno intro here")
    snap = _Snap()
    assert intro_sentences(snap, chunk) == ("The following table shows sales by region:",)
    assert intro_sentences(snap, chunk) == ("The following table shows sales by region:",) and snap.made == 1
    assert intro_sentences(None, SimpleNamespace(chunk_id="c2", text="Nothing to see")) == ()


def test_asked_tables_leaves_out_the_broader_title():
    broad = SimpleNamespace(caption="Ranking of global companies")
    narrow = SimpleNamespace(caption="Ranking of global pureplay companies")
    tables = [(0, broad), (1, narrow)]
    assert asked_tables(tables, "Which pureplay company ranks first?") == [(1, narrow)]
    assert asked_tables(tables, "Which company ranks first?") == tables


def test_intro_lines_start_at_the_sentence_holding_the_match():
    import re

    from rag.extractive.table_intro_far import intro_lines

    intro = re.compile(r"following table", re.I)
    assert intro_lines("Sales grew. The following table shows sales:\nA following table note\nnone", intro) == [
        "The following table shows sales:", "A following table note"]


def test_one_table_counts_a_tables_copies_once_and_refuses_two_tables():
    a, b = read_grid([["", "2020"], ["Rent", "10"]], None).table, read_grid([["", "2020"], ["Wages", "30"]], None).table
    copy = read_grid([["", "2020"], ["Rent", "12"]], None).table  # same rows and columns: the same table again
    assert one_table([(0, a, "first"), (1, copy, "second")]) == (0, a, "first")
    assert one_table([(0, a, "x"), (1, b, "y")]) is None and one_table([]) is None


def test_tables_of_is_read_once_per_question_and_kept_in_its_memo(monkeypatch):
    from dataclasses import replace

    from rag.extractive import passage_tables
    from rag.types import AnswerContext

    reads = []
    monkeypatch.setattr(passage_tables, "_read_tables", lambda ctx: reads.append(ctx) or [])
    ctx = AnswerContext("What was revenue?", [SimpleNamespace(chunk=None)])
    assert passage_tables.tables_of(ctx) == [] and passage_tables.tables_of(replace(ctx, explain=False)) == []
    assert len(reads) == 1 and "tables_of" in ctx.memo
    other = AnswerContext("What was revenue?", list(ctx.passages))  # another question's context: its own memo
    assert passage_tables.tables_of(other) == [] and len(reads) == 2

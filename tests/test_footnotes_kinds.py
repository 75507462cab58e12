"""A marked table row is explained by its footnote (rag/extractive/footnotes.py); the
kinds of X listed from a table leave out rows the table only subtracts (rag/extractive/ranked.py).
Each on the smallest input, without the embedding model."""

from __future__ import annotations

from ingest.figures import parse_figures
from rag.extractive.features import Evidence
from rag.extractive.footnotes import footnote_of, row_mark

from conftest import cells_answer as _components


def _ev(i: int, text: str, score: float, row: bool = False) -> Evidence:
    return Evidence(0, i, text, parse_figures(text), set(), set(), row, True, score=score)


def test_a_row_label_mark_is_read_and_a_figure_in_brackets_is_none():
    assert row_mark("Recorded investment (1) — 2019: $22,446; 2018: $31,182") == "1"
    assert row_mark("Incentive schemes2 — 2019: 5") == "2"
    assert row_mark("Revenue — 2019: (1); 2018: 4") is None  # a negative figure, not a mark
    assert row_mark("Total (loan) — 2019: 5") is None


def test_a_marked_row_is_explained_by_the_note_opening_with_its_mark():
    row = _ev(0, "Recorded investment (1) — 2019: $22,446; 2018: $31,182", 0.5, row=True)
    note = _ev(1, "(1) Includes deferred initial direct costs.", 0.3)
    other = _ev(2, "(2) Excludes residual values.", 0.3)
    chosen = footnote_of([row, other, note], row)
    assert chosen is not None and chosen.text == note.text and chosen.score == 0.5  # answers with the row's score
    assert footnote_of([row, other], row) is None  # no note of its mark
    plain = _ev(3, "Recorded investment — 2019: $22,446", 0.5, row=True)
    assert footnote_of([plain, note], plain) is None  # an unmarked row has no note


def test_kinds_asked_leave_out_a_row_the_table_only_subtracts():
    lines = ["\t2019\t2018", "Accounts receivable\t\t", "Billed\t$127\t$156", "Unbilled\t—\t242",
             "Allowance for doubtful accounts\t(1)\t(2)", "Total accounts receivable\t126\t396"]
    kinds = _components("What types of accounts receivable are there?", lines)
    assert kinds is not None and kinds.figure == "Billed and Unbilled"
    parts = _components("What are the components of accounts receivable?", lines)
    assert parts is not None and "Allowance" in parts.figure  # what adds up keeps the deduction

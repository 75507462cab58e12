"""An explanation is a prose sentence: a table's header line explains nothing, the best prose sentences
are looked at past the table lines ranked above them, and the page's prose is read when every
passage retrieved is table (explaining.py, page_prose.py)."""

from __future__ import annotations

from types import SimpleNamespace

from ingest.figures import parse_figures
from ingest.types import Chunk
from rag.extractive.explaining import explained_in_prose, explaining
from rag.extractive.features import Evidence
from rag.extractive.page_prose import page_prose, with_page_prose
from rag.extractive.slots import parse
from rag.types import AnswerContext, Passage

HEADER = "As of 2018 › Amortized › Cost | As of 2018 › Unrealized › Losses | As of 2018 › Fair › Value"
CAUSE = "The unrealized losses were primarily due to increases in interest rates."


def _ev(i: int, text: str, score: float, row: bool = False) -> Evidence:
    return Evidence(0, i, text, parse_figures(text), set(), set(), row, True, features={"overlap": 0.5}, score=score)


def test_a_header_line_is_no_prose_sentence():
    assert not explained_in_prose(_ev(0, HEADER + " | due to", 0.5))
    assert explained_in_prose(_ev(1, CAUSE, 0.5))


def test_the_cause_below_many_table_lines_is_quoted():
    slots = parse("What was the reason for the unrealized losses?")
    lines = [_ev(i, f"Total — As of 2018 › Cost: ${i},000", 0.7, row=True) for i in range(8)]
    lines += [_ev(8 + i, HEADER, 0.62) for i in range(5)]
    cause = _ev(13, CAUSE, 0.57)
    evidence = lines + [cause]
    assert explaining(evidence, evidence[0], lambda e: True, 0.85, slots, 0.6) is cause


def _chunk(cid: str, text: str, table: bool, start: int) -> Chunk:
    return Chunk(cid, "d1", text, "Report", "Pub", "2020", "r.html", 1, 1, None, start, start + len(text),
                 tables_json="[]" if table else None)


def test_the_pages_prose_is_added_when_only_table_was_retrieved():
    table = _chunk("t", HEADER, True, 0)
    prose = _chunk("p", CAUSE, False, 200)
    snap = SimpleNamespace(chunks=[table, prose])
    ctx = AnswerContext("What was the reason for the unrealized losses?", [Passage(table, 0.9)], snapshot=snap)
    assert page_prose(ctx) == [prose]
    slots = parse(ctx.question)
    built = lambda c: [_ev(i, p.chunk.text, p.score) for i, p in enumerate(c.passages)]  # noqa: E731
    wider, evidence = with_page_prose(ctx, slots, built(ctx), built)
    assert [p.chunk.chunk_id for p in wider.passages] == ["t", "p"] and evidence[-1].text == CAUSE

"""A figure asked 'how many X did ...' may come from a table whose page names X only in the prose beside it, and
then leads hedged (rag/extractive/counted_page.py, topic.counted_named). Smallest inputs, no embedding model."""

from __future__ import annotations

from types import SimpleNamespace

from ingest.tables import read_block, tables_to_json
from ingest.types import Chunk
from rag.extractive.counted_page import counted_off_passage, figure_counted_in, kind_forms, page_names_kind
from rag.extractive.gates import counted_named
from rag.extractive.slots import parse
from rag.types import Answer, AnswerContext, Citation, Passage

ROWS = ["\tOwned\tControlled", "Florida\t14,820\t21,460", "Texas\t18,245\t19,310"]
PROSE = "Item 2: Properties - land and lot position (number of lots). We control land through options."


def _chunk(cid: str, text: str, start: int, table=None, page: int | None = 1) -> Chunk:
    return Chunk(cid, "d1", text, "Report", "Pub", "2025", "r.html", page, page, None, start, start + len(text),
                 tables_json=tables_to_json([table]) if table is not None else None)


def _table(rows: list[str], page: int | None = 1) -> Chunk:
    reads = read_block(rows)
    return _chunk("t1", "\n".join([reads[0].header_line] + reads[0].lines), 500, reads[0].table, page)


def _ctx(question: str, prose_text: str = PROSE, page: int | None = 1, other_table: bool = False):
    table = _table(ROWS, page)
    chunks = [_chunk("p1", prose_text, 0, page=page), table]
    if other_table:
        reads = read_block(["\t2024\t2023", "Revenue\t5\t4"])
        chunks.append(_chunk("t2", "\n".join([reads[0].header_line] + reads[0].lines), 900, reads[0].table, page))
    ctx = AnswerContext(question, [Passage(table, 1.0)], snapshot=SimpleNamespace(chunks=chunks))
    return ctx, parse(question), [SimpleNamespace(passage_index=0)]  # the gate reads the evidence's passage alone


def test_the_figure_asked_is_counted_in_the_noun_before_did():
    assert figure_counted_in("How many lots did the company control in Texas?") == "lots"
    assert figure_counted_in("How many parameters does the model have?") == "parameters"
    assert figure_counted_in("How many regions had more controlled lots than owned lots?") is None  # a count of rows
    assert figure_counted_in("By how many did patents grow?") is None


def test_a_table_whose_page_prose_names_the_unit_gives_the_figure():
    ctx, slots, ev = _ctx("How many lots did the company control in Texas in 2024?")
    assert counted_named(ctx, slots, ev[0]) is None
    assert page_names_kind(ctx.snapshot, ctx.passages[0].chunk, "lots")


def test_an_html_page_without_page_numbers_is_its_document():
    ctx, slots, ev = _ctx("How many lots did the company control in Texas in 2024?", page=None)
    assert counted_named(ctx, slots, ev[0]) is None


def test_the_gate_still_blocks_when_the_page_never_names_the_unit_or_holds_two_tables():
    ctx, slots, ev = _ctx("How many lots did the company control in Texas in 2024?", "We control land through options.")
    assert "lots" in (counted_named(ctx, slots, ev[0]) or "")
    ctx, slots, ev = _ctx("How many lots did the company control in Texas in 2024?", other_table=True)
    assert "lots" in (counted_named(ctx, slots, ev[0]) or "")


def test_a_count_of_rows_is_not_freed_by_the_page_prose():
    ctx, slots, ev = _ctx("How many states had more controlled lots than owned lots?", PROSE + " Our states grew.")
    assert counted_named(ctx, slots, ev[0]) is not None


def test_a_firm_rewritten_as_a_company_is_named_by_firms():
    assert "firm" in kind_forms("companies")


def _answer(ctx: AnswerContext) -> Answer:
    ch = ctx.passages[0].chunk
    cite = Citation(1, ch.doc_id, ch.title, ch.publisher, ch.date, ch.source, ch.page, ch.section, ch.chunk_id,
                    ch.text, "Texas: 19,310")
    return Answer(ctx.question, "**19,310**", "19,310", False, [cite])


def test_a_lead_from_a_table_the_page_names_is_hedged_and_one_naming_it_is_not():
    ctx, _, _ = _ctx("How many lots did the company control in Texas in 2024?")
    assert "lots" in (counted_off_passage(ctx, _answer(ctx)) or "")
    rows = ["\tOwned lots\tControlled lots", "Florida\t14,820\t21,460", "Texas\t18,245\t19,310"]
    table = _table(rows)
    named = AnswerContext(ctx.question, [Passage(table, 1.0)], snapshot=SimpleNamespace(chunks=[table]))
    assert counted_off_passage(named, _answer(named)) is None

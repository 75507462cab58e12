"""A word of change inside a row label the question writes whole ('Net increase (decrease) in cash')
names the row: it asks no computation, so two cells read as they stand are not hedged."""

from ingest.tables import read_block, tables_to_json
from ingest.types import Chunk
from rag.extractive.computed_doubt import uncomputed
from rag.types import Answer, Passage


def table_passage(lines: list[str]) -> Passage:
    """A passage whose chunk holds the table `lines` read as a report's table (text and cells)."""
    reads = read_block(lines)
    text = "\n".join(line for r in reads for line in [r.header_line] + r.lines)
    chunk = Chunk("c1", "d1", text, "Report", "Pub", "2020", "r.html", 1, 1, None, 0, len(text),
                  tables_json=tables_to_json([r.table for r in reads]))
    return Passage(chunk, 1.0)


_TABLE = ["\t2019\t2018", "Net cash provided by operating activities\t$992\t$768",
          "Net increase (decrease) in cash\t$348\t$(53)"]


def _answer(question: str) -> Answer:
    return Answer(question=question, answer="**$992 and $348**. Net cash ...", figure="$992 and $348", abstained=False,
                  citations=[], backend="extractive", shape="comparison")


def test_a_label_holding_a_word_of_change_asks_no_change():
    q = "What was the net cash provided by operating activities and net increase (decrease) in cash in 2019?"
    assert uncomputed(q, _answer(q), [table_passage(_TABLE)]) is None


def test_a_change_asked_outside_the_label_is_still_doubted():
    q = "What was the change in net cash provided by operating activities from 2018 to 2019?"
    assert uncomputed(q, _answer(q), [table_passage(_TABLE)]) is not None

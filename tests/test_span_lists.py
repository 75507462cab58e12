"""Multi-span answers read from tables (rag/extractive/shapes.py list shapes), on the smallest input."""

from __future__ import annotations

from ingest.tables import read_grid, tables_to_json
from ingest.types import Chunk
from rag.extractive.shapes import answer_by_cells
from rag.extractive.slots import parse
from rag.types import AnswerContext, Passage

GRID = [["", "2019", "2018", "2017"], ["Fixed Price", "1,452.4", "1,146.2", "1,036.9"], ["Other", "44.1", "56.7", "70.8"]]


def _pieces(question: str) -> AnswerContext:
    """A table retrieved as two passages (the chunker split it), each carrying its rows."""
    passages = []
    for i, rows in enumerate((GRID[:2], [GRID[0], GRID[2]])):
        read = read_grid(rows, None)
        text = "\n".join([read.header_line] + read.lines)
        chunk = Chunk(f"c{i}", "d1", text, "Report", "Pub", "2020", "r.html", 1, 1, None, 0, len(text),
                      tables_json=tables_to_json([read.table]))
        passages.append(Passage(chunk, 1.0 / (i + 1)))
    return AnswerContext(question, passages)


def test_the_years_of_a_table_retrieved_in_pieces():
    for q in ("Which years does the table provide information for?", "What years are reported by the table?"):
        a = answer_by_cells(_pieces(q), parse(q), "extractive")
        assert a is not None and a.shape == "list" and a.answer.startswith("**2019, 2018 and 2017**"), q

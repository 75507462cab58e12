"""A sentence naming the row and what the table leaves unsaid states the figure asked
(rag/extractive/prose_over_row.py); rival 'respectively' clauses with the same years are told apart
by the question's other words (rag/extractive/pick.py). Smallest inputs, no embedding model."""

from __future__ import annotations

from ingest.figures import parse_figures
from ingest.tables import read_block, tables_to_json
from ingest.types import Chunk
from rag.extractive.pick import pick_figures
from rag.extractive.shapes import answer_by_cells
from rag.extractive.slots import parse
from rag.types import AnswerContext, Passage

SENTENCE = ("Depreciation expense from continuing operations was $12,548 and $12,643 for 2019 and 2018, respectively, of which $9,028 and "
            "$9,189, respectively, related to internal use software costs.")


def _ask(question: str, prose: str):
    reads = read_block(["\t2019\t2018", "Computer equipment\t14,689\t14,058", "Internal use software\t33,351\t31,565"])
    text = "\n".join([reads[0].header_line] + reads[0].lines + [prose])
    chunk = Chunk("c1", "d1", text, "Report", "Pub", "2020", "r.html", 1, 1, None, 0, len(text),
                  tables_json=tables_to_json([reads[0].table]))
    return answer_by_cells(AnswerContext(question, [Passage(chunk, 1.0)]), parse(question), "extractive")


def test_a_sentence_naming_the_row_and_the_measure_the_table_lacks_answers_instead_of_the_row():
    asked = "What was the depreciation expense related to internal use software in 2019 and 2018?"
    assert _ask(asked, SENTENCE) is None  # the sentence path answers
    row = _ask("What was the internal use software in 2019 and 2018?", SENTENCE)
    assert row is not None and row.figure == "33,351 and 31,565"  # the row says all that is asked
    # a sentence giving only a percentage change does not state the amount asked
    pct = "Internal use software depreciation expense increased by 3.6% in 2019 compared to 2018."
    assert _ask(asked, pct) is not None


def test_rival_respectively_clauses_with_the_same_years_are_told_apart_by_the_other_words_asked():
    # the first clause shares four words and both years with the question, the second five words
    q = "What was the depreciation expense from continuing operations in 2019 and 2018 related to internal use software costs?"
    picked = pick_figures(SENTENCE, parse_figures(SENTENCE), parse(q))
    assert [f.text for f in picked] == ["$9,028", "$9,189"]

"""A note's numbered title opening a table's introducing sentence names what the table measures: the introducing
line keeps it, and an answer citing the table covers that measure (slots_covered)."""

import re

from ingest.types import Chunk
from rag.extractive.cited_pages import cited_intros
from rag.extractive.slots import parse_unframed
from rag.extractive.slots_covered import measure_uncovered
from rag.extractive.table_intro_far import intro_lines
from rag.types import Answer, AnswerContext, Citation, Passage

_INTRO = re.compile(r"was as follows", re.I)


def test_a_numbered_note_title_stays_with_the_sentence_it_opens():
    line = "8. Employees. The average number of persons employed was as follows:"
    assert intro_lines(line, _INTRO) == [line]
    assert intro_lines("Note 12 Borrowings. The split was as follows:", _INTRO) == [
        "Note 12 Borrowings. The split was as follows:"]


def test_an_ordinary_earlier_sentence_is_still_left_out():
    assert intro_lines("Headcount rose 5. The average number was as follows:", _INTRO) == [
        "The average number was as follows:"]
    assert intro_lines("8. Employees rose sharply in the year. Staff. The split was as follows:", _INTRO) == [
        "The split was as follows:"]


def _chunk(cid: str, text: str, start: int, tables: str = "") -> Chunk:
    return Chunk(cid, "d", text, "Report", "Pub", "2025", "s", None, None, None, start, start + len(text),
                 tables_json=tables)


def test_an_answer_citing_a_table_covers_the_measure_its_note_title_names():
    rows = _chunk("t", "By function › Sales and marketing — 2019 › Number: 6,300", 0, tables="[]x")
    intro = _chunk("p", "8. Employees. The average number of persons employed was as follows:", 80)
    ctx = AnswerContext("q", [Passage(rows, 1.0), Passage(intro, 0.5)])
    cite = Citation(1, "d", "Report", "Pub", "2025", "s", None, None, "t", rows.text, rows.text)
    answer = Answer("q", "a", None, False, [cite])
    slots = parse_unframed("What was the difference between the number of employees in Operations and in Administration in 2019?")
    texts = [rows.text.lower()]
    assert measure_uncovered(slots, texts) is not None  # 'sales' names revenue, no cell names employees
    assert cited_intros(ctx, answer) == ["8. employees. the average number of persons employed was as follows:"]
    assert measure_uncovered(slots, texts + cited_intros(ctx, answer)) is None

"""A part a sentence gives only as its percent of a whole a table prints is that percent of the table's cell at the
year asked, hedged; a whole the question does not name, or no one cell, gives nothing."""

from ingest.tables import read_grid, tables_to_json
from ingest.types import Chunk
from rag.extractive.share_of_cell import share_of_cell
from rag.types import Passage
from tests.test_extractive import evidence

GRID = [["Fiscal year", "Revenue ($ million)", "Gross profit ($ million)"], ["2023", "5,036", "287"],
        ["2024", "5,889", "324"]]
SAID = "Biosimilars accounted for 14% of 2024 revenue, up from 9% in 2023."


def _ask(question: str, text: str = SAID, grid=GRID):
    ctx, slots, ev = evidence(question, text)
    read = read_grid(grid, None)
    body = "\n".join([read.header_line] + read.lines)
    chunk = Chunk("t1", "d1", body, "Report", "Pub", "2024", "r.html", 2, 1, None, 0, len(body),
                  tables_json=tables_to_json([read.table]))
    ctx.passages.append(Passage(chunk, 0.5, rank=2))
    return share_of_cell(ctx, slots, ev, "extractive")


def test_the_parts_percent_of_the_tables_whole_at_the_year_asked_gives_its_amount_hedged():
    a = _ask("What was revenue from biosimilars in 2024?")
    assert a is not None and a.derivation["op"] == "part_of" and "824.46" in a.answer
    assert a.figure is None and a.answer.startswith("Not certain")  # computed across two passages: hedged


def test_a_whole_the_question_does_not_name_or_no_cell_at_the_year_gives_nothing():
    assert _ask("What was gross profit from biosimilars in 2024?") is None  # the share is of revenue
    assert _ask("What was revenue from biosimilars in 2022?") is None  # no 2022 row
    assert _ask("What share of 2024 revenue came from biosimilars?") is None  # a share asked, not an amount
    assert _ask("What was revenue from oncology in 2024?") is None  # the part the sentence names is another


def test_the_whole_years_cell_is_read_beside_the_years_quarters():
    grid = [["Period", "Orders received", "Revenue"], ["Q1 2024", "118,400", "96,250"], ["Q2 2024", "104,900", "121,780"],
            ["FY 2024", "422,350", "420,730"], ["FY 2023", "398,600", "411,900"]]
    a = _ask("What was the value of international orders received in 2024?",
             "International orders, which accounted for 38% of orders received in 2024, included a large project.", grid)
    assert a is not None and "160,493" in a.answer  # 38% of FY 2024's 422,350, not of a quarter's

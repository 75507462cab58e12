"""Computed answers addressed in tables, session 21 (rag/extractive/computed*.py): years listed with a
bare comma, rows split over chunks, rows named by a shortened label, shares of a total row and
changes of averages. Each on the smallest table, without the embedding model."""

from __future__ import annotations

from ingest.tables import read_grid, tables_to_json
from ingest.types import Chunk
from rag.assistant import check_citations
from rag.extractive.shapes import answer_by_cells
from rag.extractive.slots import parse
from rag.types import AnswerContext, Passage
from tests.test_compute import _ask, _lead  # one table asked, and its computed lead checked


def _chunk(cid: str, text: str, tables_json: str, start: int = 0) -> Chunk:
    return Chunk(cid, "d1", text, "Report", "Pub", "2020", "r.html", 1, 1, None, start, start + len(text),
                 tables_json=tables_json)


def test_years_listed_with_a_bare_comma_are_each_a_year():
    assert parse("What is the average total costs for 2017,2018 and 2019?").years == (2017, 2018, 2019)
    assert parse("What was 12,2018,000 units?").years == ()  # digits grouped, no year
    grid = [["", "2019", "2018", "2017"], ["Total", "8,455", "10,647", "3,631"]]
    assert _lead(_ask("What is the average total costs for 2017,2018 and 2019?", grid)) == "7,577.67"


def test_a_row_named_by_a_shortened_label():
    grid = [["", "30 June 2019", "30 June 2018"], ["Net profit/(loss) after tax", "(9,819)", "6,639"],
            ["Add: finance costs", "54,897", "25,803"], ["EBITDA", "79,046", "63,954"]]
    assert _lead(_ask("What was the difference in net profit between both FYs?", grid)) == "-16,458"
    grid = [["", "2019", "2018"], ["Net profit after tax", "10", "6"], ["Net profit before tax", "12", "8"]]
    assert _ask("What was the change in net profit from 2018 to 2019?", grid) is None  # two rows differ: none


def test_a_row_of_a_table_split_over_chunks_is_read_from_the_chunk_that_writes_it():
    from ingest.tables import read_grid

    grid = [["", "Total", "Less Than 1 Year"], ["Operating leases", "$98,389", "$37,427"],
            ["Capital leases", "50,049", "7,729"], ["Total", "$8,031,229", "$1,125,748"]]
    read = read_grid(grid)
    tables = tables_to_json([read.table])
    first = _chunk("c1", "\n".join([read.header_line] + read.lines[:2]), tables)
    second = _chunk("c2", "\n".join([read.header_line] + read.lines[2:]), tables, start=500)

    class Snap:  # the index snapshot: every chunk, and values derived once
        chunks = [first, second]

        def derived(self, key, make):
            return make()

    question = "What is the percentage of capital leases in the total liabilities?"
    ctx = AnswerContext(question, [Passage(first, 1.0)], snapshot=Snap())
    answer = check_citations(answer_by_cells(ctx, parse(question), "extractive"))
    assert _lead(answer) == "0.62%" and [c.chunk_id for c in answer.citations] == ["c1", "c2"]
    ctx = AnswerContext("What were the operating leases of less than 1 year and the total?", [Passage(first, 1.0)],
                        snapshot=Snap())
    if answer_by_cells(ctx, parse(ctx.question), "extractive") is None:
        assert len(ctx.passages) == 1  # no shape answered: the passages are the ones retrieved


def test_share_of_a_part_in_its_tables_total_row_in_the_column_named():
    grid = [["", "2019", "", "2018", ""], ["", "Amortized cost", "Fair value", "Amortized cost", "Fair value"],
            ["Foreign government obligations", "$129,499", "$126,066", "$73,798", "$73,500"],
            ["U.S. government obligations", "99,700", "97,719", "97,223", "96,000"],
            ["Total", "$229,199", "$223,785", "$171,021", "$169,500"]]
    q = "What percentage of the total amortized cost is made up of foreign government obligations in 2018?"
    a = _ask(q, grid)
    assert _lead(a) == "43.15%" and [o["value"] for o in a.derivation["operands"]] == ["73,798", "171,021"]
    assert _ask("What percentage of the total is made up of government obligations in 2018?", grid) is None  # two parts


def test_the_change_of_an_average_of_one_row_and_of_two_rows():
    grid = [["", "2019", "2018", "2017"], ["Free cash flow", "4,411", "4,044", "3,316"],
            ["Capital additions", "(2,000)", "(1,900)", "(1,800)"]]
    a = _ask("What is the change between 2018 and 2019 average free cash flow?", grid)
    assert _lead(a) == "547.5" and a.derivation["op"] == "average_change"
    assert _lead(_ask("What is the change in the average free cash flow between 2017-2018, and 2018-2019?",
                      grid)) == "547.5"
    grid = [["", "2019", "2018"], ["Defined benefit schemes", "57", "44"], ["Defined contribution schemes", "166", "178"]]
    assert _lead(_ask("What is the difference between 2019 average defined contribution schemes and 2019 average "
                      "defined benefit schemes?", grid)) == "121.5"


def test_a_wrong_change_of_an_average_is_flagged_by_the_checker():
    from rag.compute import recompute

    assert recompute("average_change", ["4,411", "4,044", "4,044", "3,316"], "547.5")
    assert not recompute("average_change", ["4,411", "4,044", "4,044", "3,316"], "548.5")
    assert not recompute("average_change", ["4,411", "4,044", "3,316"], "547.5")  # unequal halves


def _sentence_answer(question, sentence):
    from rag.extractive.computed_text import from_sentence
    from rag.extractive.pick import pick_figures
    from ingest.figures import parse_figures
    from rag.types import Answer, Citation

    chunk = _chunk("c1", sentence, "")
    slots = parse(question)
    figures = pick_figures(sentence, parse_figures(sentence), slots)
    composed = Answer(question=question, answer=f"**{' and '.join(f.text for f in figures)}**. {sentence} [1]",
                      figure=None, abstained=False, backend="extractive",
                      citations=[Citation.from_passage(1, Passage(chunk, 1.0), quote=sentence)])
    return from_sentence(AnswerContext(question, [Passage(chunk, 1.0)]), slots, composed, figures)


def test_a_sentence_giving_each_period_asked_answers_the_total_and_the_change():
    s = "Amounts billed include $60.3 million and $80.5 million due on contracts at September 30, 2019 and 2018, respectively."
    a = _sentence_answer("What is the sum of amounts billed due on contracts in 2018 and 2019?", s)
    assert a is not None and a.figure == "140.8 million" and a.derivation["op"] == "sum"
    assert check_citations(a).unsupported_figures == []  # the checker re-computes it from the cited sentence
    a = _sentence_answer("What was the change in amounts billed due on contracts from 2018 to 2019?", s)
    assert a is not None and a.figure == "-20.2 million"  # the later period less the earlier
    assert _sentence_answer("What were the amounts billed due on contracts in 2018 and 2019?", s) is None  # no operation


def test_how_a_figure_changed_is_answered_with_both_figures_not_computed():
    s = "Their share of newly released models rose from 72% in 2022 to 86% in 2024."
    assert _sentence_answer("How did their share of newly released models change from 2022 to 2024?", s) is None
    assert _sentence_answer("How much did their share of newly released models change from 2022 to 2024?", s).figure == "14%"


def test_when_only_prose_is_retrieved_the_tables_of_its_page_are_read():
    grid = [["", "2019", "2018"], ["Net income", "$53,330", "$21,524"], ["Adjusted EBITDA", "$108,307", "$93,081"]]
    read = read_grid(grid)
    prose = _chunk("c1", "Adjusted EBITDA is not a measure calculated in accordance with GAAP.", "")
    table = _chunk("c2", "\n".join([read.header_line] + read.lines), tables_to_json([read.table]), start=100)

    class Snap:
        chunks = [prose, table]

        def derived(self, key, make):
            return make()

    q = "What was the percentage change in Adjusted EBITDA between 2018 and 2019?"
    ctx = AnswerContext(q, [Passage(prose, 1.0)], snapshot=Snap())
    a = check_citations(answer_by_cells(ctx, parse(q), "extractive"))
    assert _lead(a) == "16.36%" and a.citations[0].chunk_id == "c2"
    ctx = AnswerContext("What was the goodwill in 2019?", [Passage(prose, 1.0)], snapshot=Snap())
    assert answer_by_cells(ctx, parse(ctx.question), "extractive") is None and len(ctx.passages) == 1
    ctx = AnswerContext("What was the Adjusted EBITDA in 2019?", [Passage(prose, 1.0)], snapshot=Snap())
    # a figure for a year reads the page's table too (session 29: a sentence restating the cell at a larger
    # scale, '$148.6 million' for 148,599 thousand, still leads as the prose writes it: prose_figure.restated)
    assert answer_by_cells(ctx, parse(ctx.question), "extractive").figure == "$108,307"

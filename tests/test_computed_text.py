"""Computed answers from one sentence's figures (rag/extractive/computed_text.py): a total asked of
two years whose figures the passage gives unsummed; on the smallest inputs, no model."""

from __future__ import annotations

from dataclasses import replace

from ingest.figures import parse_figures
from rag.extractive.computed_text import from_sentence
from rag.extractive.slots import parse
from rag.types import Answer, AnswerContext, Citation


def _composed(lead: str, sentence: str) -> Answer:
    cite = Citation(n=1, doc_id="r", title="r", publisher="", date="", source="", page=1, section=None,
                    chunk_id="c", text=sentence, quote=sentence)
    return Answer(question="q", answer=f"**{lead}** (2019 and 2018). {sentence} [1]", figure=lead,
                  abstained=False, citations=[cite])


def _dated(sentence: str, years: dict[str, int]):
    return [replace(f, year=years[f.text]) for f in parse_figures(sentence) if f.text in years]


def test_a_total_of_two_years_given_apart_is_their_sum():
    """'the total X in 2019 and 2018', each year's X given and neither called a total: the sum, cited."""
    q = "What was the total repayments of notes in fiscal 2019 and fiscal 2018?"
    s = "Repayments of $2.0 billion of notes during fiscal 2019 and $6.0 billion of notes during fiscal 2018."
    got = from_sentence(AnswerContext(q, []), parse(q), _composed("$2.0 billion and $6.0 billion", s),
                        _dated(s, {"$2.0 billion": 2019, "$6.0 billion": 2018}))
    assert got is not None and got.derivation["op"] == "sum" and got.figure == "8 billion"


def test_figures_the_passage_calls_totals_are_each_years_total():
    """'Total revenue was $5 and $6 ...': each figure is that year's total, so both are the answer."""
    q = "What was the total revenue in 2019 and 2018?"
    s = "Total revenue was $5.0 million and $6.0 million in 2019 and 2018, respectively."
    figures = _dated(s, {"$5.0 million": 2019, "$6.0 million": 2018})
    assert from_sentence(AnswerContext(q, []), parse(q), _composed("$5.0 million and $6.0 million", s), figures) is None


def test_an_average_over_a_range_takes_each_years_figure_the_sentence_dates():
    """'the average X from 2019 to 2021': the middle year's figure too, from the 'respectively' sentence."""
    q = "What was the average total revenue from 2019 to 2021?"
    s = "Total revenue was $1,262.9 million, $856.4 million and $628.0 million in 2021, 2020 and 2019, respectively."
    figures = _dated(s, {"$628.0 million": 2019, "$1,262.9 million": 2021})
    got = from_sentence(AnswerContext(q, []), parse(q), _composed("$628.0 million and $1,262.9 million", s), figures)
    assert got is not None and got.derivation["op"] == "average" and got.figure.startswith("915.77")
    two = "Total revenue was $1,262.9 million and $628.0 million in 2021 and 2019, respectively."
    assert from_sentence(AnswerContext(q, []), parse(q), _composed("$628.0 million and $1,262.9 million", two),
                         _dated(two, {"$628.0 million": 2019, "$1,262.9 million": 2021})) is None  # 2020 not given


def test_a_table_line_of_another_row_dates_no_range_of_figures():
    q = "What was the average total revenue from 2019 to 2021?"
    line = "Annual recurring revenue — 2021: $1,284.6; 2020: $912.3; 2019: $655.8"
    figures = _dated(line, {"$655.8": 2019, "$1,284.6": 2021})
    assert from_sentence(AnswerContext(q, []), parse(q), _composed("$655.8 and $1,284.6", line), figures) is None


def test_the_other_years_figure_of_a_row_line_is_under_the_same_column_header():
    """Two row lines of one table ('Fiscal 2022 — Additions: 19,866' and 'Fiscal 2023 — Additions: $ 36,904'):
    the other year's figure is the one under the same header, currency written on one row only; the header
    mark 'Deductions (1):' is no figure."""
    from rag.extractive.computed_text import _other_year
    one = "Reserves › Fiscal 2022 — Opening: 41,092; Additions: 19,866; Deductions (1): (12,741)"
    two = "Reserves › Fiscal 2023 — Opening: $ 48,217; Additions: $ 36,904; Deductions (1): $ (21,583)"
    answer = Answer(question="q", answer=f"**19,866** (2022). {one} [1] {two} [1]", figure="19,866",
                    abstained=False, citations=[])
    first = replace(next(f for f in parse_figures(one) if f.text == "19,866"), year=2022, unit="count")
    got = _other_year(answer, first, [2023, 2022])
    assert [f.text for f in got] == ["$ 36,904"] and got[0].unit == "count"
    assert not any(f.text == "1" for f in got)


def test_how_many_times_the_asks_a_multiple_not_occasions():
    from rag.extractive.computed_text import _TIMES_THE
    assert _TIMES_THE.search("How many times the 2024 shipments are 2030 shipments expected to be?")
    assert not _TIMES_THE.search("How many times did the board meet in 2019 and 2018?")


def test_a_multiple_of_two_amounts_has_no_scale():
    """'how many times larger': 74.0 billion / 28.4 billion is 2.61x, not '2.61x billion'."""
    q = "How many times larger is the market expected to be in 2030 than in 2024?"
    s = "The market grows from USD 28.4 billion in 2024 to USD 74.0 billion in 2030."
    got = from_sentence(AnswerContext(q, []), parse(q), _composed("USD 28.4 billion and USD 74.0 billion", s),
                        _dated(s, {"USD 28.4 billion": 2024, "USD 74.0 billion": 2030}))
    assert got is not None and got.figure == "2.61x"


def test_a_row_lines_figures_carry_their_cells_and_a_column_beside_the_one_asked_hedges():
    """'Total — 2023 › Deals: 280; ... 2024 › Deals: 285': the operands are the Deals cells, beside the
    'Disclosed value' column of the same periods the question names: the computed change is not certain."""
    from ingest.tables import SEP, read_grid, tables_to_json
    from ingest.types import Chunk
    from rag.extractive.operand_address import operand_unaddressed
    from rag.types import Passage
    grid = [["", "2023", "", "2024", ""], ["", "Deals", "Disclosed value", "Deals", "Disclosed value"],
            ["Total", "280", "50.5", "285", "61.9"]]
    line = "Total — 2023 › Deals: 280; 2023 › Disclosed value: 50.5; 2024 › Deals: 285; 2024 › Disclosed value: 61.9"
    chunk = Chunk("c", "r", line, "Report", "Pub", "2024", "r.html", 1, 1, None, 0, len(line),
                  tables_json=tables_to_json([read_grid(grid).table]))
    q = "What was the change in total disclosed value from 2023 to 2024?"
    ctx = AnswerContext(q, [Passage(chunk, 1.0)])
    got = from_sentence(ctx, parse(q), _composed("285", line), _dated(line, {"285": 2024, "280": 2023}))
    assert got is not None and [(o["row"], o["column"]) for o in got.derivation["operands"]] == \
        [("Total", f"2024{SEP}Deals"), ("Total", f"2023{SEP}Deals")]
    assert "Disclosed value" in (operand_unaddressed(ctx, got) or "")

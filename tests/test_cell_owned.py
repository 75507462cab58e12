"""A bold cell lead the table does not own: another year than asked, a repeated row label (cell_owned.py)."""

from __future__ import annotations

from ingest.tables import read_grid, tables_to_json
from ingest.types import Chunk
from rag.extractive.cell_owned import repeated_row_led, year_other_led
from rag.types import Answer, AnswerContext, Citation, Passage

TAX = [["", "2019", "2018"],
       ["Deferred tax assets", "", ""],
       ["Investments", "—", "1,122"],
       ["Deferred tax liabilities", "", ""],
       ["Investments", "(1,892)", "(1,015)"]]


def _led(question: str, shown: str, grid=TAX) -> str | None:
    read = read_grid(grid, "(in thousands)")
    text = "\n".join([read.header_line] + read.lines)
    chunk = Chunk("c1", "d1", text, "Report", "Pub", "2020", "r.html", 1, 1, None, 0, len(text),
                  tables_json=tables_to_json([read.table]))
    ctx = AnswerContext(question, [Passage(chunk, 1.0)])
    cite = Citation(1, "d1", "Report", "Pub", "2020", "r.html", 1, None, "c1", text, text)
    return repeated_row_led(ctx, Answer(question, shown, None, False, [cite]))


def test_a_lead_dated_another_year_than_the_one_asked_is_not_owned():
    shown = "**88.5** (2019). Member aged 45 — 2019 › Men: 88.5; 2018 › Men: 89.0"
    assert "2018" in year_other_led("What was the life expectancy of a member aged 45 in 2018?", shown)


def test_the_year_asked_or_several_years_or_none_leave_the_lead():
    shown = "**88.5** (2019). Member aged 45 — 2019 › Men: 88.5; 2018 › Men: 89.0"
    assert year_other_led("What was the life expectancy of a member aged 45 in 2019?", shown) is None
    assert year_other_led("What was the change in life expectancy from 2018 to 2019?", shown) is None
    assert year_other_led("What was the life expectancy of a member aged 45?", shown) is None
    assert year_other_led("What was it in 2018?", "**88.5** million in revenue") is None


def test_a_row_label_repeated_under_another_heading_is_not_owned():
    shown = "**1,122** (2018). Deferred tax assets › Investments — 2019: —; 2018: 1,122"
    assert "Investments" in _led("What was the Investments in 2018?", shown)


def test_the_heading_named_or_one_row_or_equal_figures_leave_the_lead():
    shown = "**1,122** (2018). Deferred tax assets › Investments — 2019: —; 2018: 1,122"
    assert _led("What were the investments among deferred tax assets in 2018?", shown) is None
    single = TAX[:3]
    assert _led("What was the Investments in 2018?", shown, single) is None
    same = TAX[:4] + [["Investments", "—", "1,122"]]
    assert _led("What was the Investments in 2018?", shown, same) is None


def test_a_sentence_figure_tagged_with_another_year_is_left_alone():
    shown = "**1.37 billion** (2020). It is projected the population will reach 1.37 billion by 2029."
    assert year_other_led("What population is projected for 2029?", shown) is None


def test_a_lead_from_a_change_column_tagged_with_a_year_is_left_alone():
    shown = "**1.6%** (2018). Total revenues — Q4 2019: 6,316; Q4 2018: 6,215; % CHANGE: 1.6%"
    assert year_other_led("What is the percentage change in revenues in 2019?", shown) is None


def test_the_plain_heading_read_or_a_period_heading_leave_the_lead():
    grid = [["", "2018", "2017"], ["Revenue", "", ""], ["Software", "$9,441", "$10,949"],
            ["Cost of revenue", "", ""], ["Software", "2,322", "2,918"]]
    shown = "**$9,441** (2018). Revenue › Software — 2018: $9,441; 2017: $10,949"
    assert _led("What was the Software revenue in 2018?", shown, grid) is None
    dated = [["", "Gross", "Net"], ["December 31, 2019", "", ""], ["Total", "19,731", "19,493"],
             ["December 31, 2018", "", ""], ["Total", "15,568", "15,400"]]
    shown = "**19,731** (2019). December 31, 2019 › Total — Gross: 19,731; Net: 19,493"
    assert _led("What was the total gross in 2019?", shown, dated) is None

"""Bold leads that answer another thing than asked (session 45): a change's amount for a level, the excluded item's
row, an amount for words asked, a measure for a count. Smallest inputs, no model."""

from __future__ import annotations

from rag.extractive.computed_doubt import change_for_level
from rag.extractive.count_led import count_not_led
from rag.extractive.operand_period import mean_over_periods
from rag.extractive.excluded_led import excluded_asked, excluded_led, lead_labels
from rag.extractive.lead_doubt import quantity_without_figure
from rag.extractive.words_led import amount_for_words, period_unnamed, words_kind
from rag.types import Answer, Citation


def _answer(text: str, quote: str = "", figure: str | None = None) -> Answer:
    cite = Citation(n=1, doc_id="r", title="r", publisher="", date="", source="", page=1, section=None,
                    chunk_id="c", text=quote, quote=quote)
    return Answer(question="q", answer=text, figure=figure, abstained=False, citations=[cite] if quote else [])


def test_a_change_amount_led_for_a_level_is_doubted():
    s = "Segment operating income increased $27.1 million compared with 2018, due to higher volume."
    led = _answer(f"**$27.1 million** (2018). {s} [1]", s)
    assert change_for_level("What was segment operating income in 2018?", led)
    s = "Mobile revenue increased as we added approximately 96,000 mobile lines in 2023, ending with 312,000."
    assert change_for_level("How many mobile lines did the company have at the beginning of 2023?",
                            _answer(f"**96,000** (2023). {s} [1]", s))
    # a change asked, or a level the sentence writes as the change's end: the lead may answer
    assert change_for_level("By how much did segment operating income increase in 2018?", led) is None
    assert change_for_level("What has happened to segment operating income?", led) is None
    s = "The store network grew to 230 with three new openings."
    assert change_for_level("What is the number of stores in F19?", _answer(f"**230**. {s} [1]", s)) is None


def test_the_row_of_the_excluded_item_is_doubted():
    assert excluded_asked("What were the non-cash movements in lease liabilities other than new leases?") == "new leases"
    assert excluded_asked("Excluding inventory movements and by-product credits, how many costs rose?") \
        == "inventory movements and by-product credits"
    text = ("**(227)** (2018). Lease liabilities — At 1 April 2018: (812); Cash flow: 148; "
            "New leases and other non-cash: (227); At 31 March 2019: (891) [1]")
    assert lead_labels(_answer(text)) == ("Lease liabilities", "New leases and other non-cash")
    assert excluded_led("What were the non-cash movements in lease liabilities other than new leases?", _answer(text))
    # the remainder's own row ('Revenue excluding new leases') and another row answer
    remainder = "**540** (2018). Revenue excluding new leases — 2018: 540; 2017: 500 [1]"
    assert excluded_led("What was revenue other than new leases in 2018?", _answer(remainder)) is None
    other = "**148** (2018). Lease liabilities — Cash flow: 148 [1]"
    assert excluded_led("What were the movements in lease liabilities other than new leases?", _answer(other)) is None


def test_an_amount_read_from_a_row_for_words_asked_is_doubted():
    assert words_kind("What did restructuring costs in 2022 primarily relate to?") == "relation"
    assert words_kind("What was the increase in total production in 2019 primarily due to?") == "reason"
    assert words_kind("When was the dividend for fiscal year 2018 paid?") == "when"
    assert words_kind("When tasks exceed 5 steps, how much does accuracy drop?") is None
    row = _answer("**61.3 million** (2022). Adjustments › Restructuring costs — 2023: 22.5; 2022: 61.3 [1]")
    assert amount_for_words("What did restructuring costs in 2022 primarily relate to?", row)
    assert amount_for_words("What was restructuring costs in 2022?", row) is None
    dated = _answer("**May 2019** (2018). 2018 — Payment dates: May 2019 [1]")
    assert amount_for_words("When was the dividend for fiscal year 2018 paid?", dated) is None
    # a sentence's figure may stand inside the words asked
    said = _answer("**20%** (2020). Salaries in FY21 reflect the voluntary 20% reduction in base salary. [1]")
    assert amount_for_words("What do salaries in FY21 reflect?", said) is None


def test_a_count_led_by_a_measure_is_doubted():
    assert count_not_led("How many sectors had an occupancy above 95%?", "**100.0** (2023). Healthcare — ...")
    assert count_not_led("How many product lines had a revenue decline of more than 10%?",
                         "**96,000** (2023), **$ 4,024.5** (2023). ...")
    assert count_not_led("How many cost components increased from FY2023 to FY2024?", "**(7) and (12)**. ...")
    assert count_not_led("How many sectors had an occupancy above 95%?", "**3**. Healthcare, Office, Retail") is None
    # a count in a scale, several counts of several years: counts still
    assert count_not_led("How many subscribers (in millions) did X have in 2019?", "**12.5** (2019)") is None
    assert count_not_led("How many employees were there in 2019 and 2018?", "**1,200** and **1,100**") is None
    assert count_not_led("How many times larger was A than B?", "**2.5**") is None


def test_a_period_asked_led_by_no_period_is_doubted():
    q = "In which fiscal year were additions charged to the allowance for credit losses the lowest?"
    assert period_unnamed(q, "**Deductions (1)** (453). Allowance › Fiscal 2021 — Deductions (1): 453")
    assert period_unnamed(q, "**Fiscal 2022**. Allowance › Fiscal 2022 — Additions: 418") is None
    assert period_unnamed("In which quarter was churn lowest?", "**Q3**") is None
    assert period_unnamed("Which year had the higher revenue, and how much was it?", "**$5 million**") is None


def test_a_share_asked_led_by_a_long_phrase_is_doubted():
    q = "What proportion of the 2022 impairment of assets related to legacy copper network assets?"
    phrase = _answer("**assets in rural Ohio and Kentucky and a $14.4 million write-down of certain spectrum licenses**.")
    assert quantity_without_figure(q, phrase)
    assert quantity_without_figure(q, _answer("**87.9%** of the impairment.")) is None


PAY = [["CHF thousands", "2021", "2020"],
       ["Base salary", "6,200", "6,100"],
       ["Total remuneration", "14,807", "13,020"]]


def _cells(question: str, grid=PAY):
    from ingest.tables import read_grid, tables_to_json
    from ingest.types import Chunk
    from rag.extractive.shapes import answer_by_cells
    from rag.extractive.slots import parse
    from rag.types import AnswerContext, Passage
    read = read_grid(grid, "")
    text = "\n".join([read.header_line] + read.lines)
    chunk = Chunk("c1", "d1", text, "Report", "Pub", "2021", "r.html", 1, 1, None, 0, len(text),
                  tables_json=tables_to_json([read.table]))
    return answer_by_cells(AnswerContext(question, [Passage(chunk, 1.0)]), parse(question), "extractive")


def test_a_mean_of_period_columns_for_an_average_per_thing_is_doubted():
    """Columns of a table are periods: an average per member is one period's amount over a count, never the mean
    of two period columns' cells."""
    per = _cells("What was the average total remuneration per member in 2021?")
    assert per is not None and per.derivation["op"] == "average"  # the two years' cells averaged
    assert mean_over_periods("What was the average total remuneration per member in 2021?", per)
    fake = _answer("**13,913.5** — average: (14,807 + 13,020) / 2 = 13,913.5. From Total remuneration (2021): 14,807 "
                   "[1]; Total remuneration (2020): 13,020 [1].")
    fake.derivation = {"op": "average"}
    assert mean_over_periods("What was the average total remuneration per member in 2021?", fake)
    # a mean over years asked ('the 2021 average'), or one period's cells: no doubt
    assert mean_over_periods("What was the 2021 average total remuneration?", fake) is None
    one = _answer("**10,503.5** — average: (14,807 + 6,200) / 2. From Total remuneration (2021): 14,807 [1]; "
                  "Base salary (2021): 6,200 [1].")
    one.derivation = {"op": "average"}
    assert mean_over_periods("What was the average pay per item of Total remuneration and Base salary in 2021?", one) is None

"""A bold row figure is hedged when a word the question asks about is said nowhere on its table or page."""

from types import SimpleNamespace

from rag.extractive.row_unsaid import UNSAID_WHY, asked_words, row_word_unsaid, unsaid_word
from rag.types import Answer

ROW = "Food Care — 2019: $ 1,997.8; 2018: $ 1,914.4"


def _ctx(question: str, text: str) -> SimpleNamespace:
    chunk = SimpleNamespace(text=text, tables_json=None, doc_id="d", page=1, chunk_id="c", char_start=0)
    return SimpleNamespace(question=question, passages=[SimpleNamespace(chunk=chunk)], snapshot=None)


def test_asked_words_leave_periods_units_and_framing():
    assert asked_words("How many years did net sales exceed $200,000 thousand in fiscal 2019?") == {"sale"}


def test_a_word_said_nowhere_is_unsaid():
    assert unsaid_word("What is the unrevised value of Food Care for 2018?", ROW) == "unrevised"


def test_forms_misprints_and_same_meanings_are_said():
    assert unsaid_word("What is the value of work-in-process inventory?", "Inventories › Work-in-process — 2019: 2") is None
    assert unsaid_word("What is the Adjusted EBITDA margin?", "Adjusted EBITA margin — 2019: 4.7 %") is None
    assert unsaid_word("What is the life expectancy for a male member?", "Member (life expectancy) — 2019 › Men: 86.8") is None


def test_bold_row_figure_hedged_only_when_unsaid():
    answer = Answer(question="q", answer=f"**$1,914.4 million** (2018). {ROW}", figure="$1,914.4 million", abstained=False, citations=[], shape="figure")
    why = row_word_unsaid(_ctx("What is the unrevised value of Food Care for 2018?", ROW), answer)
    assert why == UNSAID_WHY.format(word="unrevised")
    assert row_word_unsaid(_ctx("What is the value of Food Care for 2018?", ROW), answer) is None
    assert row_word_unsaid(_ctx("What is the unrevised value of Food Care?", ROW + " unrevised"), answer) is None


def _table_ctx(question: str):
    from tests.test_shapes import _ctx as table_ctx
    grid = [["Unit: RMB 100 million", "", "", ""], ["", "2023", "2024", "2030E"],
            ["Global total", "142.0", "218.7", "2,910.5"], ["China share of global", "19.4%", "23.8%", "38.8%"]]
    return table_ctx(question, grid, None)


def _read(column: str, lead: str = "2,910.5 (100 million RMB)") -> Answer:
    row = "Global total — 2023: 142.0; 2024: 218.7; 2030E: 2,910.5"
    return Answer(question="q", answer=f"**{lead}** ({column}). {row}", figure=lead, abstained=False, citations=[], shape="figure")


def test_a_forecast_column_says_forecast_words():
    q = "What is the global total forecast for 2030?"
    assert row_word_unsaid(_table_ctx(q), _read("2030E")) is None
    assert row_word_unsaid(_table_ctx(q), _read("2024")) == UNSAID_WHY.format(word="forecast")


def test_an_amount_in_a_currency_says_the_size_of_a_market():
    assert row_word_unsaid(_table_ctx("How large was the global total in 2024?"), _read("2024")) is None
    assert row_word_unsaid(_table_ctx("What was the global total market size in 2024?"), _read("2024")) is None
    # 'market' without a size word asks something else (a market value, a market's share)
    assert row_word_unsaid(_table_ctx("What was the global total market in 2024?"), _read("2024")) == UNSAID_WHY.format(word="market")
    assert row_word_unsaid(_table_ctx("How large was the global total in 2024?"), _read("2024", "23.8%")) == UNSAID_WHY.format(word="large")


def test_a_verb_is_said_by_its_noun():
    assert unsaid_word("How many tablets did Lenmark ship in Q3 2024?", "Tablet shipments — Lenmark: 498") is None
    assert unsaid_word("How many aircraft were delivered by the segment?", "Aircraft deliveries — 2024: 5") is None
    assert unsaid_word("How many tablets did Lenmark shop?", "Tablet shipments — Lenmark: 498") == "shop"


def test_booking_verbs_and_holdings_frame_the_row():
    assert unsaid_word("How much new business was written in Casualty?", "Casualty — New business: 164") is None
    assert unsaid_word("How many downgrades were recorded in Chemicals?", "Chemicals — Downgrades: 8") is None
    assert unsaid_word("What was the market value of infrastructure holdings?", "Infrastructure — Market value: 512.8") is None

"""The currency codes and marks every reader uses are derived from ingest.figures.CURRENCIES, as they were written."""

from ingest.figures import CANONICAL_CODES, CURRENCY_CODES, CURRENCY_MARK, DOLLAR_SIGN, OTHER_DOLLARS
from rag.extractive.lead_owned import unit_other
from rag.extractive.rows import _CURRENCY_NOTE
from rag.extractive.question_names import _IN_CURRENCY


def test_marks_and_codes_derive_from_one_table():
    # a bare '$' only where no other dollar's mark ('S$', 'HK$') stands before it (tests/test_dollar_sign.py)
    # another dollar's mark ('S$', 'A$') is money in that dollar, read from the same table (OTHER_DOLLARS)
    others = "|".join(rf"\b{p}\$" for p in OTHER_DOLLARS if p != "HK")
    assert CURRENCY_MARK == r"US\$|HK\$|" + others + "|USD|RMB|CNY|EUR|HKD|GBP|JPY|KRW|INR|" + DOLLAR_SIGN + "|[¥€£₩₹]"
    assert set(CURRENCY_CODES) == {"USD", "RMB", "CNY", "EUR", "HKD", "GBP", "JPY", "KRW", "INR"}
    assert set(CANONICAL_CODES) == set(CURRENCY_CODES) - {"CNY"}  # 'CNY' is read as 'RMB'


def test_row_note_names_a_canonical_code_and_a_question_any_code():
    assert _CURRENCY_NOTE.search("Free cash flow — 2019: 4,411; 2018: 4,044 (EUR millions)").group(1) == "EUR"
    assert _CURRENCY_NOTE.search("Sales — 2019: 1; 2018: 2 (CNY millions)") is None
    assert _IN_CURRENCY.sub(" ", "revenue in CNY 100 million") == "revenue in   100 million"


def test_plural_currency_words_are_units_in_parentheses():
    assert unit_other("What was revenue (yen)?", "Revenue (tonnes) 12") is not None
    assert unit_other("What was revenue (pounds)?", "Revenue (euros) 12") is not None
    assert unit_other("What was revenue (yen)?", "Revenue 12") is None  # the evidence states no unit

"""maturity_columns: columns that are maturity buckets say when each figure falls due."""

from rag.extractive.maturity_columns import maturity_words
from rag.extractive.row_unsaid import unsaid_word


def test_maturity_buckets_say_due():
    cols = ["Within one year", "Between one and five years", "After five years", "Total"]
    assert "due" in maturity_words(cols).split()
    assert "due" in maturity_words(["Less than 1 year", "1-3 years", "More than 5 years"]).split()
    said = "Lease liabilities — After five years: 900 " + maturity_words(cols)
    assert unsaid_word("What were the lease liabilities due after five years?", said) is None


def test_year_columns_are_no_buckets():
    assert maturity_words(["2019", "2018"]) == ""
    assert maturity_words(["Within one year", "2018"]) == ""  # one bucket alone is no maturity table


def test_due_is_unsaid_without_buckets():
    assert unsaid_word("What were the lease liabilities due after five years?", "Lease liabilities — After five years: 900") == "due"


def test_years_closed_by_thereafter_are_a_schedule():
    assert "due" in maturity_words(["2024", "2025", "2026", "Thereafter", "Total lease payments"]).split()
    assert maturity_words(["2024", "Thereafter"]) == ""  # one year: no schedule

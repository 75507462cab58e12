"""'Due after <the schedule's last year>' reads the bucket closing the schedule ('Thereafter'), in a maturity table
whose years are rows or columns (rag/extractive/after_last.py). Built tables, no embedding model."""

from __future__ import annotations

from ingest.tables import read_grid
from rag.extractive.after_last import after_last
from tests.test_compute import _ask, _lead

_ROWS = [["", "Operating leases", "Finance leases", "Total"], ["Fiscal 2025", "14,862", "1,284", "16,146"],
         ["Fiscal 2026", "13,905", "1,196", "15,101"], ["Fiscal 2027", "12,418", "1,041", "13,459"],
         ["Thereafter", "31,604", "208", "31,812"], ["Total lease payments", "72,789", "3,729", "76,518"]]
_COLUMNS = [["", "Total", "2025", "2026", "2027", "Thereafter"], ["Long-term debt", "1,000", "100", "200", "300", "400"],
            ["Operating leases", "500", "50", "60", "70", "320"]]


def test_after_the_last_year_names_the_closing_bucket_only():
    table = read_grid(_COLUMNS).table
    assert after_last("What is due after 2027?", [(0, table)]) == ("What is due thereafter?", 2027)
    assert after_last("What is due after 2026?", [(0, table)]) is None  # not the schedule's last year
    assert after_last("What changed from 2025 to 2027?", [(0, table)]) is None
    no_bucket = read_grid([r[:-1] for r in _COLUMNS]).table
    assert after_last("What is due after 2027?", [(0, no_bucket)]) is None


def test_a_share_due_after_the_last_year_of_a_schedule_in_rows():
    a = _ask("What proportion of total operating lease payments is due after Fiscal 2027?", _ROWS)
    assert _lead(a) == "43.42%"  # 31,604 / 72,789, not 2027's 12,418


def test_an_amount_and_a_share_due_after_the_last_year_of_a_schedule_in_columns():
    a = _ask("What were the long-term debt payments due after 2027?", _COLUMNS)
    assert a is not None and a.answer.startswith("**400**")
    assert _lead(_ask("What proportion of long-term debt is due after 2027?", _COLUMNS)) == "40%"

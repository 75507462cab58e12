"""A table whose columns are maturity buckets ('Within one year | Between one and five years | After five years') says
when each figure falls due: its columns say 'due', 'payable' and 'maturity' though no cell writes those words."""

from __future__ import annotations

import re

_NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)"
# a span of time from the balance-sheet date: 'within one year', 'after five years', '1-5 years', 'less than 12 months'
MATURITY_COLUMN = re.compile(
    rf"\b(?:within|after|over|beyond|later than|not later than|less than|more than|between {_NUM} and|in the)\s+"
    rf"(?:{_NUM}\s+)?(?:years?|months?)\b|\b{_NUM}\s?(?:-|–|to)\s?{_NUM}\s+(?:years?|months?)\b", re.I)
MATURITY_WORDS = "due payable maturity maturities maturing payments"
# the bucket closing a schedule of years ('2024 | ... | 2028 | Thereafter'): the years before it are maturities too
_AFTER_LAST = re.compile(r"^\s*(?:thereafter|later years?|after that|beyond)\b", re.I)
_YEAR = re.compile(r"^\s*(?:FY\s*)?(?:19|20)\d{2}\s*$", re.I)


def maturity_words(columns: list[str]) -> str:
    """MATURITY_WORDS when at least two of `columns` are maturity buckets, or years closed by a 'Thereafter' column
    (a schedule of payments by year), else ''."""
    buckets = sum(bool(MATURITY_COLUMN.search(c)) for c in columns)
    schedule = any(_AFTER_LAST.match(c) for c in columns) and sum(bool(_YEAR.match(c)) for c in columns) >= 2
    return MATURITY_WORDS if buckets >= 2 or schedule else ""

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


def maturity_words(columns: list[str]) -> str:
    """MATURITY_WORDS when at least two of `columns` are maturity buckets, else ''."""
    return MATURITY_WORDS if sum(bool(MATURITY_COLUMN.search(c)) for c in columns) >= 2 else ""

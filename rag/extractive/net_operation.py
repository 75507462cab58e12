"""'Net' said of an operation ('the net difference in sales of systems', 'the net change in X') qualifies
what is computed, not the row: it is left out of the words that name a row, so 'Net sales' does not
outrank 'Systems'. A 'net' said elsewhere in the question ('the change in net sales') still names. The unit a
change is asked in ('by how many percentage points', 'basis points') is the computation's too, no row's word."""

from __future__ import annotations

import re

_NET_OF_OPERATION = re.compile(r"\bnet\s+(?=(?:difference|change|increase|decrease|movement)s?\b)", re.I)


_POINTS_UNIT = re.compile(r"\b(?:percentage|basis)[\s-]+points?\b", re.I)


def without_operation_net(phrase: str) -> str:
    """`phrase` with every 'net' that stands before an operation word, and the points a change is asked in, taken out."""
    return _POINTS_UNIT.sub(" ", _NET_OF_OPERATION.sub("", phrase))

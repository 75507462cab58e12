"""An average per thing computed as the mean of several periods' cells: no bold.

'The average total remuneration per member in 2021' asks one year's amount over the number of members; the mean
of the 2021 and 2020 totals is another quantity (a mean over years, which TAT-style 'the 2019 average X' asks, but
a 'per member' never does).
"""

from __future__ import annotations

import re

from ..types import Answer

_YEAR = re.compile(r"(?<!\d)(?:19|20)(\d{2})(?!\d)")
_PER = re.compile(r"\baverage\b.*\bper\s+(?!cent\b|share\b|unit\b)[a-z]", re.I)
# an operand's column, in the brackets closing its label: 'Total remuneration (2021, Executive Committee total1): 14,807'
_COLUMN = re.compile(r"\(([^()]*)\)\s*:")
AVERAGE_PERIODS_WHY = "an average per thing is asked, and the figure is the mean of {n} periods' cells"


def mean_over_periods(question: str, answer: Answer) -> str | None:
    """AVERAGE_PERIODS_WHY when the question asks an average per thing ('per member', 'per store') and the answer averages
    cells of two or more periods (their columns name different years); else None."""
    d = answer.derivation
    if answer.abstained or d is None or d.get("op") != "average" or not _PER.search(question):
        return None
    years = {y for col in _COLUMN.findall(answer.answer or "") for y in _YEAR.findall(col)}
    return AVERAGE_PERIODS_WHY.format(n=len(years)) if len(years) > 1 else None

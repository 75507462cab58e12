"""A figure read from a chart's data labels is weaker evidence than a sentence: no bold.

A chart reaches the text as bare number lines under a unit line (ingest/charts.py rebuilds them into
'<title>: <value> in <year>; ...'), and a chart's unit line is the part extraction most often gets
wrong (a series in 100 millions under 'Unit: Billion'). The label a chart gives (which year peaked)
holds whatever the unit; a figure it gives is answered without bold, saying where it comes from.
"""

from __future__ import annotations

import re

from ingest.charts import is_chart_line

from ..types import Answer, bold_lead
from .chart_rate import labelled_rate
from .features import Evidence

WHY = "the figure is read from a chart's data labels, whose unit the extracted text can get wrong; check it against the prose"
_DIGIT = re.compile(r"\d")


def chart_figure(answer: Answer, best: Evidence) -> str | None:
    """WHY when the answer's bold lead is a figure and its evidence is a chart's data-label line (not a rate
    the passage prints as a label with its own unit)."""
    lead = bold_lead(answer.answer)
    if lead is None or not _DIGIT.search(lead) or not is_chart_line(best.text):
        return None
    passages = answer.passages
    if best.passage_index < len(passages) and labelled_rate(lead, passages[best.passage_index].chunk.text):
        return None  # a rate label printed with its own unit ('CAGR 44.9%'): no unit line was read
    return WHY

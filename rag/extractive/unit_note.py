"""A table's or chart's unit note ('Unit: 100 million yuan', '(100 million yuan)') states the scale its
figures are written in: its number is a scale, never an amount (facts.py drops the first kind as a figure;
the gate `unit_note_only` refuses a lead that is only the second)."""

from __future__ import annotations

import re

from ingest.figures import Figure

# 'Unit: 100 million yuan', 'Units: RMB 100 million', '(unit: 10,000 tons', '单位：100万元'
_NOTE = re.compile(r"(?:\bunits?|单位)\s*[:：]\s*(?:(?:RMB|USD|US\$|\$|¥|€|£)\s*)?$", re.I)


def is_unit_note(text: str, figure: Figure) -> bool:
    """Whether `figure` of sentence `text` is the number of a unit note ('Unit: 100 million yuan')."""
    return _NOTE.search(text[:figure.start]) is not None


def is_bracket_unit_note(text: str, figure: Figure) -> bool:
    """`figure` fills a bracket by itself and is a power of ten with a scale ('(100 million yuan)',
    '(USD 1 billion)'): the unit a chart's or table's values are in, not a value."""
    inside = text[:figure.start].rstrip().endswith("(") and text[figure.end:].lstrip().startswith(")")
    n = figure.number
    return inside and n >= 1 and float(n).is_integer() and str(int(n)).strip("0") == "1" and figure.value != figure.number

"""A table's or chart's unit note ('Unit: 100 million yuan', '单位: 亿元') states the scale its
figures are written in: the number in it is a scale, never a measured amount, so it is no figure
of the sentence (facts.py drops it as it drops a version number)."""

from __future__ import annotations

import re

from ingest.figures import Figure

# 'Unit: 100 million yuan', 'Units: RMB 100 million', '(unit: 10,000 tons', '单位：100万元'
_NOTE = re.compile(r"(?:\bunits?|单位)\s*[:：]\s*(?:(?:RMB|USD|US\$|\$|¥|€|£)\s*)?$", re.I)


def is_unit_note(text: str, figure: Figure) -> bool:
    """Whether `figure` of sentence `text` is the number of a unit note ('Unit: 100 million yuan')."""
    return _NOTE.search(text[:figure.start]) is not None

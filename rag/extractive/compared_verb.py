"""Two things compared by a verb: 'by how much did A exceed / outpace B' asks A - B, 'by how much does B trail / lag
(behind) / fall short of A' asks A - B too (the subject is the smaller), in the unit of the two figures. The second
side may be 'that of' / 'those to' the thing ('exports to the US exceed those to the EU'): the words say which."""

from __future__ import annotations

import re

# 'by how much', 'by how far', 'by how many' and its unit in up to three words ('percentage points', 'MW'), then the
# verb's auxiliary
_BY_HOW = (r"\bby how (?:much|far|many(?:\s+[\w%/$€£.-]+){1,3}?)\s+"
           r"(?:did|does|do|is|was|are|were|has|have|will|would)\s+(?:the\s+)?")
_THAT_OF = r"(?:(?:that|those)(?:\s+(?:of|to|in|for|from|at|on|among|across|within|under|with|by))?\s+)?(?:the\s+)?"
EXCEEDS = re.compile(_BY_HOW + r"(?P<a>.+?)\s+(?:exceed|outpace|outstrip|surpass|outperform|outgrow|top|beat|lead)"
                     r"(?:s|ed|ped)?\s+" + _THAT_OF + r"(?P<b>.+?)\s*\??\s*$", re.I)
TRAILS = re.compile(_BY_HOW + r"(?P<b>.+?)\s+(?:trail(?:s|ed)?|lag(?:s|ged)?(?:\s+behind)?|fall(?:s|en)?\s+(?:short\s+of|behind)|"
                    r"fell\s+(?:short\s+of|behind)|underperform(?:s|ed)?)\s+" + _THAT_OF + r"(?P<a>.+?)\s*\??\s*$", re.I)


def verb_sides(question: str) -> tuple[str, str] | None:
    """The larger side A and the smaller side B of 'by how much did A exceed B' / 'does B trail A' (A - B asked)."""
    m = EXCEEDS.search(question) or TRAILS.search(question)
    return (m.group("a"), m.group("b")) if m else None

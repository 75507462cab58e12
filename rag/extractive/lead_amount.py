"""'How much data did X generate?' asks a quantity of a thing; a percentage is a share or a rate of
something, not that quantity, so it is no bold lead unless the question asks a change ('how much did
it grow') or a part ('how much of the revenue'), where a percentage answers."""

from __future__ import annotations

import re

from ingest.figures import Figure

# 'how much data', 'how much money': a thing's quantity asked by its noun, not a part ('how much of'), a comparison
# ('how much shorter') or a verb's ('how much did it cut')
_HOW_MUCH = re.compile(r"\bhow\s+much\s+(?!(?:of|more|less|[a-z]+er|is|was|are|were|did|does|do|has|have|had|will|would|can|could)\b)[a-z]", re.I)
# a change, a share or a rate asked: a percentage answers it
_RELATIVE = re.compile(r"\b(?:grow|grew|grown|growth|rise|rose|risen|increas\w*|decreas\w*|declin\w*|fall|fell|fallen|"
                       r"drop\w*|chang\w*|up|down|share|percent\w*|proportion|rate|ratio|margin|cagr|yoy|penetrat\w*|coverage|adoption|%)", re.I)
SHARE_WHY = "the question asks a quantity and the lead is a percentage, a share or rate of something"


def share_for_amount(question: str, figures: list[Figure]) -> str | None:
    """SHARE_WHY when 'how much <thing>' is led only by percentages and the question asks no change, share or rate."""
    if not figures or not _HOW_MUCH.search(question) or _RELATIVE.search(question):
        return None
    return SHARE_WHY if all(f.unit == "percent" for f in figures) else None

"""A change asked in points (the difference of two rates) led by a percent growth (a relative change): the
passage gives another measure than the one asked, so the lead is shown without bold."""

from __future__ import annotations

import re

from ingest.figures import Figure, parse_figures

from .slots import Slots

# a percent said as a growth: 'increasing nominally by 4.7%', 'grew by 6.1%', 'up 5%', '5% increase', '5% YoY'
_GROWTH_BEFORE = re.compile(r"(?:\b(?:increas|grow|grew|rose|rise|rising|climb|jump|surg|declin|decreas|fell|fall|"
                            r"drop)\w*(?:\s+\w+){0,2}\s+by|\bup|\bdown)\s+(?:about|around|nearly|over|approximately|"
                            r"roughly|some)?\s*$", re.I)
_GROWTH_AFTER = re.compile(r"^\s*(?:increase|growth|rise|decline|decrease|drop|YoY|year[- ]on[- ]year|"
                           r"year[- ]over[- ]year)\b", re.I)
_WINDOW = 60  # characters before the figure searched for its growth verb

POINTS_WHY = ("the question asks a change in points; the passage gives {given}, a percent growth (a relative change), "
              "not a difference of two rates")


def percent_growth(text: str, figure: Figure) -> bool:
    """Whether `figure` (in `text`) is a percent ('4.7%', not '5 pct': that is points) said as a growth of
    something that is not itself a rate (no percent just before it: '63% of deals, up 5%' may mean points)."""
    if figure.unit != "percent" or not re.search(r"%|\bper ?cent\b", figure.text, re.I):
        return False
    before = text[max(0, figure.start - _WINDOW):figure.start]
    if any(f.unit == "percent" for f in parse_figures(before)):
        return False
    return bool(_GROWTH_BEFORE.search(before) or _GROWTH_AFTER.match(text[figure.end:]))


def points_for_growth(slots: Slots, text: str, figures: list[Figure]) -> str | None:
    """POINTS_WHY when the question asks a change in points and the lead figure is a percent growth in its
    sentence `text`: a 4.7% rise of spending is no rise of 4.7 points; else None."""
    if not figures or not slots.points_asked or not percent_growth(text, figures[0]):
        return None
    return POINTS_WHY.format(given=figures[0].text)

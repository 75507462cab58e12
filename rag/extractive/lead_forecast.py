"""A figure asked for a year after the report's date (a forecast) led by an undated figure stated as the present:
the evidence lacks the year slot, so the lead is shown without bold."""

from __future__ import annotations

import re

from ingest.figures import Figure

from .forecast_words import PROJECTION_SAID  # a projection's words ('by 2029' names a year: _YEAR)

_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)")

FORECAST_WHY = ("the question asks {asked}, after the report's date ({dated}); the lead figure is undated and its "
                "sentence states the present, not a projection")


def undated_for_forecast(years: tuple[int, ...], text: str, figures: list[Figure], dated: str) -> str | None:
    """FORECAST_WHY when the question sets one year, later than the year of the report's date `dated`, and the
    lead figure's sentence `text` names no year and projects nothing: it gives the report's present; else None."""
    if len(years) != 1 or not figures or figures[0].year is not None or not dated[:4].isdigit():
        return None
    if years[0] <= int(dated[:4]) or _YEAR.search(text) or PROJECTION_SAID.search(text):
        return None
    return FORECAST_WHY.format(asked=years[0], dated=dated[:4])

"""A figure written in prose with its unit of measure after it ('219.8 kg', '96 million tonnes', 'about 560 GW AC')
leads with that unit: the number alone does not say what it measures, and the unit is part of the amount as written."""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.figures import Figure

from .features import Evidence
from .headers import PHYSICAL

# a physical unit right after a number, in its singular or plural, with the current it is rated in ('GW AC')
_MEASURE = re.compile(rf"\s+(?:metric\s+)?(?:{'|'.join(sorted(PHYSICAL, key=len, reverse=True))})(?:e?s)?\b"
                      r"(?:\s+(?-i:AC|DC)\b)?", re.I)


def with_measure(figure: Figure, text: str) -> Figure:
    """`figure` as written in `text` with the physical unit that follows it; a money, a percent, a year, or a figure
    not read from `text`, as it is."""
    if figure.unit in ("money", "percent", "year", "multiple") or figure.currency or \
            text[figure.start:figure.end] != figure.text:
        return figure
    m = _MEASURE.match(text, figure.end)
    return replace(figure, text=figure.text + m.group(0), end=m.end()) if m else figure


def measured(figures: list[Figure], used: list[Evidence]) -> list[Figure]:
    """Each figure with its unit of measure, read from the quoted sentence it was taken from."""
    out = []
    for f in figures:
        source = next((e.text for e in used if e.text[f.start:f.end] == f.text), None)
        out.append(with_measure(f, source) if source is not None else f)
    return out

"""A figure asked in another scale of the same unit ('in RMB billion' of a table in RMB 100 million) is the table's
figure converted exactly: 27.6 (100 million RMB) is RMB 2.76 billion, 8.7 (USD billion) is USD 8,700 million."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from ingest.figures import ISO_CODES, NUMBER, SCALES
from ingest.tables import Cell

# the scale each name stands for, the two-word counts of units ('100 million', 'ten thousand') included
_FACTOR = {**{k: Decimal(str(v)) for k, v in SCALES.items()}, "ten thousand": Decimal(10_000)}
# 'in RMB billion', 'in USD millions', 'in billions', 'in RMB 100 million', 'in billion yuan'
_ASKED = re.compile(rf"\bin\s+(?:(?P<code>{ISO_CODES})\s+)?(?P<scale>100 million|hundred million|ten thousand|"
                    r"thousands?|millions?|billions?|trillions?)\b", re.I)


def scale_asked(question: str) -> tuple[str, str | None] | None:
    """The scale the question asks its figure in ('in RMB billion' -> ('billion', 'RMB')), or None."""
    m = _ASKED.search(question)
    if m is None:
        return None
    scale = m.group("scale").lower()
    scale = "100 million" if scale == "hundred million" else scale if " " in scale else scale.rstrip("s")
    return scale, (m.group("code") or "").upper() or None


def _written(value: Decimal) -> str:
    """A converted value as written: no trailing zeros, thousands grouped ('8,700', '2.76')."""
    value = value.normalize()
    text = f"{value:f}"
    whole, _, decimals = text.partition(".")
    grouped = f"{int(whole):,}" if whole.lstrip("-").isdigit() else whole
    return grouped + (f".{decimals}" if decimals else "")


def in_asked_scale(question: str, cell: Cell) -> str | None:
    """The cell's amount written in the scale the question asks, when that differs from the table's own
    ('27.6' in 100 million RMB asked in RMB billion: 'RMB 2.76 billion'); None for a percentage, an unscaled
    cell, a scale not asked, or a currency asked other than the cell's."""
    asked = scale_asked(question)
    if asked is None or cell.value is None or cell.unit == "%" or not cell.scale or cell.scale not in _FACTOR:
        return None
    scale, code = asked
    if scale == cell.scale or scale not in _FACTOR:
        return None
    if code and cell.unit and cell.unit.isalpha() and cell.unit != code:
        return None  # asked in another currency: no conversion of scale makes it that
    m = NUMBER.search(cell.text)
    try:
        number = Decimal(m.group(0).replace(",", "")) if m else None
    except InvalidOperation:
        return None
    if number is None:
        return None
    value = number * _FACTOR[cell.scale] / _FACTOR[scale]
    currency = code or (cell.unit if cell.unit and cell.unit.isalpha() else None)
    sign = "-" if cell.value < 0 else ""
    return f"{currency + ' ' if currency else ''}{sign}{_written(value)} {scale}"

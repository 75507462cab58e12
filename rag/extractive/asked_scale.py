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
    return _in_scale(number, cell.value < 0, cell.scale, cell.unit, scale, code)


def _in_scale(number: Decimal, negative: bool, own: str, unit: str | None, scale: str, code: str | None) -> str:
    """`number` of scale `own` written in `scale`, with its currency ('JPY 2.5 billion')."""
    value = abs(number) * _FACTOR[own] / _FACTOR[scale]
    currency = code or (unit if unit and unit.isalpha() else None)
    return f"{currency + ' ' if currency else ''}{'-' if negative else ''}{_written(value)} {scale}"


def result_in_asked_scale(question: str, result: Decimal, own: str | None, unit: str | None) -> str | None:
    """A computed amount of scale `own` written in the scale the question asks ('the change in JPY billion' of
    figures in JPY 100 million: 25 -> 'JPY 2.5 billion'); None as in_asked_scale."""
    asked = scale_asked(question)
    if asked is None or unit in ("%", "x") or not own or own not in _FACTOR or asked[0] == own or asked[0] not in _FACTOR:
        return None
    if asked[1] and unit and unit.isalpha() and unit != asked[1]:
        return None
    return _in_scale(result, result < 0, own, unit, *asked)

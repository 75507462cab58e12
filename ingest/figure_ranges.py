"""A range's two ends measure one thing: '35-60%', 'USD 4,800-7,900/t', 'from 12 to 15 million' write the unit,
currency or scale once, at one end, and the bare end takes it, so neither end reads as a plain count."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Sequence, TypeVar

F = TypeVar("F", bound=Any)  # a parsed Figure (ingest.figures), duck-typed to keep this module import-free

# what joins a range's two ends: a hyphen or dash, 'to', or 'between A and B'
_JOIN = re.compile(r"\s?[-–~]\s?|\s+to\s+", re.I)
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
_AND = re.compile(r"\s+and\s+", re.I)
_BY = re.compile(r"\bby\s+$", re.I)  # 'fell by 20% to 80 units': a change, then the level it reached


def _bare(f: Any) -> bool:
    """A figure written as a number only: no unit word, currency or scale of its own (its value is its number)."""
    return f.unit in ("count", "number") and f.currency is None and f.value == f.number and f.qualifier is None \
        and not re.search(r"[^\d.,()\s]", f.text)


def _joined(text: str, a: Any, b: Any) -> bool:
    """`a` and `b` are the two ends of one range as `text` writes them; 'by A to B' is a change and its level."""
    gap = text[a.end:b.start]
    if _BY.search(text[max(0, a.start - 4):a.start]):
        return False
    if _JOIN.fullmatch(gap):
        return True
    return bool(_AND.fullmatch(gap) and _BETWEEN.search(text[max(0, a.start - 9):a.start]))


def _as(end: Any, other: Any) -> Any:
    """The bare `end` in the unit, currency and scale `other` writes."""
    scale = other.value / other.number if other.unit != "percent" and other.number else 1.0
    return replace(end, unit=other.unit, currency=other.currency, value=end.number * scale)


def shared_range_units(text: str, figures: Sequence[F]) -> list[F]:
    """`figures` with each range's bare end in the unit, currency and scale its other end writes ('35-60%': 35%;
    'USD 4,800-7,900': USD 7,900); years, two written units and two bare ends are left as they are."""
    out = list(figures)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if "year" in (a.unit, b.unit) or not _joined(text, a, b) or _bare(a) == _bare(b):
            continue
        if _bare(a):
            out[i] = _as(a, b)
        else:
            out[i + 1] = _as(b, a)
    return out

"""A percentage in accounts' brackets ('(2)%', '(3.6) %', '(0.8)ppt') is a negative percentage, as '(1,234)' is a
negative amount: its unit is the '%' after the bracket, and the bracket is no footnote mark ('(2)' alone is one)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Sequence, TypeVar

F = TypeVar("F", bound=Any)  # a parsed Figure (ingest.figures), duck-typed to keep this module import-free

_CLOSE = re.compile(r"\s?\)\s?(?:%|pp\b|ppts?\b|percentage points?\b|per ?cent\b)", re.I)


def bracketed_percents(text: str, figures: Sequence[F]) -> list[F]:
    """`figures` with each bare number written '(n)%' read as the negative percentage -n, spanning its brackets."""
    out = []
    for f in figures:
        close = _CLOSE.match(text, f.end)
        opened = f.start > 0 and text[f.start - 1] == "("
        if opened and close and f.unit in ("count", "number") and f.currency is None and f.value == f.number > 0:
            f = replace(f, text=text[f.start - 1:close.end()], start=f.start - 1, end=close.end(), unit="percent",
                        number=-f.number, value=-f.number)
        out.append(f)
    return out

"""Citations of several answers joined in one list: a passage already cited keeps its number, a new one is added."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from .types import Citation


def renumbered(cited: Iterable[Citation], citations: list[Citation], *, join_own: bool) -> dict[int, int]:
    """Add `cited` to `citations` (in place) and return each one's old number -> its number there. A passage
    `citations` already cites keeps that number; `join_own`: also one the same answer cited before (else two quotes
    of one passage in one answer keep two citations)."""
    known = citations if join_own else list(citations)
    number: dict[int, int] = {}
    for c in cited:
        at = next((k.n for k in known if k.chunk_id == c.chunk_id), None)
        if at is None:
            at = len(citations) + 1
            citations.append(replace(c, n=at))
        number[c.n] = at
    return number

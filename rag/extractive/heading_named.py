"""A heading the question says in full, its bracketed words too ('basic earnings per share (cents per
share)'), names the heading's total row ('Basic earnings per share (cents per share) › Total'), not a
row elsewhere that shares the heading's words but not its unit ('Weighted average number of shares ›
Basic earnings per share')."""

from __future__ import annotations

import re
from collections.abc import Callable

from ingest.tables import SEP


def heading_total_score(row: str, asked: set[str], words: Callable[[str], list[str]],
                        total_row: re.Pattern) -> float | None:
    """The number of the heading's words when `row` is its total row and `asked` holds every heading word, brackets
    included (footnote numbers aside); else None. `words`, `total_row`: cells' (which imports this module)."""
    parts = row.split(SEP)
    if len(parts) != 2 or not total_row.match(parts[-1]) or "(" not in parts[0]:
        return None
    own = {w for w in words(parts[0]) if not w.isdigit()}
    return float(len(own)) if own and own <= asked else None

"""A heading the question says in full, its bracketed words too ('basic earnings per share (cents per
share)'), names the heading's total row ('Basic earnings per share (cents per share) › Total'), not a
row elsewhere that shares the heading's words but not its unit ('Weighted average number of shares ›
Basic earnings per share')."""

from __future__ import annotations

from ingest.tables import SEP


def heading_total_score(row: str, asked: set[str], words, total_row) -> float | None:
    """The number of the heading's words when `row` is its total row and `asked` holds every word of
    the heading, brackets included (footnote numbers aside); None otherwise."""
    parts = row.split(SEP)
    if len(parts) != 2 or not total_row.match(parts[-1]) or not "(" in parts[0]:
        return None
    own = {w for w in words(parts[0]) if not w.isdigit()}
    return float(len(own)) if own and own <= asked else None

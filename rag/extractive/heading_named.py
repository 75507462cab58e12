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


def group_words(rows: list[str], caption: str, words: Callable[[str], list[str]]) -> set[str]:
    """The words that name one row group only: a word of one heading ('Regulated - Canada:') that no other
    heading and not the caption says (so not 'regulated', shared by 'Regulated - United States:')."""
    heads = list(dict.fromkeys(r.split(SEP)[0] for r in rows if SEP in r))
    own = [{w for w in words(h) if not w.isdigit()} for h in heads]
    said = set(words(caption))
    return {w for i, o in enumerate(own) for w in o
            if w not in said and not any(w in other for j, other in enumerate(own) if j != i)}


def in_named_group(hit_rows: list[str], all_rows: list[str], caption: str, asked: set[str],
                   words: Callable[[str], list[str]]) -> list[str]:
    """Of one table's rows the question names, those saying every word the question asks that names one row group
    ('the total rate base for Canada': 'Regulated - Canada: › Total Canada', not 'Total rate base'): a question naming
    a group asks a row of that group. All of them when none says those words, or the question names no group."""
    named = asked & group_words(all_rows, caption, words)
    if not named:
        return hit_rows
    inside = [r for r in hit_rows if named <= set(words(r))]
    return inside or hit_rows

"""A total a table gives only in its parts: 'the total deferred revenue' of a table with rows
'Deferred revenue (current)' and 'Deferred revenue (non-current)' and no row for the whole is their
sum, in the period or column the question names; any row for the whole itself leaves it unanswered."""

from __future__ import annotations

import re

from ingest.tables import SEP, Cell

from ..types import Answer, AnswerContext
from .cells import RowHit, words

# the two parts of a balance ('(current)', ', non-current', 'Current ...', 'Long-term ...')
_PART = re.compile(r"^\s*(?:(?P<pre>current|non-?current|long-term|short-term)\s+)?(?P<name>.+?)"
                   r"(?:\s*[,(]\s*(?P<post>current|non-?current|long-term|short-term)\s*\)?)?\s*$", re.I)
_SHORT = {"current", "short-term"}
_PART_SAID = re.compile(r"\b(?:non-?current|current|long-term|short-term)\b", re.I)


def _split(label: str) -> tuple[str, bool] | None:
    """('deferred revenue', True) for 'Deferred revenue (current)': the name and whether the part is
    the current one; None for a label naming no part."""
    m = _PART.match(label)
    part = m and (m.group("pre") or m.group("post"))
    if not part or (m.group("pre") and m.group("post")):
        return None
    return " ".join(words(m.group("name"))), part.lower() in _SHORT


def parts_total(ctx: AnswerContext, question: str, tables, cell_of, backend: str) -> Answer | None:
    """The sum of a current and a non-current row whose shared name the question says with 'total';
    `cell_of(hit)` picks each row's cell (the year asked or the column named), None when it cannot."""
    from .derivation import summed_answer
    from .period_cells import located

    asked = set(words(question))
    if "total" not in asked or _PART_SAID.search(question):
        return None  # 'the total current deferred revenue' asks one part
    found = []
    for passage, table in tables:
        labels = {r: r.split(SEP)[-1] for r in table.rows}
        whole = {" ".join(words(lb)) for lb in labels.values()}
        groups: dict[str, dict[bool, str]] = {}
        for row, label in labels.items():
            split = _split(label)
            if split is not None and split[0] and set(split[0].split()) <= asked:
                groups.setdefault(split[0], {}).setdefault(split[1], row)
        for name, parts in groups.items():
            if len(parts) == 2 and name not in whole and f"total {name}" not in whole:
                found.append((passage, table, [parts[True], parts[False]]))
    if len(found) != 1:
        return None
    passage, table, rows = found[0]
    cells: list[Cell | None] = [cell_of(RowHit(passage, table, r, 0.0)) for r in rows]
    if any(c is None for c in cells):
        return None
    hits = [located(ctx, RowHit(passage, table, r, 0.0), [c]) for r, c in zip(rows, cells)]
    return summed_answer(ctx, hits, cells, backend)

"""A share of a ranked table's whole ('what share of world nameplate capacity do the top three producers hold'):
the ranked rows' amounts together over the table's one whole row ('World total'), in the amount column the
question names; a column of percentages (utilisation) gives no share of a whole."""

from __future__ import annotations

import re

from ingest.tables import SEP, Cell

from .cells import RowHit
from .ranking import Ranking, is_rank, text_column
from .word_stems import said_stems, stem, stems_meet


def amount_measure(r: Ranking, question: str) -> str | None:
    """The amount column the question names most words of ('world nameplate capacity': 'Nameplate capacity
    2024', not 'Capacity utilisation 2024'), of the columns whose figures are no percentages; None on a tie."""
    said = said_stems(question)
    scored = []
    for col in r.columns:
        cells = [c for _, _, h in r.rows for c in h.table.cells if c.row == h.row and c.column == col]
        if is_rank(col) or text_column(r, col) or not any(c.value is not None for c in cells) \
                or any(c.unit == "%" for c in cells):
            continue
        words = re.findall(r"[A-Za-z][\w'’]*", col.split(SEP)[-1])
        scored.append((sum(1 for w in words if any(stems_meet(stem(w), s, 5) for s in said)), col))
    scored.sort(key=lambda x: -x[0])
    if not scored or scored[0][0] == 0 or len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    return scored[0][1]


# the row of a ranked table holding the whole its rows share: 'Total', 'World total', 'Global', 'All producers'
WHOLE_ROW = re.compile(r"^\s*(?:(?:world|global|industry|market|grand)\s+)?total\b|^\s*(?:world|global|all\b.*)\s*$", re.I)


def whole_row(hit: RowHit, column: str) -> Cell | None:
    """The cell, in `column`, of the one row of the ranked row's table naming the whole ('World total'), or None."""
    rows = [r for r in hit.table.rows if WHOLE_ROW.search(r.split(SEP)[-1])]
    if len(rows) != 1:
        return None
    return next((c for c in hit.table.cells if c.row == rows[0] and c.column == column and c.value is not None), None)

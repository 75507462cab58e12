"""Addressing table cells from a question: a row by its label (the question's metric words cover
the label's words), a column by its header path (the year asked, then the other header words)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.tables import SEP, Cell, Table

from ..types import AnswerContext
from .facts import kept

_STOP = frozenset("a an the of in on at to for and or by is was were are be been what which how much many "
                  "did does do has have had its their his her our as from with than that this these those "
                  "year years period amount value figure total's respectively".split())
# Words that say what to do with the figures, not which row holds them.
OPERATION_WORDS = frozenset("change percentage percent average mean ratio proportion difference sum combined "
                            "increase decrease growth decline rise fall drop largest highest lowest smallest "
                            "biggest greatest least most larger higher lower smaller more less respectively "
                            "between fiscal fy".split())
_SHORT_YEAR = re.compile(r"\bFY?\s?(\d{2})\b")
_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")


def words(text: str) -> list[str]:
    """Content words, lower case, a plural 's' dropped: 'Total sales' -> ['total', 'sale']."""
    out = []
    for w in re.findall(r"[a-z0-9]+", text.lower().replace("’", "'").replace("'s", "")):
        if w in _STOP or _YEAR.fullmatch(w):
            continue
        out.append(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w)
    return out


def year_of(column: str) -> int | None:
    """The year a column header path names (its last year), or None."""
    found = _YEAR.findall(re.sub(r"(?<=\d) (?=\d)", "", column))  # '2 0 1 8' as printed
    if found:
        return int(found[-1])
    short = _SHORT_YEAR.findall(column)  # 'F19', 'FY18'
    return 2000 + int(short[-1]) if short else None


@dataclass(frozen=True)
class RowHit:
    """A table row the question names: the passage holding the table, the row path, how well it matched."""

    passage: int
    table: Table
    row: str
    score: float


def _row_score(row: str, asked: set[str]) -> float | None:
    """How well `asked` names a row path: every word of the label must be asked; then one point per
    label word, three quarters per parent or bracketed word asked ('Deferred tax assets › Inventory',
    'Total (loan)'); None when the label is not covered or covers too little of a long question."""
    parts = row.split(SEP)
    label = set(words(re.sub(r"\s*\([^)]*\)", " ", parts[-1])))  # '(benefit)', '(2)': optional words
    if not label or not label <= asked:
        return None
    # parent rows and bracketed words tell same-named rows apart
    context = {w for p in parts[:-1] for w in words(p)} | set(words(" ".join(re.findall(r"\(([^)]*)\)", parts[-1]))))
    extra = (context - label) & asked
    if (len(label) + len(extra)) * 3 < len(asked):
        return None  # one word of a long question ('cost') names no row
    return len(label) + 0.75 * len(extra)


_PERCENT_ASKED = re.compile(r"\bpercent|%|\brates?\b|\bmargins?\b|\bratio\b|\bproportion\b|\byields?\b|"
                            r"\bvolatility\b|\breturns?\b|\bgrowth\b", re.I)


def percent_asked(question: str) -> bool:
    """The question asks a percentage, rate, margin or ratio (a % cell may answer it)."""
    return bool(_PERCENT_ASKED.search(question))


def _percent_row(table: Table, row: str) -> bool:
    units = [c.unit for c in table.cells if c.row == row and c.value is not None]
    return bool(units) and units.count("%") * 2 > len(units)


def tables_of(ctx: AnswerContext) -> list[tuple[int, Table]]:
    """Every (passage index, table) the retrieved passages carry, best passage first."""
    out = []
    snap = ctx.snapshot
    for i, p in enumerate(ctx.passages):
        try:
            chunk = p.chunk
            # parsed once per index version: a chunk's tables do not change between questions
            tables = kept(snap, ("tables", chunk.tables_json), lambda: chunk.tables) if chunk.tables_json else []
        except (ValueError, KeyError, TypeError):  # a malformed snapshot: no cells to read
            continue
        out.extend((i, t) for t in tables)
    return out


def find_rows(tables: list[tuple[int, Table]], phrase: str, exclude: tuple[str, ...] = ()) -> list[RowHit]:
    """Rows whose label `phrase` names, best first (ties keep passage order)."""
    asked = set(words(phrase)) - OPERATION_WORDS
    percent_asked = bool(_PERCENT_ASKED.search(phrase))
    hits = []
    for passage, table in tables:
        for row in table.rows:
            if row in exclude:
                continue
            score = _row_score(row, asked)
            if score is not None and not percent_asked and _percent_row(table, row):
                score -= 1.0  # a '% of revenue' row answers a figure question only when nothing else does
            if score is not None:
                hits.append(RowHit(passage, table, row, score))
    hits.sort(key=lambda h: -h.score)
    return hits


def best_row(tables: list[tuple[int, Table]], phrase: str) -> RowHit | None:
    """The one row `phrase` names; None when none, or two rows with different figures tie."""
    hits = find_rows(tables, phrase)
    if not hits:
        return None
    top = [h for h in hits if h.score >= hits[0].score - 1e-9]
    values = {tuple(c.text for c in h.table.cells if c.row == h.row) for h in top}
    return hits[0] if len(values) == 1 else None


def column_for(table: Table, year: int, phrase: str) -> str | None:
    """The column of `year`; among several (Domestic › 2019, International › 2019) the one whose
    other header words the phrase names; None when that stays ambiguous."""
    cols = [c for c in table.columns if year_of(c) == year]
    if len(cols) <= 1:
        return cols[0] if cols else None
    asked = set(words(phrase))
    scored = sorted(((len(set(words(c)) & asked), i, c) for i, c in enumerate(cols)), reverse=True)
    if scored[0][0] == scored[1][0]:
        return None
    return scored[0][2]


def year_columns(table: Table, phrase: str) -> list[str]:
    """One column per year (the phrase's header words choose among same-year columns), table order."""
    out = []
    for year in dict.fromkeys(y for c in table.columns if (y := year_of(c)) is not None):
        col = column_for(table, year, phrase)
        if col is None:
            return []
        out.append(col)
    return out


def cell_at(hit: RowHit, column: str) -> Cell | None:
    """The figure cell of the hit's row in `column`, or None (empty or words)."""
    cell = next((c for c in hit.table.cells if c.row == hit.row and c.column == column), None)
    return cell if cell is not None and cell.value is not None else None

"""Composing a shaped answer: a cell as the report writes it (with its scale), its column as the
table heads it, its row as one line, and the Answer with one citation per passage used."""

from __future__ import annotations

import re

from ingest.row_lines import short_columns
from ingest.tables import Cell

from ..types import Answer, AnswerContext, Citation
from .cells import RowHit
from .ratio_rows import takes_no_scale

# A row of per-unit figures ('per share', 'per common share', 'per diluted share', 'EPS', '(cents)'): the
# table's scale ('in millions, except per share data') is not theirs.
_PER_UNIT = re.compile(r"\bper (?:[a-z]+ ){0,2}(?:shares?|units?|employees?)\b|\bEPS(?:\d|\b)|\(\s*(cents|pence|p)\s*\)|\bcents\b", re.I)


_BARE = re.compile(r"\(?-?\d[\d,]*(?:\.\d+)?\)?")


def per_unit(row: str) -> bool:
    """A row of per-unit figures ('Basic earnings per share (cents)'): the table's scale is not theirs."""
    return bool(_PER_UNIT.search(row))


def listed(items) -> str:
    """'2019', '2019 and 2018', '2020, 2019 and 2018'."""
    items = [str(i) for i in items]
    return ", ".join(items[:-1]) + f" and {items[-1]}" if len(items) > 1 else "".join(items)


def scaled(cell: Cell) -> str:
    """The cell as the report writes it, with the table's scale ('27.6 (100 million RMB)', never '27.6 100 million'); a
    percentage its table prints without the sign ('40.0' under '(%)', or between '100.0 %' and '7.2 %') shows it."""
    text = " ".join(cell.text.split()).replace("$ ", "$")
    if cell.unit == "%" and cell.value is not None and _BARE.fullmatch(text):
        text += "%"
    plain = cell.unit == "%" or per_unit(cell.row) or takes_no_scale(cell)  # a ratio's or per-unit figure's
    if not cell.scale or plain:
        return text
    return with_scale(text, cell.scale, cell.unit)


def with_scale(text: str, scale: str, unit: str | None) -> str:
    """A figure with its table's scale: '1,496.5 million', and a count of units ('100 million') in brackets with its
    currency, '27.6 (100 million RMB)', so the scale never reads as a second figure ('27.6 100 million')."""
    if " " in scale:
        return f"{text} ({scale}{' ' + unit if unit and unit.isalpha() else ''})"
    return f"{text} {scale}"


def column_label(hit: RowHit, cell: Cell) -> str:
    """The cell's column as the table heads it ('2019', 'FY19'), without the parts all columns share."""
    return short_columns(hit.table.columns).get(cell.column, cell.column)


def row_line(hit: RowHit) -> str:
    short = short_columns(hit.table.columns)
    cells = [c for c in hit.table.cells if c.row == hit.row]
    return f"{hit.row} — " + "; ".join(f"{short[c.column]}: {' '.join(c.text.split())}" for c in cells)


def shaped_answer(ctx: AnswerContext, hits: list[RowHit], text: str, figure: str, shape: str, backend: str,
            derivation: dict | None = None) -> Answer:
    """One citation per passage holding a row used; `text` names them as [1], [2] in `hits` order."""
    citations: list[Citation] = []
    for h in hits:
        if all(c.chunk_id != ctx.passages[h.passage].chunk_id for c in citations):
            citations.append(Citation.from_passage(len(citations) + 1, ctx.passages[h.passage],
                                                   quote=row_line(h), figure=figure))
    return Answer(question=ctx.question, answer=text, figure=figure, abstained=False, citations=citations,
                  backend=backend, confidence=1.0, shape=shape, derivation=derivation)


def citation_n(ctx: AnswerContext, hits: list[RowHit], hit: RowHit) -> int:
    ids = list(dict.fromkeys(ctx.passages[h.passage].chunk_id for h in hits))
    return ids.index(ctx.passages[hit.passage].chunk_id) + 1

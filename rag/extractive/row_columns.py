"""'What was the Q4 2019 and % CHANGE of X?': one row read in two columns the question names by their
headers joined by 'and', one of them no period (a change, a share, a variance), each cell given."""

from __future__ import annotations

import re

from ingest.row_lines import short_columns
from ingest.tables import SEP, Cell, Table

from ..types import Answer, AnswerContext
from .cells import RowHit, best_row, year_of
from .row_lookup import said_words
from .shape_text import shaped_answer

_JOINED = re.compile(r"^ and (?:the )?$")


def _headers_said(table: Table, question: str) -> list[tuple[int, int, str]]:
    """(start, end, column) of each column whose short header the question says, longest first at a
    place; positions in the question's said words."""
    said = said_words(question)
    found = []
    for column, head in short_columns(table.columns).items():
        label = said_words(head)
        if label.strip() and (at := said.find(label)) >= 0:
            found.append((at, at + len(label), column))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    marks = [m for m in "%$" if m in question]
    # headers said alike ('$ CHANGE', '% CHANGE'): the one whose mark the question writes, else none
    found = [f for f in found if not any(g != f and g[:2] == f[:2] for g in found)
             or any(m in short_columns(table.columns)[f[2]] for m in marks)]
    out, end = [], -1
    for start, stop, column in found:
        if start >= end:
            out.append((start, stop, column))
            end = stop - 1
    return out


def coordinated_columns(table: Table, question: str) -> list[str]:
    """The two columns the question names as 'A and B' (headers side by side, joined by 'and'),
    at least one of them no period; [] otherwise."""
    said = said_words(question)
    heads = _headers_said(table, question)
    short = short_columns(table.columns)
    for (a0, a1, a), (b0, b1, b) in zip(heads, heads[1:]):
        gap = said[a1 - 1:b0 + 1]
        if _JOINED.match(gap) and a != b:
            if year_of(short[a]) is None or year_of(short[b]) is None:
                return [a, b]
    return []


def row_columns(ctx: AnswerContext, question: str, tables: list[tuple[int, Table]], backend: str) -> Answer | None:
    """The named row's cells in the two coordinated columns, in the question's order; None unless one
    table has such columns, one row is named once their headers are set aside, and both cells hold figures."""
    for passage, table in tables:
        columns = coordinated_columns(table, question)
        if not columns:
            continue
        short = short_columns(table.columns)
        rest = question
        for c in columns:
            rest = re.sub(re.escape(short[c]), " ", rest, flags=re.I)
        hit = best_row([(passage, table)], rest)
        if hit is None:
            return None
        cells: list[Cell] = [next((x for x in table.cells if x.row == hit.row and x.column == c), None) for c in columns]
        if any(c is None or c.value is None for c in cells):
            return None
        lead = " and ".join(" ".join(c.text.split()).replace("$ ", "$") for c in cells)
        each = "; ".join(f"{short[c.column]}: {c.text}" for c in cells)
        text = f"**{lead}**. {hit.row.split(SEP)[-1]} — {each} [1]"
        return shaped_answer(ctx, [RowHit(passage, table, hit.row, hit.score)], text, lead, "comparison", backend)
    return None

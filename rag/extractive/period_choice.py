"""A choice between two parts of a year offered ('Was revenue higher in Q1 2024 or Q2 2024?', 'Which quarter had the
lower margin, Q2 2024 or Q3 2024?'): the one of the two period headers (columns, or rows when periods are rows) whose
cell of the measure named ranks as the comparative asks; the years offered are which_answer's (ranked.py)."""

from __future__ import annotations

import re

from ingest.tables import SEP, Cell, Table

from ..types import Answer, AnswerContext
from .cells import RowHit
from .passage_tables import one_table
from .periods_meeting import _measure_of_columns, measure_row
from .ranked import HIGH_WORDS, LOW_WORDS
from .shape_text import scaled, shaped_answer
from .year_part import PART_OF_YEAR

_SPACE = re.compile(r"\s+")


def _said_at(label: str, question: str) -> int:
    """Where the question says a header's whole leaf (spacing aside, case aside), or -1."""
    leaf = _SPACE.sub(" ", label.split(SEP)[-1]).strip().lower()
    m = re.search(rf"(?<![\w/]){re.escape(leaf)}(?![\w/])", _SPACE.sub(" ", question).lower()) if leaf else None
    return m.start() if m else -1


def offered(labels: list[str], question: str) -> list[str] | None:
    """The two part-of-year headers the question offers as 'A or B' (in the order it says them), or None."""
    said = sorted((at, c) for c in labels if PART_OF_YEAR.search(c.split(SEP)[-1]) and (at := _said_at(c, question)) >= 0)
    if len(said) != 2 or len({_SPACE.sub(" ", c.split(SEP)[-1]).lower() for _, c in said}) != 2:
        return None
    between = _SPACE.sub(" ", question).lower()[said[0][0]:said[1][0]]
    return [c for _, c in said] if re.search(r"\bor\b", between) else None


def _read(passage: int, table: Table, question: str) -> tuple | None:
    """(passage, table, the two offered cells, whether periods are rows) of the measure named, or None."""
    for across in (False, True):
        heads = offered(table.rows if across else table.columns, question)
        if heads is None:
            continue
        asked = question
        for h in heads:
            asked = re.sub(re.escape(h.split(SEP)[-1]), " ", asked, flags=re.I)
        line = _measure_of_columns(table, asked) if across else measure_row(table, asked)
        if line is None:
            continue
        got = {(c.row, c.column): c for c in table.cells}
        cells = [got.get((h, line) if across else (line, h)) for h in heads]
        if all(c is not None and c.value is not None for c in cells):
            return passage, table, cells, across
    return None


def period_choice(ctx: AnswerContext, question: str, tables: list[tuple[int, Table]], backend: str) -> Answer | None:
    """The offered period whose figure is the higher (or lower) of the two, both figures shown; None on a tie, with
    no comparative, or unless one table reads both."""
    low, high = LOW_WORDS.search(question), HIGH_WORDS.search(question)
    if bool(low) == bool(high):
        return None
    read = one_table(r for passage, table in tables if (r := _read(passage, table, question)) is not None)
    if read is None:
        return None
    passage, table, cells, across = read
    a, b = cells
    if a.value == b.value:
        return None
    pick: Cell = (a if a.value < b.value else b) if low else (a if a.value > b.value else b)
    other = b if pick is a else a
    name = (pick.row if across else pick.column).split(SEP)[-1]
    other_name = (other.row if across else other.column).split(SEP)[-1]
    line = (pick.column if across else pick.row).split(SEP)[-1]
    text = f"**{name}**. {line}: {scaled(pick)} in {name} vs {scaled(other)} in {other_name} [1]"
    return shaped_answer(ctx, [RowHit(passage, table, pick.row, 0.0)], text, name, "which", backend)

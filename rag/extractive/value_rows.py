"""Items counted by a column of words whose value the question says ('How many projects are rated Green?' of a RAG
column, 'how many commitments were not met' of a Status column of Met / Not met): the item rows holding that value.
Bold only when the question names the column as well (two keys, as yes_no_rows reads a 'Met?' column); else hedged."""

from __future__ import annotations

import re

from ingest.cell_values import unmarked_label
from ingest.tables import SEP, Cell, Table

from ..types import Answer, AnswerContext
from .cells import words
from .compose import hedged
from .count_led import asks_count
from .item_rows import items_no_total
from .passage_tables import one_table
from .row_sets import THRESHOLD
from .yes_no_rows import counted_rows

_EMPTY = re.compile(r"^\s*(?:[-–—]+|n/?a\.?|nil|none)?\s*$", re.I)
_NEGATION = re.compile(r"\b(?:not|never|no)\s+(?:yet\s+)?$|n['’]t\s+(?:yet\s+)?$", re.I)
# a comparison or a figure in the question is a condition another reader applies ('rated Green with spend above £5m')
_COMPARED = re.compile(r"\bthan\b", re.I)


def _said_at(value: str, question: str) -> int | None:
    """Where the question says the cell's words as a phrase (case aside), or None."""
    m = re.search(rf"(?<![\w-]){re.escape(' '.join(value.split()))}(?![\w-])", " ".join(question.split()), re.I)
    return m.start() if m else None


def value_columns(table: Table, rows: list[str]) -> dict[str, list[Cell]]:
    """The columns whose item-row cells are all words (no figure), at least two of them, with some value repeated
    (a category, not a second label): their cells, keyed by column."""
    out = {}
    for col in table.columns:
        cells = [c for c in table.cells if c.column == col and c.row in rows and not _EMPTY.match(c.text)]
        if len(cells) < 2 or any(c.value is not None or re.search(r"\d", c.text) for c in cells):
            continue
        texts = [" ".join(c.text.split()).lower() for c in cells]
        if len(set(texts)) < len(texts):
            out[col] = cells
    return out


def _value_asked(question: str, cells: list[Cell]) -> str | None:
    """The longest cell value the question says ('not met' over 'met'), unless a negation it does not hold stands
    right before it ('not met' said, only 'Met' and 'Missed' written)."""
    flat = " ".join(question.split())
    said = sorted({" ".join(c.text.split()) for c in cells if _said_at(c.text, flat) is not None}, key=len, reverse=True)
    if not said:
        return None
    at = _said_at(said[0], flat)
    if at is None or _NEGATION.search(flat[:at]) or re.match(r"['’]", flat[at + len(said[0]):]):
        return None  # ('ElevenLabs' models': an owner of the thing counted, no condition on the rows)
    return said[0]


def value_count(ctx: AnswerContext, question: str, tables: list[tuple[int, Table]], backend: str) -> Answer | None:
    """The count of the item rows (totals aside) whose cell in a words column is the value the question says; None
    unless one table has exactly one such column whose value is said, or the question sets a bound or compares."""
    if asks_count(question) is None or THRESHOLD.search(question) or _COMPARED.search(question):
        return None
    reads = []
    for passage, table in tables:
        rows = items_no_total(table, question)
        if any(_said_at(unmarked_label(r.split(SEP)[-1]), question) is not None for r in rows):
            continue  # a question naming one item row asks about that row ('ElevenLabs Multilingual v2'), no count of rows
        # (a header that is one of its own values, 'Not met', is a data row read as one: a table cut mid-way)
        found = [(col, value, cells) for col, cells in value_columns(table, rows).items()
                 if (value := _value_asked(question, cells)) is not None
                 and not any(" ".join(c.text.split()).lower() == col.split(SEP)[-1].strip().lower() for c in cells)]
        if len(found) == 1:
            reads.append((passage, table, *found[0]))
    read = one_table(reads)
    if read is None:
        return None
    passage, table, col, value, cells = read
    met = [c for c in cells if " ".join(c.text.split()).lower() == value.lower()]
    header = col.split(SEP)[-1]
    answer = counted_rows(ctx, passage, table, met, cells, backend)
    return answer if answer is None or column_named(header, question) else \
        hedged(answer, f"the rows are counted by the value '{value}', in a column ('{header}') the question does not name")


def column_named(header: str, question: str) -> bool:
    """Whether the question says a word of the column's header (its first four letters: 'statuses' names 'Status')."""
    own = [w[:4] if len(w) >= 4 else w for w in words(re.sub(r"\([^)]*\)", " ", header))]
    said = {w[:4] if len(w) >= 4 else w for w in words(question)}
    return any(o in said for o in own)

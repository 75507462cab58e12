"""Items counted or listed by a yes/no column the question's verb names ('How many performance commitments were met?'
of a 'Met?' column of Yes and No), or by a status column whose marks are a predicate and its negation ('Met' / 'Not
met') the question's verb says ('Which commitments were met?'): the item rows so marked (the negation's when the
question negates the verb), every mark shown; an item marked neither ('–', 'n.a.') is no member."""

from __future__ import annotations

import re

from ingest.cell_values import unmarked_label
from ingest.tables import SEP, Cell, Table

from ..types import Answer, AnswerContext
from .cells import RowHit, words
from .count_led import asks_count
from .item_rows import items_no_total
from .passage_tables import one_table
from .row_sets import THRESHOLD
from .shape_text import listed, shaped_answer
from .word_stems import stem, stems_meet

_YES = re.compile(r"^\s*(?:yes|✓|✔)\s*$", re.I)
_NO = re.compile(r"^\s*(?:no|✗|✘)\s*$", re.I)
_NEGATED = re.compile(r"\b(?:not|never|n't|no)\b|n['’]t\b", re.I)
_HEADER_WORDS = 3  # a yes/no column's header is a short predicate ('Met?', 'Target achieved', 'Listed')


def yes_no_columns(table: Table, question: str) -> list[str]:
    """The columns whose every item cell is a yes or a no mark and whose header's words (at most three) the
    question all says (stems meeting: 'met' of 'were met', 'achieved' of 'achieve')."""
    said = [stem(w) for w in words(question)]
    out = []
    for col in table.columns:
        own = [stem(w) for w in words(re.sub(r"\([^)]*\)", " ", col.split(SEP)[-1]))]
        if not own or len(own) > _HEADER_WORDS or not all(any(stems_meet(o, s, 3) for s in said) for o in own):
            continue
        cells = [c for c in table.cells if c.column == col]
        if len(cells) >= 2 and all(_YES.match(c.text) or _NO.match(c.text) for c in cells):
            out.append(col)
    return out


_NIL_MARK = re.compile(r"^\s*(?:[-–—]|n\.?\s?a\.?|n/a)?\s*$", re.I)
_WHICH_ROWS = re.compile(r"^\s*(?:which|what)\s+[a-z][\w\s,&-]*?s\s+(?:were|are|was|is|have\s+been|had\s+been)\b", re.I)


def status_marks(table: Table, question: str, rows: list[str]) -> tuple[list[Cell], re.Pattern[str]] | None:
    """The marks of the one column whose item cells are a word W and its negation 'Not W' (or nil marks) and whose
    W the question says as its verb ('were met' of 'Met' / 'Not met'), with the pattern of the marks asked (W, or
    'Not W' when the question negates it); None unless one such column, both marks used, two marked items at least."""
    said = [stem(w) for w in words(question)]
    found = []
    for col in table.columns:
        cells = [c for r in rows for c in table.cells if c.row == r and c.column == col]
        marked = [" ".join(c.text.split()).lower() for c in cells if not _NIL_MARK.match(c.text)]
        plain = {m for m in marked if not m.startswith("not ")}
        if len(plain) != 1 or len(marked) < 2:
            continue
        w = next(iter(plain))
        if not re.fullmatch(r"[a-z]+", w) or set(marked) != {w, f"not {w}"} or \
                not any(stems_meet(stem(w), s, 3) for s in said):
            continue
        found.append((cells, w))
    if len(found) != 1:
        return None
    cells, w = found[0]
    asked = rf"^\s*not\s+{w}\s*$" if _NEGATED.search(question) else rf"^\s*{w}\s*$"
    return [c for c in cells if not _NIL_MARK.match(c.text)], re.compile(asked, re.I)


def status_list(ctx: AnswerContext, question: str, tables: list[tuple[int, Table]], backend: str) -> Answer | None:
    """'Which performance commitments were met?' of a Status column of 'Met' / 'Not met': the items so marked,
    named, every mark shown; None unless one table reads so and one item at least is so marked."""
    if not _WHICH_ROWS.match(question) or THRESHOLD.search(question):
        return None
    reads = []
    for passage, table in tables:
        rows = items_no_total(table, question)
        got = status_marks(table, question, rows)
        if got is not None:
            reads.append((passage, table, got))
    read = one_table(reads)
    if read is None:
        return None
    passage, table, (marks, wanted) = read
    met = [c for c in marks if wanted.match(c.text)]
    if not met:
        return None
    lead = listed(_names(met))
    text = f"**{lead}**. {marks[0].column.split(SEP)[-1]} — {_shown(marks)} [1]"
    return shaped_answer(ctx, [RowHit(passage, table, met[0].row, 0.0)], text, lead, "list", backend)


def yes_no_count(ctx: AnswerContext, question: str, tables: list[tuple[int, Table]], backend: str) -> Answer | None:
    """The count of the item rows (totals aside) marked Yes in the one yes/no column the question's words name (No
    when it negates: 'were not met'); None unless exactly one table has one such column, two items at least."""
    if asks_count(question) is None or THRESHOLD.search(question):
        return None
    reads = []
    for passage, table in tables:
        cols = yes_no_columns(table, question)
        if len(cols) != 1:
            continue
        rows = items_no_total(table, question)
        marks = [c for r in rows for c in table.cells if c.row == r and c.column == cols[0]]
        if len(marks) >= 2 and len(marks) == len(rows):
            reads.append((passage, table, marks))
    read = one_table(reads)
    if read is None:
        return None
    passage, table, marks = read
    wanted = _NO if _NEGATED.search(question) else _YES
    met: list[Cell] = [c for c in marks if wanted.match(c.text)]
    return counted_rows(ctx, passage, table, met, marks, backend, marks[0])


def counted_rows(ctx: AnswerContext, passage: int, table: Table, met: list[Cell], shown: list[Cell], backend: str,
                 hit: Cell | None = None) -> Answer | None:
    """The count answer of item rows counted by their cells in one column: '**2** (A, B). Status — A: Met; B: Met;
    C: Not met [1]', the rows `met` named (or 'none'), every cell of `shown` listed, a 'count' derivation over the
    names, cited to the row of `hit` (the first met by default). Shared by yes_no_rows, value_rows and dated_rows."""
    names, figures = _names(met), _shown(shown)
    derivation = {"op": "count", "operands": [{"value": n, "label": n, "citation": 1} for n in names],
                  "result": str(len(met))}
    column = shown[0].column.split(SEP)[-1]
    text = f"**{len(met)}** ({', '.join(names) or 'none'}). {column} — {figures} [1]"
    row = (hit or met[0]).row
    return shaped_answer(ctx, [RowHit(passage, table, row, 0.0)], text, str(len(met)), "computed", backend,
                         derivation=derivation)


def _names(cells: list[Cell]) -> list[str]:
    """Each cell's row label, marks aside: the items a count or list names."""
    return [unmarked_label(c.row.split(SEP)[-1]) for c in cells]


def _shown(cells: list[Cell]) -> str:
    """'A: Met; B: Not met': every item with its cell, the column as the answer shows it."""
    return "; ".join(f"{name}: {c.text.strip()}" for name, c in zip(_names(cells), cells))
